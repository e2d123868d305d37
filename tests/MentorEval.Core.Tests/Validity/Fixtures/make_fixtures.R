# Writes the CFA and invariance fixtures for tests/MentorEval.Core.Tests/Validity and the values lavaan gives for
# them. Run from this folder: Rscript make_fixtures.R
# Every fit is lavaan::cfa(model, data, std.lv = TRUE, estimator = "ML", likelihood = "normal"), listwise (the default
# for complete-case ML). The exact call is stored beside each case in expected.json.
suppressPackageStartupMessages({ library(lavaan); library(jsonlite) })
set.seed(19)

fit_measures <- c("chisq", "df", "pvalue", "cfi", "tli", "rmsea", "rmsea.ci.lower", "rmsea.ci.upper",
                  "rmsea.pvalue", "srmr", "baseline.chisq", "baseline.df", "ntotal")

describe <- function(fit, call) {
  fm <- as.list(fitMeasures(fit, fit_measures))
  pe <- parameterEstimates(fit)
  st <- standardizedSolution(fit, type = "std.all")
  keep <- pe$op %in% c("=~", "~~") & !is.na(pe$z)
  params <- data.frame(lhs = pe$lhs[keep], op = pe$op[keep], rhs = pe$rhs[keep], est = pe$est[keep], se = pe$se[keep],
                       std = st$est.std[keep], std_se = st$se[keep])
  mi <- modindices(fit, minimum.value = 10, sort. = TRUE)
  mi <- mi[mi$op %in% c("=~", "~~") & mi$lhs != mi$rhs, c("lhs", "op", "rhs", "mi")]
  res <- residuals(fit, type = "cor")$cov
  big <- which(abs(res) > 0.10 & lower.tri(res), arr.ind = TRUE)
  rescor <- data.frame(a = colnames(res)[big[, 2]], b = rownames(res)[big[, 1]], r = res[big])
  list(call = call, converged = lavInspect(fit, "converged"), fit = fm, parameters = params, modindices = mi, residual_correlations = rescor)
}

cases <- list()

# 1. HolzingerSwineford1939 (shipped with lavaan), the three-factor model of the lavaan tutorial.
hs <- HolzingerSwineford1939
write.csv(hs[, c("school", paste0("x", 1:9))], "holzinger-swineford.csv", row.names = FALSE)
hs_model <- "visual =~ x1 + x2 + x3\ntextual =~ x4 + x5 + x6\nspeed =~ x7 + x8 + x9"
cases$hs <- describe(cfa(hs_model, data = hs, std.lv = TRUE), "cfa(hs_model, data = HolzingerSwineford1939, std.lv = TRUE)")
cases$hs_visual <- describe(cfa("visual =~ x1 + x2 + x3 + x7 + x9", data = hs, std.lv = TRUE),
                            "cfa('visual =~ x1 + x2 + x3 + x7 + x9', data = HolzingerSwineford1939, std.lv = TRUE)")

# 2. A bfi-like data set: five correlated traits, five items each on a 1-6 scale, the same items reversed as in
#    psych::bfi (A1, C4, C5, E1, E2, O2, O5). Simulated here rather than copied from psych (GPL) so the fixture is ours.
n <- 1200
traits <- c("A", "C", "E", "N", "O")
phi <- matrix(0.25, 5, 5); diag(phi) <- 1; phi[1, 3] <- phi[3, 1] <- 0.45; phi[4, 3] <- phi[3, 4] <- -0.2; phi[4, 1] <- phi[1, 4] <- -0.15
eta <- matrix(rnorm(n * 5), n) %*% chol(phi)
reversed <- c("A1", "C4", "C5", "E1", "E2", "O2", "O5")
bfi_like <- data.frame(row.names = NULL, check.names = FALSE, matrix(nrow = n, ncol = 0))
for (t in seq_along(traits)) for (k in 1:5) {
  id <- paste0(traits[t], k)
  loading <- runif(1, 0.45, 0.8)
  latent <- loading * eta[, t] + sqrt(1 - loading^2) * rnorm(n)
  if (id %in% reversed) latent <- -latent
  bfi_like[[id]] <- as.integer(cut(latent, c(-Inf, -1.5, -0.7, 0, 0.6, 1.3, Inf)))
}
bfi_like[matrix(runif(n * 25) < 0.02, n)] <- NA
write.csv(bfi_like, "bfi-like.csv", row.names = FALSE, na = "")
keyed <- bfi_like
for (id in reversed) keyed[[id]] <- 7 - keyed[[id]]
bfi_model <- paste(sapply(traits, function(t) paste0(t, " =~ ", paste0(t, 1:5, collapse = " + "))), collapse = "\n")
cases$bfi <- describe(cfa(bfi_model, data = keyed, std.lv = TRUE),
                      "cfa(bfi_model, data = keyed, std.lv = TRUE), keyed = reversed items as 7 - x, missing rows dropped listwise")

# 3. MentorEval's own sample program: the baseline mca-26 export written by
#    `mentoreval sample generate --pairs 600 --seed 19 --out …` (responses/baseline/mca-26.csv), both roles.
mca <- read.csv("sample-mca-26-baseline.csv", na.strings = c("", "N/A", "NA", "Not applicable", "-99"), check.names = FALSE)
mca_model <- paste(
  "communication =~ mca01 + mca02 + mca03 + mca04 + mca05 + mca06",
  "expectations =~ mca07 + mca08 + mca09 + mca10 + mca11",
  "understanding =~ mca12 + mca13 + mca14",
  "independence =~ mca15 + mca16 + mca17 + mca18 + mca19",
  "diversity =~ mca20 + mca21",
  "professional_development =~ mca22 + mca23 + mca24 + mca25 + mca26", sep = "\n")
cases$mca <- describe(cfa(mca_model, data = mca, std.lv = TRUE), "cfa(mca_model, data = sample_baseline_mca26, std.lv = TRUE)")

# 4. Measurement invariance across school on HolzingerSwineford1939, as in the lavaan tutorial.
steps <- list(configural = character(0), metric = "loadings", scalar = c("loadings", "intercepts"),
              strict = c("loadings", "intercepts", "residuals"))
invariance <- lapply(names(steps), function(s) {
  fit <- if (length(steps[[s]]) == 0) cfa(hs_model, data = hs, std.lv = TRUE, group = "school")
         else cfa(hs_model, data = hs, std.lv = TRUE, group = "school", group.equal = steps[[s]])
  equal <- if (length(steps[[s]]) == 0) "" else sprintf(", group.equal = c(%s)", paste0("'", steps[[s]], "'", collapse = ", "))
  list(step = s, call = sprintf("cfa(hs_model, data = HolzingerSwineford1939, std.lv = TRUE, group = 'school'%s)", equal),
       fit = as.list(fitMeasures(fit, fit_measures)))
})
# Partial scalar invariance: each intercept freed on its own (group.partial), χ² of the refit.
partial <- lapply(paste0("x", 1:9), function(x) {
  fit <- cfa(hs_model, data = hs, std.lv = TRUE, group = "school", group.equal = c("loadings", "intercepts"),
             group.partial = paste0(x, " ~ 1"))
  list(item = x, chisq = unname(fitMeasures(fit, "chisq")), cfi = unname(fitMeasures(fit, "cfi")))
})
write_json(list(lavaan = as.character(packageVersion("lavaan")), r = R.version.string, cases = cases,
                invariance = invariance, partial_intercepts = partial),
           "expected.json", digits = NA, auto_unbox = TRUE, pretty = TRUE)
cat("lavaan", as.character(packageVersion("lavaan")), "\n")
