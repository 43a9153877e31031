# Reference posteriors of N from R's LCMCR (Manrique-Vallier), for unseen.estimate's LCMCR.
# Run from the repository root:  R_LIBS=/path/to/lib Rscript tests/estimate/reference/lcmcr_reference.R
# (LCMCR 0.4.14, R 4.2.2). Writes tests/estimate/reference/lcmcr_posteriors.csv: for each table and
# seed, the posterior median and 2.5% / 97.5% quantiles of N, with K = 10, a = b = 0.25,
# burn-in 10,000, 2,000 samples thinned by 10 (LCMCR's defaults except K and the number of samples),
# seeds 1 to 20.
suppressMessages(library(LCMCR))
out <- "tests/estimate/reference"
data_dir <- "tests/estimate/data"
tables <- c("kosovo_1999", "spina_bifida_ny", "colombia_recruitment_men_1999_R1")
rows <- list()
for (tab in tables) {
  X <- read.csv(file.path(data_dir, paste0(tab, ".csv")))
  lists <- setdiff(names(X), "count")
  df <- X[rep(seq_len(nrow(X)), X$count), lists]
  for (col in lists) df[[col]] <- factor(df[[col]], levels = c(0, 1))
  for (seed in 1:20) {
    sampler <- lcmCR(df, tabular = FALSE, in_list_label = "1", not_in_list_label = "0", K = 10,
                     a_alpha = 0.25, b_alpha = 0.25, seed = seed, verbose = FALSE)
    elapsed <- system.time(N <- lcmCR_PostSampl(sampler, burnin = 10000, samples = 2000,
                                               thinning = 10, output = FALSE))[["elapsed"]]
    q <- quantile(N, c(0.025, 0.5, 0.975))
    rows[[paste(tab, seed)]] <- data.frame(table = tab, seed = seed, K = 10, lower = q[[1]],
      median = q[[2]], upper = q[[3]], mean = mean(N), sd = sd(N),
      seconds_per_iteration = elapsed / (10000 + 2000 * 10))
  }
}
write.csv(do.call(rbind, rows), file.path(out, "lcmcr_posteriors.csv"), row.names = FALSE)
cat(R.version.string, "LCMCR", as.character(packageVersion("LCMCR")), "\n")
