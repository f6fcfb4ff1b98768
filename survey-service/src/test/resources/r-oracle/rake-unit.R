# Independent check of Raking and UnitEstimator with R's survey package (Debian r-cran-survey).
# Run from this directory: Rscript rake-unit.R
# RakingOracleTest holds the numbers it prints; R is not part of the build.
suppressMessages(library(survey))
d <- read.csv("unit.csv", na.strings = "", stringsAsFactors = TRUE)
n <- nrow(d)
d$sex <- factor(d$sex, levels = c("female", "male"))
d$age <- factor(d$age, levels = c("18-39", "40-59", "60+"))
start <- svydesign(ids = ~1, weights = ~rep(1, n), data = d)
# Population margins as totals for n respondents, so that the mean raked weight is 1.
sex <- data.frame(sex = levels(d$sex), Freq = c(0.52, 0.48) * n)
age <- data.frame(age = levels(d$age), Freq = c(0.35, 0.40, 0.25) * n)
raked <- rake(start, list(~age, ~sex), list(age, sex),
              control = list(maxit = 1000, epsilon = 1e-12, verbose = FALSE))
d$w <- weights(raked)
options(digits = 15)
cat("weights by cell\n")
print(unique(d[order(d$sex, d$age), c("sex", "age", "w")]), row.names = FALSE)
# The estimator of UnitEstimate: weights only, with replacement, no calibration credit.
weightsOnly <- svydesign(ids = ~1, weights = ~w, data = d)
m <- svymean(~score, weightsOnly)
cat("weighted score", coef(m), "standard error", SE(m), "\n")
g <- svymean(~gain, subset(weightsOnly, !is.na(gain)))
cat("weighted gain", coef(g), "standard error", SE(g), "\n")
cat("Kish effective sample size", sum(d$w)^2 / sum(d$w^2), "\n")
cat("z", qnorm(0.975), "\n")
# For comparison only: the calibrated design's smaller standard error.
cat("calibrated standard error", SE(svymean(~score, raked)), "\n")
