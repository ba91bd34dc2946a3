-- Sign-in attempts counted per login and per address (issue 20): a row per
-- key holds the attempts since the window began. An attempt is reserved by
-- one atomic upsert BEFORE its password is hashed, so parallel attempts on
-- any number of replicas cannot all pass the limit; a successful sign-in
-- gives its reservation back.

-- +goose Up
CREATE TABLE signin_limits (
    name  TEXT PRIMARY KEY,
    since BIGINT NOT NULL,
    n     INTEGER NOT NULL
);

-- +goose Down
DROP TABLE signin_limits;
