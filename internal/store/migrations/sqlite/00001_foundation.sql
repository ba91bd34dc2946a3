-- The foundation: the organisation, external parties, sign-in and the audit trail.
-- Timestamps are unix microseconds UTC; booleans are 0/1; JSON is TEXT.

-- +goose Up
CREATE TABLE departments (
    id         TEXT PRIMARY KEY,             -- fixed, e.g. 'market'
    name_zh    TEXT NOT NULL,
    name_en    TEXT NOT NULL,
    head_login TEXT REFERENCES users (login) ON UPDATE CASCADE ON DELETE SET NULL
);

CREATE TABLE users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    login         TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    email         TEXT NOT NULL DEFAULT '',
    dept_id       TEXT REFERENCES departments (id),
    admin         INTEGER NOT NULL DEFAULT 0,
    roles         TEXT NOT NULL DEFAULT '[]',  -- JSON array, e.g. ["account_manager"]
    lang          TEXT NOT NULL DEFAULT 'zh' CHECK (lang IN ('zh', 'en')),
    email_notify  INTEGER NOT NULL DEFAULT 1,
    password_hash TEXT NOT NULL,               -- argon2id, PHC string
    disabled      INTEGER NOT NULL DEFAULT 0,
    created_at    INTEGER NOT NULL
);
CREATE INDEX users_dept ON users (dept_id);

CREATE TABLE parties (
    id   TEXT PRIMARY KEY,                     -- e.g. 'huaxin'
    kind TEXT NOT NULL CHECK (kind IN ('customer', 'supplier', 'partner')),
    name TEXT NOT NULL
);

CREATE TABLE party_contacts (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    party_id   TEXT NOT NULL REFERENCES parties (id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    email      TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT '',
    is_primary INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX party_contacts_party ON party_contacts (party_id);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,               -- SHA-256 hex of the token; the token itself is never stored
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('api', 'browser')),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    last_ip    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expires ON sessions (expires_at);

CREATE TABLE audit_log (
    id     INTEGER PRIMARY KEY AUTOINCREMENT,
    at     INTEGER NOT NULL,
    actor  TEXT NOT NULL,                      -- a login, or '-' when nobody is signed in
    action TEXT NOT NULL,                      -- e.g. 'login', 'login_failed'
    target TEXT NOT NULL DEFAULT '',
    ip     TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '{}'          -- JSON object
);
-- The login rate limits count recent failures by target (login) and by address.
CREATE INDEX audit_log_action_target_at ON audit_log (action, target, at);
CREATE INDEX audit_log_action_ip_at ON audit_log (action, ip, at);
CREATE INDEX audit_log_at ON audit_log (at);

-- +goose Down
DROP TABLE audit_log;
DROP TABLE sessions;
DROP TABLE party_contacts;
DROP TABLE parties;
DROP TABLE departments;
DROP TABLE users;
