# Reference values for tests/MentorEval.Core.Tests/Statistics.
#
# Run from the repository root:
#   Rscript tests/MentorEval.Core.Tests/Statistics/Fixtures/make-references.R
# Produced with R 4.2.2 and psych 2.2.9 (Debian bookworm: apt-get install r-base-core r-cran-psych r-cran-lme4).
# The ICCs are psych::ICC(x, lmer = FALSE): Shrout & Fleiss's ANOVA estimates, negative values allowed, which is what
# MentorEval reports (until issue #15 it reported psych's default lmer = TRUE, printed here for comparison).
#
# Each case builds a small seeded dataset, prints it as a C# array (double.NaN = missing) and prints
# the expected values with 12 significant digits. The tests inline both, so they run without R.

suppressMessages(library(psych))

# Scale scores as MentorEval produces them: means of 1–5 items, here rounded to quarter steps (exact in
# binary, so R and C# see the same numbers) and clipped to the response range.
likert <- function(x) pmin(5, pmax(1, round(x * 4) / 4))

data <- function(name, x) {
  shown <- ifelse(is.na(x), "double.NaN", as.character(x))
  cat(sprintf("  double[] %s = [%s];\n", name, paste(shown, collapse = ", ")))
}
value <- function(label, x) {
  cat(sprintf("  %-28s %s\n", label, paste(formatC(x, digits = 12, format = "g"), collapse = "  ")))
}
header <- function(title) cat(sprintf("\n== %s\n", title))

# Mean squares (subjects, judges, residual) of the two-way ANOVA behind the ICC. psych::ICC's default
# (lmer = TRUE) cannot estimate a negative variance component, so when the subjects or judges mean square falls
# below the residual one its output differs from the classic formulas (lmer = FALSE); we print which case holds.
# psych takes the mean squares from lmer's optimizer, which stops short of the exact REML optimum MentorEval
# computes: within 1e-5 on these fixtures, but up to ~2e-4 on the ICC for some other data (checked against
# lmer with optCtrl = list(rhoend = 1e-12), which agrees with the closed form to 1e-7).
anova_mean_squares <- function(x) {
  n <- nrow(x); k <- ncol(x)
  d <- data.frame(v = c(x), s = factor(rep(seq_len(n), k)), j = factor(rep(seq_len(k), each = n)))
  s <- summary(aov(v ~ s + j, d))[[1]]
  s[["Sum Sq"]] / s[["Df"]]
}

# ---------------------------------------------------------------------------------------------------
header("Describe: mean/sd/quantile(type = 7)/t.test(x)$conf.int, band shares")
set.seed(101)
x <- likert(rnorm(25, 3.4, 0.8))
x[c(4, 17)] <- NA
data("scores", x)
ok <- x[!is.na(x)]
value("n", length(ok))
value("missing", sum(is.na(x)))
value("mean(x, na.rm=TRUE)", mean(ok))
value("sd(x, na.rm=TRUE)", sd(ok))
value("quantile(x, .25/.5/.75)", quantile(ok, c(0.25, 0.5, 0.75), type = 7))
value("t.test(x)$conf.int", t.test(x)$conf.int)
value("min, max", range(ok))
bounds <- c(2.5, 3.5, 5)
value("band shares (2.5, 3.5, 5)", as.vector(table(cut(ok, c(-Inf, bounds), right = TRUE))) / length(ok))

# ---------------------------------------------------------------------------------------------------
header("Paired change, no ties or zeros: t.test(post, pre, paired=TRUE); wilcox.test(post, pre, paired=TRUE) exact")
set.seed(202)
pre <- round(rnorm(14, 3, 0.6), 2)
post <- round(pre + rnorm(14, 0.3, 0.5), 2)
post[3] <- NA
d <- (post - pre)[!is.na(post)]
stopifnot(all(d != 0), !anyDuplicated(abs(d)))
data("pre", pre); data("post", post)
tt <- t.test(post, pre, paired = TRUE)
w <- wilcox.test(post, pre, paired = TRUE)
value("n paired", length(d))
value("mean change, sd change", c(mean(d), sd(d)))
value("t, df, p", c(tt$statistic, tt$parameter, tt$p.value))
value("conf.int", tt$conf.int)
value("d_z = mean(d)/sd(d)", mean(d) / sd(d))
value("wilcox V, p", c(w$statistic, w$p.value))
cat("  method:", w$method, "\n")

