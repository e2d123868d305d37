# Reference values for tests/MentorEval.Core.Tests/Retention (issue #18: match length and retention).
#
# Run from the repository root:
#   Rscript tests/MentorEval.Core.Tests/Retention/Fixtures/make_fixtures.R
# Produced with R 4.2.2 and survival 3.5-3 (Debian bookworm: apt-get install r-base-core r-cran-survival).
#
# Inputs (committed): handmade-roster.csv (ties, censoring at several times, a cohort with no closures, two roster
# attributes to group by, site and matching_method, a pair still
# running past its planned end, a pair that starts after the analysis date, a pair marked closed early after its
# planned end) and sample-roster.csv (the sample program's roster with its baseline covariates, written by
# SampleRosterFixtureTests when
# MENTOREVAL_WRITE_FIXTURES=1). Outputs: <input>-*.csv beside them, 15 significant digits, NA where R gives none.
#
# The time rules are MentorEval's (MatchSpells): months = days / 30.4375 since the start; early closure (an end before
# the planned end, on or before the analysis date) is the event; a completed pair is censored at its planned end, an
# active one at the analysis date or its planned end, whichever comes first, neither later than the analysis date; a pair that starts after it is left out.

suppressMessages(library(survival))

here <- "tests/MentorEval.Core.Tests/Retention/Fixtures"
inputs <- list(handmade = list(date = "2026-06-15", by = c("cohort", "site", "matching_method")),
               sample = list(date = "2026-01-15", by = c("cohort", "site")))
fixed_columns <- c("pair_id", "cohort", "site", "matching_method", "start_date", "planned_end_date", "status", "end_date", "closure_reason")

fmt <- function(x) ifelse(is.na(x), "NA", formatC(x, digits = 15, format = "g"))
write_table <- function(d, name) {
  d[] <- lapply(d, function(col) if (is.numeric(col)) fmt(col) else col)
  write.csv(d, file.path(here, name), row.names = FALSE, quote = FALSE)
}

spells <- function(r, as_of) {
  start <- as.Date(r$start_date)
  planned <- as.Date(r$planned_end_date)
  end <- as.Date(ifelse(r$end_date == "", NA, r$end_date))
  closed <- r$status == "closed_early" & !is.na(end) & end < planned & end <= as_of
  stop_day <- ifelse(closed, end,
              ifelse(r$status == "closed_early", pmin(end, planned, as_of),
              pmin(planned, as_of)))
  keep <- start <= as_of
  data.frame(r[keep, ], months = (stop_day[keep] - as.numeric(start[keep])) / 30.4375, closed = as.integer(closed[keep]),
             check.names = FALSE)
}

