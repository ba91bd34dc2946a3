-- Case keys from one sequence per key prefix and year on PostgreSQL
-- (issue 16): see the PostgreSQL migration of the same number. SQLite has
-- one writer, so the counter rows of case_keys are no queue there and
-- stay as they are; this migration only keeps the two dialects' versions
-- in step.

-- +goose Up
SELECT 1;

-- +goose Down
SELECT 1;
