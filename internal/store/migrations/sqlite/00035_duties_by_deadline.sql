-- A user's duties (the administration's page and API, a page at a time)
-- sorted every open case the user plays a role in to find each page: at a
-- million cases 1.4–1.7 s a page for a contact of half a million. The rows
-- of people (not "anyone of the department") in deadline order, from the
-- deadline each access row carries (migration 00032), read a page.

-- +goose Up
CREATE INDEX case_access_duties ON case_access (login, due_at, case_id, role) WHERE NOT anyone;

-- +goose Down
DROP INDEX case_access_duties;
