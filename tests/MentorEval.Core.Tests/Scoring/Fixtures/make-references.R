# Reference scale scores for ScoringReferenceTests, from R's psych package.
# Run from this folder: Rscript make-references.R
suppressMessages(library(psych))
a <- psych::bfi[, c("A1", "A2", "A3", "A4", "A5")]
# Mean of the answered items after reversing A1 on its 1-6 scale; NA when nothing was answered.
s <- psych::scoreItems(keys = list(agreeableness = c("-A1", "A2", "A3", "A4", "A5")), items = a,
                       min = 1, max = 6, impute = "none")$scores
write.csv(data.frame(agreeableness = sprintf("%.15g", s[, 1])), "bfi-agreeableness-scores.csv",
          row.names = FALSE, quote = FALSE, na = "")
