# Reference numbers for unseen.estimate's log-linear models, printed by Rcapture.
# Run from the repository root:  R_LIBS=/path/to/lib Rscript tests/estimate/reference/loglinear_reference.R
# (Rcapture 1.4-4 from CRAN; R 4.2.2). Writes tests/estimate/reference/loglinear_*.csv.
# glm is run to a tight tolerance (epsilon = 1e-12) so that the comparison measures the method,
# not the stopping rule; Rcapture's other settings are its defaults.
suppressMessages(library(Rcapture))
out <- "tests/estimate/reference"
data_dir <- "tests/estimate/data"
tables <- c("spina_bifida_ny", "hav_taiwan_1995", "kosovo_1999", "diabetes_italy", "hiv_rome",
            "lesbian_allegheny", "congenital_massachusetts", "western_us_trafficking")
name_to_formula <- function(name) {
  body <- gsub("\\[|\\]", "", name)
  gens <- strsplit(body, ",")[[1]]
  terms <- sapply(gens, function(g) paste0("c", strsplit(g, "")[[1]], collapse = "*"))
  as.formula(paste("~", paste(terms, collapse = " + ")))
}
ms_rows <- list(); ci_rows <- list()
for (tab in tables) {
  X <- read.csv(file.path(data_dir, paste0(tab, ".csv")))
  t <- ncol(X) - 1
  ms <- closedpMS.t(X, dfreq = TRUE, epsilon = 1e-12, maxit = 100)
  res <- ms$results
  ms_rows[[tab]] <- data.frame(table = tab, model = rownames(res), res, row.names = NULL)
  ok <- res[, "infoFit"] == 0
  by_bic <- rownames(res)[ok][order(res[ok, "BIC"])]
  by_aic <- rownames(res)[ok][order(res[ok, "AIC"])]
  chosen <- unique(c(by_bic[1:3], by_aic[1], paste0("[", paste(1:t, collapse = ","), "]")))
  for (mname in chosen) {
    ci <- closedpCI.t(X, dfreq = TRUE, mX = name_to_formula(mname), epsilon = 1e-12, maxit = 100)
    ci_rows[[paste(tab, mname)]] <- data.frame(
      table = tab, model = mname, abundance = ci$results[1, "abundance"],
      stderr = ci$results[1, "stderr"], n_max = as.numeric(ci$CI[1, "abundance"]),
      lower = as.numeric(ci$CI[1, "infCL"]), upper = suppressWarnings(as.numeric(ci$CI[1, "supCL"])))
  }
  for (spec in list(list("M0", NULL), list("Mt", NULL), list("Mh", "Chao"), list("Mh", "Poisson"),
                    list("Mh", "Darroch"), list("Mth", "Chao"), list("Mth", "Poisson"),
                    list("Mth", "Darroch"))) {
    m <- spec[[1]]; h <- spec[[2]]
    ci <- if (is.null(h)) closedpCI.t(X, dfreq = TRUE, m = m, epsilon = 1e-12, maxit = 100)
          else closedpCI.t(X, dfreq = TRUE, m = m, h = h, epsilon = 1e-12, maxit = 100)
    label <- if (is.null(h)) m else paste(m, if (h == "Poisson") "Poisson2" else h)
    ci_rows[[paste(tab, label)]] <- data.frame(
      table = tab, model = label, abundance = ci$results[1, "abundance"],
      stderr = ci$results[1, "stderr"], n_max = as.numeric(ci$CI[1, "abundance"]),
      lower = as.numeric(ci$CI[1, "infCL"]), upper = suppressWarnings(as.numeric(ci$CI[1, "supCL"])))
  }
}
write.csv(do.call(rbind, ms_rows), file.path(out, "loglinear_models.csv"), row.names = FALSE)
write.csv(do.call(rbind, ci_rows), file.path(out, "loglinear_intervals.csv"), row.names = FALSE)
cat(R.version.string, "Rcapture", as.character(packageVersion("Rcapture")), "\n")
