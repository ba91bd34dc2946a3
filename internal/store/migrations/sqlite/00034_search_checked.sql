-- The search index's catch-up (cases.Reindex) looks for cases without an
-- entry — cases from before the index. It read every case at every start
-- (at a million cases, seconds of a core and the whole table through the
-- page cache). It now records the case id up to which every case is known
-- to have its entry, and looks only above it.

-- +goose Up
CREATE TABLE search_checked (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    upto BIGINT NOT NULL
);

-- +goose Down
DROP TABLE search_checked;
