-- External parties in a case, so that a customer's or supplier's case
-- history is one indexed query.

-- +goose Up
ALTER TABLE case_access ADD COLUMN party TEXT NOT NULL DEFAULT '';
CREATE INDEX case_access_party ON case_access (party, case_id);

-- +goose Down
DROP INDEX case_access_party;
ALTER TABLE case_access DROP COLUMN party;
