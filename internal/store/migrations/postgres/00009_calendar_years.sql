-- Years of holiday data an administrator has checked against the State
-- Council notice (the built-in data for years after 2026 comes from
-- lunar-go alone; see docs/operations.md).

-- +goose Up
CREATE TABLE calendar_years (
    year         INTEGER PRIMARY KEY,
    confirmed_by TEXT NOT NULL,
    confirmed_at BIGINT NOT NULL
);

-- +goose Down
DROP TABLE calendar_years;
