# Reference values for tests/MentorEval.Risk.Tests/Evaluation/AucIntervalTests.cs.
#
# Run from the repository root:
#   Rscript tests/MentorEval.Risk.Tests/Evaluation/Fixtures/make-auc-references.R
# Produced with R 4.2.2 and pROC 1.18.0 (Debian bookworm: apt-get install r-base-core r-cran-proc).
#
# Each case builds a small seeded dataset, prints it as C# arrays and prints pROC's ROC AUC, DeLong standard error
# and 95% interval with 12 significant digits. The tests inline both, so they run without R.
# direction = "<" and levels = c(FALSE, TRUE): a higher probability means early closure; pROC would otherwise pick
# the direction that gives an AUC above 0.5, which hides a model worse than chance.

suppressMessages(library(pROC))

data <- function(name, x, type = "double") {
  shown <- if (is.logical(x)) tolower(as.character(x)) else sprintf("%.15g", x)
  cat(sprintf("  %s[] %s = [%s];\n", type, name, paste(shown, collapse = ", ")))
}
value <- function(label, x) {
  cat(sprintf("  %-34s %s\n", label, paste(formatC(x, digits = 12, format = "g"), collapse = "  ")))
}
delong <- function(labels, p) {
  r <- roc(labels, p, levels = c(FALSE, TRUE), direction = "<", quiet = TRUE)
  ci <- ci.auc(r, method = "delong")
  value("auc", as.numeric(auc(r)))
  value("sqrt(var(r, method = \"delong\"))", sqrt(var(r, method = "delong")))
  value("ci.auc(r, method = \"delong\")", c(ci[1], ci[3]))
}

cat("\n== Continuous scores, 30 pairs (set.seed(11))\n")
set.seed(11)
labels <- c(rep(TRUE, 9), rep(FALSE, 21))
p <- round(plogis(rnorm(30, ifelse(labels, 0.8, -0.4), 1)), 4)
data("labels", labels, "bool"); data("probabilities", p)
delong(labels, p)

cat("\n== Tied integer scores (rules' concern), 40 pairs (set.seed(12))\n")
set.seed(12)
labels <- runif(40) < 0.3
score <- rpois(40, ifelse(labels, 2.5, 1.2))
data("labels", labels, "bool"); data("scores", score)
delong(labels, score)
