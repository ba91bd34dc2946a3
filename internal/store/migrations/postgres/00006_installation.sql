-- A random identity of this installation, so that delivery identities
-- (Message-ID, X-Liaison-Delivery) never repeat across installations or a
-- rebuilt database.

-- +goose Up
CREATE TABLE installation (
    id  INTEGER PRIMARY KEY CHECK (id = 1),
    uid TEXT NOT NULL
);

-- +goose Down
DROP TABLE installation;
