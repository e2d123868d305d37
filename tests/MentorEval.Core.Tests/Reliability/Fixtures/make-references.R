# Writes the reliability fixtures (CSV, NA as empty) and the values psych reports for them.
# Run from this folder:  Rscript make-references.R
# Output: the fixture CSVs, expected-values.csv (fixture, policy, statistic, item, value,
# psych_call) and the same values printed. Items are reverse-keyed here exactly as the C#
# tests do it (x' = min + max - x); psych only ever sees keyed data.
suppressPackageStartupMessages(library(psych))
stopifnot(packageVersion("psych") >= "2.2.9")
set.seed(20240611, kind = "Mersenne-Twister", normal.kind = "Inversion", sample.kind = "Rejection")

write_fixture <- function(x, file) {
  write.csv(x, file, row.names = FALSE, na = "", quote = FALSE)
}

reverse <- function(x, items, min, max) {
  x[items] <- min + max - x[items]
  x
}

expected <- list()
add <- function(fixture, policy, statistic, item, value, call) {
  expected[[length(expected) + 1]] <<- data.frame(
    fixture = fixture, policy = policy, statistic = statistic, item = item,
    value = if (is.null(value) || is.na(value)) NA else sprintf("%.10f", value),
    psych_call = call)
}

# Every statistic MentorEval reports, for one keyed data set `x` analysed by psych as `label`
# (e.g. "alpha(x)" pairwise, "alpha(na.omit(x))" listwise).
reference <- function(fixture, policy, x, label, omega_x = x, omega_label = label, heywood = FALSE) {
  a <- suppressWarnings(alpha(x, warnings = FALSE))
  call <- function(part) sprintf("psych::alpha(%s)%s", label, part)
  add(fixture, policy, "RawAlpha", "", a$total$raw_alpha, call("$total$raw_alpha"))
  add(fixture, policy, "StandardizedAlpha", "", a$total$std.alpha, call("$total$std.alpha"))
  add(fixture, policy, "GuttmanLambda6", "", a$total[["G6(smc)"]], call("$total$`G6(smc)`"))
  add(fixture, policy, "AverageInterItemCorrelation", "", a$total$average_r, call("$total$average_r"))
  add(fixture, policy, "FeldtLower", "", a$feldt$lower.ci[[1]], call("$feldt$lower.ci"))
  add(fixture, policy, "FeldtUpper", "", a$feldt$upper.ci[[1]], call("$feldt$upper.ci"))
  # alpha() hands nrow(x) to alpha.ci, whatever is missing.
  add(fixture, policy, "FeldtRespondents", "", nrow(x), sprintf("nrow(%s), the N psych::alpha passes to alpha.ci", label))
  for (item in rownames(a$item.stats)) {
    s <- a$item.stats[item, ]
    add(fixture, policy, "ItemRespondents", item, s$n, call(sprintf("$item.stats['%s', 'n']", item)))
    add(fixture, policy, "ItemMean", item, s$mean, call(sprintf("$item.stats['%s', 'mean']", item)))
    add(fixture, policy, "ItemStandardDeviation", item, s$sd, call(sprintf("$item.stats['%s', 'sd']", item)))
    add(fixture, policy, "CorrectedItemTotalCorrelation", item, s$r.drop, call(sprintf("$item.stats['%s', 'r.drop']", item)))
    add(fixture, policy, "AlphaIfDeleted", item, a$alpha.drop[item, "raw_alpha"], call(sprintf("$alpha.drop['%s', 'raw_alpha']", item)))
  }
  om <- suppressMessages(suppressWarnings(omega(omega_x, nfactors = 1, plot = FALSE)))
  # In a Heywood case psych's answer depends on where its optimizer stops, so it is kept apart.
  prefix <- if (heywood) "Heywood" else ""
  add(fixture, policy, paste0(prefix, "OmegaTotal"), "", om$omega.tot, sprintf("psych::omega(%s, nfactors = 1)$omega.tot", omega_label))
  loadings <- om$schmid$sl[, "g"]
  for (item in names(loadings))
    add(fixture, policy, paste0(prefix, "FactorLoading"), item, loadings[[item]],
        sprintf("psych::omega(%s, nfactors = 1)$schmid$sl['%s', 'g']", omega_label, item))
  if (heywood) {
    residual <- cor(omega_x, use = "pairwise") - loadings %o% loadings
    add(fixture, policy, "HeywoodMinresResidual", "", sum(residual[lower.tri(residual)]^2),
        sprintf("sum of squared off-diagonal residuals of cor(%s) at psych's loadings", omega_label))
  }
  invisible(a)
}

# Item covariances and correlations as R computes them, entry by entry ("A1:A2").
matrices <- function(fixture, policy, x, label, use) {
  covariance <- cov(x, use = use)
  correlation <- cor(x, use = use)
  for (i in colnames(x)) for (j in colnames(x)) {
    pair <- sprintf("%s:%s", i, j)
    add(fixture, policy, "Covariance", pair, covariance[i, j], sprintf("cov(%s, use = '%s')['%s', '%s']", label, use, i, j))
    add(fixture, policy, "Correlation", pair, correlation[i, j], sprintf("cor(%s, use = '%s')['%s', '%s']", label, use, i, j))
  }
}

# 1. psych::bfi Agreeableness: A1 is negatively worded; keyed as 7 - A1 on the 1-6 scale.
bfi_a <- psych::bfi[, c("A1", "A2", "A3", "A4", "A5")]
write_fixture(bfi_a, "bfi-agreeableness.csv")
A <- reverse(bfi_a, "A1", 1, 6)
reference("bfi-agreeableness", "Pairwise", A, "A")
reference("bfi-agreeableness", "Listwise", na.omit(A), "na.omit(A)")
matrices("bfi-agreeableness", "Pairwise", A, "A", "pairwise.complete.obs")
matrices("bfi-agreeableness", "Listwise", A, "A", "complete.obs")

