-- Files attached to cases, kept in the database (so replicas share them) in
-- chunks, so that a file is streamed in and out without being held whole.

-- +goose Up
CREATE TABLE attachments (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    event_seq  INTEGER NOT NULL DEFAULT 0,       -- the case event that records it
    action     TEXT NOT NULL DEFAULT '',         -- the action it belongs to, if any
    name       TEXT NOT NULL,
    size       INTEGER NOT NULL,
    sha256     TEXT NOT NULL,
    type       TEXT NOT NULL,                    -- sniffed from the content
    uploader   TEXT NOT NULL,                    -- a login, or party:ID
    created_at INTEGER NOT NULL
);
CREATE INDEX attachments_case ON attachments (case_id, id);

CREATE TABLE attachment_chunks (
    attachment_id INTEGER NOT NULL REFERENCES attachments (id) ON DELETE CASCADE,
    n             INTEGER NOT NULL,
    data          BLOB NOT NULL,
    PRIMARY KEY (attachment_id, n)
);

-- +goose Down
DROP TABLE attachment_chunks;
DROP TABLE attachments;
