# The 4×4 example of the Wikipedia article "Iterative proportional fitting", raked to
# convergence with R's survey package: one row per respondent, 800 in all, as in RakingTest.
# Run from this directory: Rscript rake-wikipedia.R
suppressMessages(library(survey))
seed <- matrix(c(40, 30, 20, 10,
                 35, 50, 100, 75,
                 30, 80, 70, 120,
                 20, 30, 40, 50), nrow = 4, byrow = TRUE)
cells <- expand.grid(row = 1:4, column = 1:4)
d <- cells[rep(seq_len(nrow(cells)), seed[cbind(cells$row, cells$column)]), ]
d$row <- factor(d$row)
d$column <- factor(d$column)
start <- svydesign(ids = ~1, weights = ~rep(1, nrow(d)), data = d)
rows <- data.frame(row = 1:4, Freq = c(150, 300, 400, 150))
columns <- data.frame(column = 1:4, Freq = c(200, 300, 400, 100))
raked <- rake(start, list(~row, ~column), list(rows, columns),
              control = list(maxit = 1000, epsilon = 1e-12, verbose = FALSE))
options(digits = 15)
print(round(xtabs(weights(raked) ~ row + column, data = d), 6))
