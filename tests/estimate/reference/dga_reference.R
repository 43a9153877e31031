# Reference posteriors from R's dga (Madigan & York graphical-model averaging) for unseen.estimate's DGA.
# Run from the repository root:  R_LIBS=/path/to/lib Rscript tests/estimate/reference/dga_reference.R
# (dga 2.0.x, R 4.2.2). For each table and delta, the grid is Nmissing = 0:(4n); prior 1/N (dga's
# default) and equal graph weights. Writes dga_summaries.csv (posterior median, 2.5%/97.5% quantiles
# and mean of N, largest graph weights) and dga_marginal.csv (posterior mass of N at 21 grid points).
suppressMessages(library(dga))
out <- "tests/estimate/reference"
data_dir <- "tests/estimate/data"
tables <- c("spina_bifida_ny", "hav_taiwan_1995", "kosovo_1999", "lesbian_allegheny",
            "congenital_massachusetts", "western_us_trafficking")
data(graphs3); data(graphs4); data(graphs5)
gq <- function(values, mass, q) values[min(which(cumsum(mass) / sum(mass) >= q - 1e-12))]
summ <- list(); marg <- list()
for (tab in tables) {
  X <- read.csv(file.path(data_dir, paste0(tab, ".csv")))
  p <- ncol(X) - 1
  Y <- array(0, dim = rep(2, p))
  for (r in seq_len(nrow(X))) {
    idx <- 1 + sum(unlist(X[r, 1:p]) * 2^(0:(p - 1)))
    Y[idx] <- Y[idx] + X$count[r]
  }
  n <- sum(Y)
  graphs <- list(graphs3, graphs4, graphs5)[[p - 2]]
  Nmissing <- 0:(4 * n)
  for (delta in c(2^-p, 0.5)) {
    w <- bma.cr(Y, Nmissing, delta, graphs)
    post <- colSums(w)
    N <- Nmissing + n
    top <- sort(rowSums(w), decreasing = TRUE)
    summ[[paste(tab, delta)]] <- data.frame(table = tab, delta = delta, grid_max = 4 * n,
      median = gq(N, post, 0.5), lower = gq(N, post, 0.025), upper = gq(N, post, 0.975),
      mean = sum(N * post), top1 = top[1], top2 = top[2], top3 = top[3], graphs = length(graphs))
    at <- round(seq(0, 4 * n, length.out = 21))
    marg[[paste(tab, delta)]] <- data.frame(table = tab, delta = delta, n0 = at, mass = post[at + 1])
  }
}
write.csv(do.call(rbind, summ), file.path(out, "dga_summaries.csv"), row.names = FALSE)
write.csv(do.call(rbind, marg), file.path(out, "dga_marginal.csv"), row.names = FALSE)
cat(R.version.string, "dga", as.character(packageVersion("dga")), "\n")