# ---------------------------------------------------------------------------------------------------
header("Paired change with ties and zeros: wilcox.test(post, pre, paired=TRUE) -> normal approximation")
set.seed(303)
pre <- likert(rnorm(22, 3.1, 0.7))
post <- likert(pre + rnorm(22, 0.25, 0.45))
pre[9] <- NA
d <- (post - pre)[!is.na(pre)]
stopifnot(any(d == 0), anyDuplicated(abs(d[d != 0])) > 0)
data("pre", pre); data("post", post)
tt <- t.test(post, pre, paired = TRUE)
w <- suppressWarnings(wilcox.test(post, pre, paired = TRUE))
value("n paired, zeros", c(length(d), sum(d == 0)))
value("mean change, sd change", c(mean(d), sd(d)))
value("t, df, p", c(tt$statistic, tt$parameter, tt$p.value))
value("conf.int", tt$conf.int)
value("d_z", mean(d) / sd(d))
value("wilcox V, p", c(w$statistic, w$p.value))
cat("  method:", w$method, "\n")

# ---------------------------------------------------------------------------------------------------
header("Paired change, 60 pairs without ties: wilcox.test(post, pre, paired=TRUE) -> normal approximation (n >= 50)")
i <- 1:60
pre <- 2 + (i %% 7) / 4
post <- pre + ifelse(i %% 3 == 0, -1, 1) * i / 8
w <- wilcox.test(post, pre, paired = TRUE)
value("wilcox V, p", c(w$statistic, w$p.value))
cat("  method:", w$method, "\n")

# ---------------------------------------------------------------------------------------------------
header("Two groups: t.test(a, b) (Welch); Hedges' g = d_pooled * (1 - 3/(4(n1+n2)-9))")
set.seed(404)
a <- likert(rnorm(12, 3.7, 0.45))
b <- likert(rnorm(19, 3.1, 1.0))
b[6] <- NA
data("a", a); data("b", b)
tt <- t.test(a, b)
bb <- b[!is.na(b)]
n1 <- length(a); n2 <- length(bb)
sp <- sqrt(((n1 - 1) * var(a) + (n2 - 1) * var(bb)) / (n1 + n2 - 2))
value("t, df, p", c(tt$statistic, tt$parameter, tt$p.value))
value("conf.int", tt$conf.int)
value("hedges g", (mean(a) - mean(bb)) / sp * (1 - 3 / (4 * (n1 + n2) - 9)))

# ---------------------------------------------------------------------------------------------------
header("Several groups: oneway.test(y ~ g) and oneway.test(y ~ g, var.equal=TRUE)")
set.seed(505)
g1 <- likert(rnorm(8, 3.0, 0.4))
g2 <- likert(rnorm(11, 3.6, 0.9))
g3 <- likert(rnorm(14, 3.2, 0.6))
g2[2] <- NA
data("g1", g1); data("g2", g2); data("g3", g3)
y <- c(g1, g2, g3)
g <- factor(rep(c("g1", "g2", "g3"), c(length(g1), length(g2), length(g3))))
welch <- oneway.test(y ~ g)
classic <- oneway.test(y ~ g, var.equal = TRUE)
value("Welch F, df1, df2, p", c(welch$statistic, welch$parameter, welch$p.value))
value("classic F, df1, df2, p", c(classic$statistic, classic$parameter, classic$p.value))

