-- Reliability (issue 20): a row the readiness check writes, so that /healthz
-- says 503 when the database cannot take a write (a full disk); and the
-- commit tokens that resolve a COMMIT whose outcome was lost with the
-- connection (store.DB.Tx writes one inside every retried transaction and
-- reads it back to learn whether the commit happened).

-- +goose Up
CREATE TABLE health_probe (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    at BIGINT NOT NULL
);

CREATE TABLE tx_commits (
    token TEXT PRIMARY KEY,
    at    BIGINT NOT NULL
);

-- +goose Down
DROP TABLE tx_commits;
DROP TABLE health_probe;
