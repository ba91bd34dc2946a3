-- Sign-in with the company's identity provider (issue 15): which liaison
-- user an OpenID Connect subject signs in as. A row is made by an
-- administrator (an explicit mapping) or on a first sign-in matched by email
-- or that created the user; the subject then keeps signing in as that user
-- whatever its email becomes.

-- +goose Up
CREATE TABLE oidc_identities (
    issuer     TEXT NOT NULL,
    subject    TEXT NOT NULL,
    login      TEXT NOT NULL REFERENCES users(login) ON DELETE CASCADE,
    email      TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    PRIMARY KEY (issuer, subject)
);
CREATE INDEX oidc_identities_login ON oidc_identities (login);

-- +goose Down
DROP TABLE oidc_identities;
