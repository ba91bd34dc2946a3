-- Keyset paging of the case lists (sorted by last change or by deadline)
-- and of a user's in-app messages; the search index (internal/search cuts
-- the terms: bigrams of Chinese text, words of Latin text); the steps that
-- the figures count.

-- +goose Up
CREATE INDEX cases_updated_id ON cases (updated_at, id);
CREATE INDEX cases_due_id ON cases (due_at, id);
CREATE INDEX notifications_login_id ON notifications (login, channel, id);

-- One row per term and case: weight = occurrences (a title's count ten
-- times). Read by the primary key: term IN (…) → case ids.
CREATE TABLE search_terms (
    term    TEXT NOT NULL,
    case_id BIGINT NOT NULL,
    weight  BIGINT NOT NULL,
    PRIMARY KEY (term, case_id)
);

-- A case's searchable text (title, fields, comments, attachment names),
-- for the snippet of a hit.
CREATE TABLE search_text (
    case_id BIGINT PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    body    TEXT NOT NULL
);

-- +goose Down
DROP TABLE search_text;
DROP TABLE search_terms;
DROP INDEX notifications_login_id;
DROP INDEX cases_due_id;
DROP INDEX cases_updated_id;
