-- Where people work: each user's calendar feed key, and the mail read from
-- the company's mailbox (replies that became comments, and the queue of
-- mail an administrator must look at).

-- +goose Up
-- The key of a user's iCalendar feed (GET /api/v1/me/calendar.ics?key=…);
-- the feed needs no other credential, so the key is the secret.
CREATE TABLE calendar_keys (
    login      TEXT PRIMARY KEY REFERENCES users (login) ON DELETE CASCADE,
    key        TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);

-- One row per inbound mail, by its Message-ID: the unique key makes each
-- mail count once across restarts and replicas (the row is written in the
-- transaction of the comment it makes).
CREATE TABLE inbound_mail (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_id  TEXT NOT NULL UNIQUE,
    received_at BIGINT NOT NULL,
    from_addr   TEXT NOT NULL,
    subject     TEXT NOT NULL,
    body        TEXT NOT NULL,           -- the decoded text, quotes and signature trimmed
    size        BIGINT NOT NULL,        -- bytes of the raw mail
    status      TEXT NOT NULL,           -- commented, feedback, queued, refused, ignored, dismissed
    reason      TEXT NOT NULL,           -- why queued, refused or ignored
    case_id     BIGINT REFERENCES cases (id) ON DELETE SET NULL,
    actor       TEXT NOT NULL,           -- the login or party:ID it acted as, '' when it did not act
    handled_by  TEXT,                    -- the administrator who dismissed a queued mail
    handled_at  BIGINT
);
CREATE INDEX inbound_mail_status ON inbound_mail (status, id);

-- +goose Down
DROP TABLE inbound_mail;
DROP TABLE calendar_keys;
