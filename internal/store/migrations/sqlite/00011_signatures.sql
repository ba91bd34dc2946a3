-- The installation's Ed25519 signing keys (the newest unretired one signs;
-- retired ones stay for verification) and the server's signature of every
-- document signed in a case.

-- +goose Up
CREATE TABLE signing_keys (
    fingerprint TEXT PRIMARY KEY,                -- hex SHA-256 of the public key
    public_key  TEXT NOT NULL,                   -- base64, 32 bytes
    private_key TEXT NOT NULL,                   -- base64 seed, 32 bytes
    created_at  INTEGER NOT NULL,
    retired_at  INTEGER
);

CREATE TABLE signatures (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id   INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    event_seq INTEGER NOT NULL,                  -- the event of the signing action
    document  TEXT NOT NULL,                     -- the document's id, e.g. form
    role      TEXT NOT NULL DEFAULT '',
    signer    TEXT NOT NULL,
    at        INTEGER NOT NULL,
    sha256    TEXT NOT NULL,                     -- of canonical
    canonical TEXT NOT NULL,                     -- the document's canonical JSON as signed
    key       TEXT NOT NULL,                     -- the signing key's fingerprint
    signature TEXT NOT NULL                      -- base64 Ed25519 over archive.SignatureMessage
);
CREATE INDEX signatures_case ON signatures (case_id, id);

-- +goose Down
DROP TABLE signatures;
DROP TABLE signing_keys;
