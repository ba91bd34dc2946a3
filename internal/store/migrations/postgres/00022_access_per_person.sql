-- A role may be played by several people (the attendees of a meeting, the
-- owners of its action items): who has a part in a case is one row per
-- role and person, not per role.

-- +goose Up
ALTER TABLE case_access DROP CONSTRAINT case_access_pkey;
ALTER TABLE case_access ADD PRIMARY KEY (case_id, role, login, party);

-- +goose Down
DELETE FROM case_access a USING case_access b
    WHERE a.case_id = b.case_id AND a.role = b.role AND (a.login, a.party) > (b.login, b.party);
ALTER TABLE case_access DROP CONSTRAINT case_access_pkey;
ALTER TABLE case_access ADD PRIMARY KEY (case_id, role);
