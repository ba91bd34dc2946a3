-- The weekly digest to each head (kind 'digest'): a notification about no
-- single case, so case_id may be NULL (SQLite rebuilds the table for that);
-- digests records which department's digest of which week was queued, so
-- each goes out once.

-- +goose Up
CREATE TABLE notifications_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id     INTEGER REFERENCES cases (id) ON DELETE CASCADE,
    event_seq   INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    recipient   TEXT NOT NULL,
    login       TEXT NOT NULL DEFAULT '',
    channel     TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    next_at     INTEGER NOT NULL,
    lease_until INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT NOT NULL DEFAULT '',
    payload     TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    sent_at     INTEGER,
    read_at     INTEGER,
    UNIQUE (case_id, event_seq, recipient, channel, kind)
);
INSERT INTO notifications_new (id, case_id, event_seq, kind, recipient, login, channel, status, attempts, next_at, lease_until, last_error, payload, created_at, sent_at, read_at)
    SELECT id, case_id, event_seq, kind, recipient, login, channel, status, attempts, next_at, lease_until, last_error, payload, created_at, sent_at, read_at FROM notifications;
DROP TABLE notifications;
ALTER TABLE notifications_new RENAME TO notifications;
CREATE INDEX notifications_due ON notifications (status, next_at);
CREATE INDEX notifications_login ON notifications (login, channel, created_at);

CREATE TABLE digests (
    dept      TEXT NOT NULL,
    week      TEXT NOT NULL,                 -- the Monday, YYYY-MM-DD
    queued_at INTEGER NOT NULL,
    PRIMARY KEY (dept, week)
);

-- +goose Down
DROP TABLE digests;
DELETE FROM notifications WHERE case_id IS NULL;