# 2. Six items on 1-5 about one mentoring relationship; R2 and R5 are negatively worded.
#    About 8% of answers are missing.
n <- 60
theta <- rnorm(n)
loading <- c(0.9, 0.8, 0.7, 0.6, 0.8, 0.5)
answers <- sapply(loading, function(l) pmin(5, pmax(1, round(3 + 1.1 * l * theta + rnorm(n, sd = 0.8)))))
colnames(answers) <- paste0("R", 1:6)
answers[, c("R2", "R5")] <- 6 - answers[, c("R2", "R5")]
answers[matrix(runif(length(answers)) < 0.08, n)] <- NA
R <- as.data.frame(answers)
write_fixture(R, "reverse-keyed-missing.csv")
R_keyed <- reverse(R, c("R2", "R5"), 1, 5)
reference("reverse-keyed-missing", "Pairwise", R_keyed, "R_keyed")
reference("reverse-keyed-missing", "Listwise", na.omit(R_keyed), "na.omit(R_keyed)")
matrices("reverse-keyed-missing", "Pairwise", R_keyed, "R_keyed", "pairwise.complete.obs")
# Forgetting to reverse R2 and R5: psych's r.drop turns negative for them.
a_unkeyed <- suppressWarnings(alpha(R, warnings = FALSE))
for (item in rownames(a_unkeyed$item.stats))
  add("reverse-keyed-missing-unkeyed", "Pairwise", "CorrectedItemTotalCorrelation", item,
      a_unkeyed$item.stats[item, "r.drop"], sprintf("psych::alpha(R)$item.stats['%s', 'r.drop']", item))
add("reverse-keyed-missing-unkeyed", "Pairwise", "RawAlpha", "", a_unkeyed$total$raw_alpha, "psych::alpha(R)$total$raw_alpha")

# 3. Only respondent 1 answered every item; the others skipped one or two items each.
S <- data.frame(
  S1 = c(4, 3, NA, 5, 2, 3, 3, NA, 2, 4),
  S2 = c(5, NA, 2, 4, 3, NA, 4, 2, 1, 3),
  S3 = c(4, 2, 3, NA, NA, 5, 2, 3, 2, NA),
  S4 = c(3, 3, 2, 5, NA, 4, NA, 1, NA, 5))
stopifnot(nrow(na.omit(S)) == 1)
write_fixture(S, "single-complete-respondent.csv")
reference("single-complete-respondent", "Pairwise", S, "S")
# One complete case: nothing beyond the item means can be computed (psych stops with errors).
for (statistic in c("RawAlpha", "StandardizedAlpha", "GuttmanLambda6", "AverageInterItemCorrelation",
                    "FeldtLower", "FeldtUpper", "OmegaTotal"))
  add("single-complete-respondent", "Listwise", statistic, "", NA, "none: one complete case, psych::alpha(na.omit(S)) fails")

# 4. Everyone gave C3 the same answer (3). psych::alpha deletes such an item with a warning;
#    psych::omega stops on the NA correlations, so omega is taken without C3.
C <- data.frame(
  C1 = c(4, 5, 2, 2, 3, 5, 3, 4, 3, 1, 4, 4, 3, 5, 2),
  C2 = c(4, 4, 3, 2, 5, 5, 2, 4, 3, 2, 3, 5, 3, 5, 1),
  C3 = rep(3, 15),
  C4 = c(5, 4, 2, 3, 4, 4, 3, 5, 2, 2, 4, 4, 2, 4, 2),
  C5 = c(3, 4, 4, 1, 4, 5, 2, 3, 3, 2, 5, 3, 4, 3, 2))
write_fixture(C, "constant-item.csv")
reference("constant-item", "Pairwise", C, "C", omega_x = C[, -3], omega_label = "C[, -3]")

# 5. Eight true/false items (0/1), Rasch-like, complete: alpha is KR-20 here.
n <- 80
theta <- rnorm(n)
difficulty <- c(-1.2, -0.6, -0.2, 0, 0.3, 0.7, 1.1, 1.5)
D <- as.data.frame(sapply(difficulty, function(b) as.integer(runif(n) < plogis(1.4 * (theta - b)))))
colnames(D) <- paste0("D", 1:8)
write_fixture(D, "dichotomous.csv")
reference("dichotomous", "Pairwise", D, "D")
reference("dichotomous", "Listwise", na.omit(D), "na.omit(D)")

# 6. A Heywood case: in the one-factor solution H1 is explained beyond psych's bound (psych warns
#    "ultra-Heywood"). The closed-form figures still match; omega is compared separately.
H <- data.frame(
  H1 = c(4, 5, 3, 2, 4, 5, 3, 4, 2, 1, 4, 5, 3, 4, 2),
  H2 = c(4, 4, 3, 2, 5, 5, 2, 4, 3, 2, 3, 5, 3, 5, 1),
  H3 = c(5, 4, 2, 3, 4, 4, 3, 5, 2, 2, 4, 4, 2, 4, 2),
  H4 = c(3, 5, 4, 1, 4, 5, 3, 3, 2, 1, 5, 4, 4, 3, 3))
write_fixture(H, "heywood.csv")
reference("heywood", "Pairwise", H, "H", heywood = TRUE)

out <- do.call(rbind, expected)
write.csv(out, "expected-values.csv", row.names = FALSE, na = "")
options(width = 200)
print(out, right = FALSE)