# ---------------------------------------------------------------------------------------------------
dyads <- function(mentor, mentee) {
  data("mentor", mentor); data("mentee", mentee)
  ok <- !is.na(mentor) & !is.na(mentee)
  m <- cbind(mentor = mentor[ok], mentee = mentee[ok])
  d <- m[, 1] - m[, 2]
  value("n pairs, excluded", c(sum(ok), sum(!ok)))
  value("mean gap, mean |gap|", c(mean(d), mean(abs(d))))
  tt <- t.test(m[, 1], m[, 2], paired = TRUE)
  value("paired t, df, p", c(tt$statistic, tt$parameter, tt$p.value))
  value("paired conf.int", tt$conf.int)
  ct <- cor.test(m[, 1], m[, 2])
  value("cor.test r, p", c(ct$estimate, ct$p.value))
  value("cor.test conf.int", ct$conf.int)
  ms <- anova_mean_squares(m)
  value("ANOVA MS subjects/judges/resid", ms)
  icc <- ICC(m, lmer = FALSE)$results
  for (type in c("ICC2", "ICC3")) {
    r <- icc[icc$type == type, ]
    value(paste(type, "ICC, F, df1, df2, p"), unlist(r[, c("ICC", "F", "df1", "df2", "p")]))
    value(paste(type, "lower, upper"), unlist(r[, c("lower bound", "upper bound")]))
  }
  pooled <- suppressWarnings(suppressMessages(ICC(m)))$results
  value("default lmer=TRUE ICC2, ICC3", pooled$ICC[2:3])
  invisible(ms)
}

header("Dyads, mentors rate higher: psych::ICC(cbind(mentor, mentee), lmer = FALSE), cor.test, t.test(paired=TRUE)")
set.seed(606)
true <- rnorm(16, 3.5, 0.6)
mentor <- likert(true + 0.3 + rnorm(16, 0, 0.35))
mentee <- likert(true + rnorm(16, 0, 0.35))
mentor[5] <- NA
ms <- dyads(mentor, mentee)
stopifnot(ms[2] > ms[3], ms[1] > ms[3])

header("Dyads, judges mean square below residual: lmer = FALSE keeps it (the default lmer = TRUE pools it)")
set.seed(1)
true <- rnorm(14, 3.5, 0.6)
mentor <- likert(true + rnorm(14, 0, 0.4))
mentee <- likert(true + rnorm(14, 0, 0.4))
ms <- suppressMessages(dyads(mentor, mentee))
stopifnot(ms[2] < ms[3], ms[1] > ms[3])

header("Dyads in perfect disagreement, subjects mean square below residual: ICC(lmer = FALSE) is negative")
# psych's residual-free F is rounding noise (~5e-32, p = 1) and its qf for the ICC2 lower bound gives NaN.
ms <- suppressWarnings(suppressMessages(dyads(c(1, 2, 3, 4, 5, 3, 2), c(5, 4, 3, 2, 1, 3, 4))))
stopifnot(ms[1] < ms[3])

header("Dyads in perfect agreement: psych::ICC(lmer = FALSE) gives ICC2 = ICC3 = 1 with bounds 1")
# The residual mean square is 0 but for rounding (~1e-32), so psych's F is astronomical and its p ~ 0; MentorEval takes
# the exact limit (F infinite, p = 0).
suppressWarnings(dyads(c(4, 3, 5, 2, 3.5), c(4, 3, 5, 2, 3.5)))

header("Dyads with the same gap in every pair: ICC3 = 1 (consistency), ICC2 below 1 (absolute agreement)")
# As above the residual is rounding noise; psych's ICC2 bounds then equal the exact limit (Satterthwaite df v -> k - 1).
# (t.test refuses these data: "essentially constant"; MentorEval gives no t test either.)
m <- cbind(mentor = c(4, 3, 5, 2), mentee = c(3.5, 2.5, 4.5, 1.5))
icc <- suppressWarnings(ICC(m, lmer = FALSE))$results
for (type in c("ICC2", "ICC3")) {
  r <- icc[icc$type == type, ]
  value(paste(type, "ICC, df1, df2"), unlist(r[, c("ICC", "df1", "df2")]))
  value(paste(type, "lower, upper"), unlist(r[, c("lower bound", "upper bound")]))
}
