-- Keyset paging of the case lists (sorted by last change or by deadline;
-- a user's messages page on notifications_inbox of 00017); the search index
-- (internal/search cuts the terms: bigrams of Chinese text, words of Latin
-- text); the steps that the figures count.

-- +goose Up
CREATE INDEX cases_updated_id ON cases (updated_at, id);
CREATE INDEX cases_due_id ON cases (due_at, id);
-- The figures: cases opened, and closed, in a period.
CREATE INDEX cases_created ON cases (created_at);
CREATE INDEX cases_closed ON cases (state_since) WHERE terminal;

-- One row per term and case: weight = occurrences (a title's count ten
-- times). Read by the primary key: term IN (…) → case ids.
CREATE TABLE search_terms (
    term    TEXT NOT NULL,
    case_id INTEGER NOT NULL,
    weight  INTEGER NOT NULL,
    PRIMARY KEY (term, case_id)
) WITHOUT ROWID;

-- A case's searchable text (title, fields, comments, attachment names),
-- for the snippet of a hit.
CREATE TABLE search_text (
    case_id INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    body    TEXT NOT NULL
);

-- A waiting step with a deadline (CONTRACT §11): written when it starts and
-- closed when it ends, in the case's transaction. It counts for dept (the
-- department of who owes it); work_minutes is the working time it took.
CREATE TABLE steps (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id      INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    process      TEXT NOT NULL,
    step         TEXT NOT NULL,                -- state@entered/role, or item:N/role
    state        TEXT NOT NULL DEFAULT '',     -- the state waited in, or the item's kind (feedback)
    role         TEXT NOT NULL,
    login        TEXT NOT NULL DEFAULT '',
    dept         TEXT NOT NULL DEFAULT '',
    started_at   INTEGER NOT NULL,
    due_at       INTEGER NOT NULL,
    done_at      INTEGER,
    on_time      INTEGER,
    work_minutes INTEGER
);
CREATE INDEX steps_case_open ON steps (case_id) WHERE done_at IS NULL;
CREATE INDEX steps_dept_due ON steps (dept, due_at);
CREATE INDEX steps_due ON steps (due_at);
CREATE INDEX steps_open_dept ON steps (dept, due_at) WHERE done_at IS NULL;

-- +goose Down
DROP TABLE steps;
DROP TABLE search_text;
DROP TABLE search_terms;
DROP INDEX cases_closed;
DROP INDEX cases_created;
DROP INDEX cases_due_id;
DROP INDEX cases_updated_id;
