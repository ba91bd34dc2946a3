-- The customer portal: links that let an external party read and act on one
-- case without an account, and the key that signs them.

-- +goose Up
-- A token is base64url(id || HMAC(key, id || nonce)); the row holds no token,
-- only the nonce, so a link is checked by recomputing its signature.
CREATE TABLE portal_links (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    nonce              TEXT NOT NULL,                 -- random, hex; part of the signed message
    case_id            INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    party              TEXT NOT NULL,                 -- the party id, e.g. huaxin
    email              TEXT NOT NULL,                 -- the contact the link was sent to, lower case
    created_at         INTEGER NOT NULL,
    expires_at         INTEGER NOT NULL,
    revoked_at         INTEGER,
    last_used_at       INTEGER,
    renew_requested_at INTEGER                        -- the last "send me a new link", for the hourly limit
);
CREATE INDEX portal_links_case ON portal_links (case_id, email);

-- The signing key, made on first use when none is configured: one row.
CREATE TABLE portal_secret (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    key        TEXT NOT NULL,                         -- hex
    created_at INTEGER NOT NULL
);

-- +goose Down
DROP TABLE portal_secret;
DROP TABLE portal_links;
