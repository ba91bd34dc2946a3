-- A role may be played by several people (the attendees of a meeting, the
-- owners of its action items): who has a part in a case is one row per
-- role and person, not per role.

-- +goose Up
CREATE TABLE case_access_new (
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    role    TEXT NOT NULL,
    login   TEXT NOT NULL DEFAULT '',
    dept    TEXT NOT NULL DEFAULT '',
    anyone  INTEGER NOT NULL DEFAULT 0,
    acts    INTEGER NOT NULL DEFAULT 0,
    party   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, role, login, party)
);
INSERT INTO case_access_new (case_id, role, login, dept, anyone, acts, party)
    SELECT case_id, role, login, dept, anyone, acts, party FROM case_access;
DROP TABLE case_access;
ALTER TABLE case_access_new RENAME TO case_access;
CREATE INDEX case_access_login ON case_access (login, case_id);
CREATE INDEX case_access_dept ON case_access (dept, case_id);
CREATE INDEX case_access_party ON case_access (party, case_id);
CREATE INDEX case_access_waiting_login ON case_access (login, case_id) WHERE acts;
CREATE INDEX case_access_waiting_dept ON case_access (dept, case_id) WHERE acts AND anyone;

-- +goose Down
CREATE TABLE case_access_old (
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    role    TEXT NOT NULL,
    login   TEXT NOT NULL DEFAULT '',
    dept    TEXT NOT NULL DEFAULT '',
    anyone  INTEGER NOT NULL DEFAULT 0,
    acts    INTEGER NOT NULL DEFAULT 0,
    party   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, role)
);
INSERT OR IGNORE INTO case_access_old (case_id, role, login, dept, anyone, acts, party)
    SELECT case_id, role, login, dept, anyone, acts, party FROM case_access;
DROP TABLE case_access;
ALTER TABLE case_access_old RENAME TO case_access;
CREATE INDEX case_access_login ON case_access (login, case_id);
CREATE INDEX case_access_dept ON case_access (dept, case_id);
CREATE INDEX case_access_party ON case_access (party, case_id);
CREATE INDEX case_access_waiting_login ON case_access (login, case_id) WHERE acts;
CREATE INDEX case_access_waiting_dept ON case_access (dept, case_id) WHERE acts AND anyone;
