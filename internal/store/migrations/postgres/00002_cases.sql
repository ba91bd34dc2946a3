-- Cases, their append-only events, durable timers, the notification outbox,
-- calendar overrides and the simulated clock.

-- +goose Up
CREATE TABLE cases (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,          -- e.g. XZ-2026-0001
    process     TEXT NOT NULL,
    state       TEXT NOT NULL,
    terminal    BOOLEAN NOT NULL DEFAULT FALSE,
    title       TEXT NOT NULL,
    opener      TEXT NOT NULL,
    data        JSONB NOT NULL,                -- JSON: fields, participants, signatures, items, done
    due_at      BIGINT,                       -- the earliest deadline waiting, NULL when none
    state_since BIGINT NOT NULL,
    version     BIGINT NOT NULL,
    event_seq   BIGINT NOT NULL DEFAULT 0,    -- the last event's seq
    event_hash  TEXT NOT NULL DEFAULT '',      -- the last event's hash (the chain's head)
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL
);
CREATE INDEX cases_process_state ON cases (process, state);
CREATE INDEX cases_due ON cases (due_at);

-- The next number of each key prefix and year.
CREATE TABLE case_keys (
    prefix TEXT NOT NULL,
    year   BIGINT NOT NULL,
    last   BIGINT NOT NULL,
    PRIMARY KEY (prefix, year)
);

-- Who has a part in a case: one row per participant. acts = must act now.
-- anyone = every member of dept plays the role (e.g. 法务部).
CREATE TABLE case_access (
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    role    TEXT NOT NULL,
    login   TEXT NOT NULL DEFAULT '',
    dept    TEXT NOT NULL DEFAULT '',
    anyone  BOOLEAN NOT NULL DEFAULT FALSE,
    acts    BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (case_id, role)
);
CREATE INDEX case_access_login ON case_access (login, case_id);
CREATE INDEX case_access_dept ON case_access (dept, case_id);

CREATE TABLE case_events (
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    seq     BIGINT NOT NULL,
    at      BIGINT NOT NULL,
    actor   TEXT NOT NULL,
    type    TEXT NOT NULL,
    action  TEXT NOT NULL DEFAULT '',
    body    TEXT NOT NULL,                     -- JSON of the event
    hash    TEXT NOT NULL,                     -- SHA-256(prev hash || body)
    PRIMARY KEY (case_id, seq)
);

-- Pending timers only: a fired or cancelled timer is deleted, in the same
-- transaction as its effects.
CREATE TABLE timers (
    id      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    name    TEXT NOT NULL,
    scope   TEXT NOT NULL,
    kind    TEXT NOT NULL,
    due_at  BIGINT NOT NULL,
    data    TEXT NOT NULL DEFAULT '{}',
    UNIQUE (case_id, name)
);
CREATE INDEX timers_due ON timers (due_at);

-- The notification outbox: one row per (case, event, recipient, channel, kind).
CREATE TABLE notifications (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id     BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    event_seq   BIGINT NOT NULL,
    kind        TEXT NOT NULL,
    recipient   TEXT NOT NULL,                 -- login, email address, or robot name
    login       TEXT NOT NULL DEFAULT '',      -- the user, when the recipient is one
    channel     TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    attempts    BIGINT NOT NULL DEFAULT 0,
    next_at     BIGINT NOT NULL,
    lease_until BIGINT NOT NULL DEFAULT 0,
    last_error  TEXT NOT NULL DEFAULT '',
    payload     TEXT NOT NULL,                 -- JSON: the message and its target
    created_at  BIGINT NOT NULL,
    sent_at     BIGINT,
    read_at     BIGINT,
    UNIQUE (case_id, event_seq, recipient, channel, kind)
);
CREATE INDEX notifications_due ON notifications (status, next_at);
CREATE INDEX notifications_login ON notifications (login, channel, created_at);

CREATE TABLE calendar_overrides (
    date       TEXT PRIMARY KEY,               -- YYYY-MM-DD
    workday    BOOLEAN NOT NULL,
    name       TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);

-- The simulated clock of --dev-clock: one row, shared by every replica.
CREATE TABLE dev_clock (
    id  INTEGER PRIMARY KEY CHECK (id = 1),
    now BIGINT NOT NULL
);

-- +goose Down
DROP TABLE dev_clock;
DROP TABLE calendar_overrides;
DROP TABLE notifications;
DROP TABLE timers;
DROP TABLE case_events;
DROP TABLE case_access;
DROP TABLE case_keys;
DROP TABLE cases;
