# The psych side of the scoring benchmark (docs/performance.md): scale scores with scoreItems and reliability with
# alpha for the six scales of the data written by
#   dotnet run -c Release --project benchmarks/MentorEval.Benchmarks -- write-scoring-data /tmp/scoring.csv
# Run: Rscript benchmarks/scoring-psych.R /tmp/scoring.csv
suppressMessages(library(psych))
args <- commandArgs(trailingOnly = TRUE)
x <- read.csv(args[1])
sizes <- c(6, 5, 3, 5, 2, 5)
ends <- cumsum(sizes)
keys <- lapply(seq_along(sizes), function(s) sprintf("i%02d", (ends[s] - sizes[s] + 1):ends[s]))
names(keys) <- paste0("c", seq_along(sizes))
times <- replicate(3, system.time({
  scores <- scoreItems(keys, x, min = 1, max = 7, impute = "none")
  for (k in keys) a <- alpha(x[, k], warnings = FALSE)
})[["elapsed"]])
cat(sprintf("psych scoreItems + alpha, 6 scales, %d respondents: %s s (median %.2f s)\n",
            nrow(x), paste(sprintf("%.2f", times), collapse = ", "), median(times)))