for (name in names(inputs)) {
  path <- file.path(here, paste0(name, "-roster.csv"))
  if (!file.exists(path)) next
  r <- read.csv(path, colClasses = "character", check.names = FALSE, na.strings = character(0))
  as_of <- as.Date(inputs[[name]]$date)
  d <- spells(r, as_of)
  covariates <- setdiff(names(r), fixed_columns)
  for (v in covariates) d[[v]] <- as.numeric(ifelse(d[[v]] == "NA", NA, d[[v]]))
  groups <- c("all", sort(unique(d$cohort)))

  km <- at <- med <- rates <- NULL
  for (g in groups) {
    s <- if (g == "all") d else d[d$cohort == g, ]
    # R: survfit(Surv(months, closed) ~ 1, conf.type = "log-log"); std.err on the share's scale (fit$std.err * fit$surv,
    # what summary() prints; fit$std.err itself is Greenwood's on the log scale).
    fit <- survfit(Surv(months, closed) ~ 1, data = s, conf.type = "log-log")
    km <- rbind(km, data.frame(group = g, time = fit$time, n.risk = fit$n.risk, n.event = fit$n.event, n.censor = fit$n.censor,
                               surv = fit$surv, std.err = fit$std.err * fit$surv, lower = fit$lower, upper = fit$upper))
    # R: summary(fit, times = c(3, 6, 12)) (times past the last one are left out, as R does)
    sm <- summary(fit, times = c(3, 6, 12))
    if (length(sm$time) > 0)
      at <- rbind(at, data.frame(group = g, time = sm$time, n.risk = sm$n.risk, surv = sm$surv, std.err = sm$std.err,
                                 lower = sm$lower, upper = sm$upper))
    # R: quantile(fit, 0.5) (median match length and its limits; NA = not reached)
    q <- quantile(fit, 0.5)
    med <- rbind(med, data.frame(group = g, median = unname(q$quantile), lower = unname(q$lower), upper = unname(q$upper)))
    # R: prop.test(closed, ended, correct = FALSE)$conf.int (Wilson), ended = closed early or completed
    # ended = an outcome known by the analysis date (closed early by then, or completed by then)
    outcome_day <- as.Date(ifelse(s$status == "closed_early", s$end_date, s$planned_end_date))
    ended <- sum(s$status != "active" & outcome_day <= as_of)
    closed <- sum(s$closed)
    ci <- if (ended > 0) suppressWarnings(prop.test(closed, ended, correct = FALSE)$conf.int) else c(NA, NA)
    rates <- rbind(rates, data.frame(group = g, closed = closed, ended = ended, rate = if (ended > 0) closed / ended else NA,
                                     lower = ci[1], upper = ci[2]))
  }
  write_table(km, paste0(name, "-km.csv"))
  write_table(at, paste0(name, "-at.csv"))
  write_table(med, paste0(name, "-median.csv"))
  write_table(rates, paste0(name, "-rates.csv"))

  # R: survfit(Surv(months, closed) ~ 1, conf.type = "log-log") per group of each other roster attribute (site, ...)
  km_by <- NULL
  for (by in setdiff(inputs[[name]]$by, "cohort")) {
    for (g in sort(unique(d[[by]]))) {
      fit <- survfit(Surv(months, closed) ~ 1, data = d[d[[by]] == g, ], conf.type = "log-log")
      km_by <- rbind(km_by, data.frame(by = by, group = g, time = fit$time, n.risk = fit$n.risk, n.event = fit$n.event, n.censor = fit$n.censor,
                                       surv = fit$surv, std.err = fit$std.err * fit$surv, lower = fit$lower, upper = fit$upper))
    }
  }
  if (!is.null(km_by)) write_table(km_by, paste0(name, "-km-by.csv"))

  lr <- NULL
  for (by in inputs[[name]]$by) {
    # R: survdiff(Surv(months, closed) ~ <by>) (rho = 0)
    sd <- survdiff(as.formula(paste("Surv(months, closed) ~", by)), data = d)
    df <- sum(sd$exp > 0) - 1
    lr <- rbind(lr, data.frame(by = by, group = sub(".*=", "", names(sd$n)), n = as.vector(sd$n), observed = sd$obs,
                               expected = sd$exp, chisq = sd$chisq, df = df, p = pchisq(sd$chisq, df, lower.tail = FALSE)))
  }
  write_table(lr, paste0(name, "-logrank.csv"))

  # R: coxph(Surv(months, closed) ~ covariates, ties = "efron"); cox.zph(fit) (transform = "km")
  terms <- paste(sprintf("`%s`", covariates), collapse = " + ")
  fit <- coxph(as.formula(paste("Surv(months, closed) ~", terms)), data = d, ties = "efron")
  s <- summary(fit)
  cox <- data.frame(term = covariates, coef = unname(coef(fit)), se = unname(sqrt(diag(vcov(fit)))),
                    hr = unname(exp(coef(fit))), lower = unname(s$conf.int[, "lower .95"]), upper = unname(s$conf.int[, "upper .95"]),
                    z = unname(s$coefficients[, "z"]), p = unname(s$coefficients[, "Pr(>|z|)"]),
                    n = fit$n, events = fit$nevent, loglik0 = fit$loglik[1], loglik = fit$loglik[2],
                    lr = unname(s$logtest["test"]), lr_df = unname(s$logtest["df"]), lr_p = unname(s$logtest["pvalue"]))
  write_table(cox, paste0(name, "-cox.csv"))
  z <- cox.zph(fit)
  write_table(data.frame(term = c(covariates, "GLOBAL"), chisq = z$table[, "chisq"], df = z$table[, "df"], p = z$table[, "p"]),
              paste0(name, "-zph.csv"))
}
