# Writes alpha-details.csv: what psych::alpha() prints beyond the figures of make-references.R
# (raw.r, std.r, r.cor, response frequencies and share missing per item; S/N, ase, the Duhachek
# interval and median r per scale), for fixtures make-references.R already wrote.
# Run from this folder:  Rscript make-alpha-details.R
# Items are reverse-keyed here exactly as the C# tests do it (x' = min + max - x).
suppressPackageStartupMessages(library(psych))
stopifnot(packageVersion("psych") >= "2.2.9")

read_fixture <- function(file) read.csv(file, na.strings = "")
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

details <- function(fixture, policy, x, label) {
  a <- suppressWarnings(alpha(x, warnings = FALSE))
  call <- function(part) sprintf("psych::alpha(%s)%s", label, part)
  add(fixture, policy, "SignalToNoise", "", a$total[["S/N"]], call("$total$`S/N`"))
  add(fixture, policy, "AlphaStandardError", "", a$total$ase, call("$total$ase"))
  add(fixture, policy, "MedianInterItemCorrelation", "", a$total$median_r, call("$total$median_r"))
  # print.psych's "95% confidence boundaries", row Duhachek: raw_alpha -/+ 1.96 ase.
  add(fixture, policy, "DuhachekLower", "", a$total$raw_alpha - 1.96 * a$total$ase, call("$total$raw_alpha - 1.96 * ase (printed Duhachek lower)"))
  add(fixture, policy, "DuhachekUpper", "", a$total$raw_alpha + 1.96 * a$total$ase, call("$total$raw_alpha + 1.96 * ase (printed Duhachek upper)"))
  for (item in rownames(a$item.stats)) {
    s <- a$item.stats[item, ]
    add(fixture, policy, "ItemTotalCorrelation", item, s$raw.r, call(sprintf("$item.stats['%s', 'raw.r']", item)))
    add(fixture, policy, "StandardizedItemTotalCorrelation", item, s$std.r, call(sprintf("$item.stats['%s', 'std.r']", item)))
    add(fixture, policy, "OverlapCorrectedItemTotalCorrelation", item, s$r.cor, call(sprintf("$item.stats['%s', 'r.cor']", item)))
    f <- a$response.freq
    for (value in setdiff(colnames(f), "miss"))
      add(fixture, policy, paste0("ResponseShare:", value), item, f[item, value], call(sprintf("$response.freq['%s', '%s']", item, value)))
    add(fixture, policy, "MissingShare", item, f[item, "miss"], call(sprintf("$response.freq['%s', 'miss']", item)))
  }
}

# R1..R6 on 1-5, R2 and R5 negatively worded, about 8% missing (written by make-references.R).
R_keyed <- reverse(read_fixture("reverse-keyed-missing.csv"), c("R2", "R5"), 1, 5)
details("reverse-keyed-missing", "Pairwise", R_keyed, "R_keyed")
details("reverse-keyed-missing", "Listwise", na.omit(R_keyed), "na.omit(R_keyed)")

# psych::bfi Agreeableness, A1 keyed as 7 - A1 (1-6), with bfi's own missing answers.
A <- reverse(read_fixture("bfi-agreeableness.csv"), "A1", 1, 6)
details("bfi-agreeableness", "Pairwise", A, "A")

out <- do.call(rbind, expected)
write.csv(out, "alpha-details.csv", row.names = FALSE, na = "")
print(out)
