-- Keyset paging of the case lists (sorted by last change or by deadline)
-- and of a user's in-app messages.

-- +goose Up
CREATE INDEX cases_updated_id ON cases (updated_at, id);
CREATE INDEX cases_due_id ON cases (due_at, id);
CREATE INDEX notifications_login_id ON notifications (login, channel, id);

-- +goose Down
DROP INDEX notifications_login_id;
DROP INDEX cases_due_id;
DROP INDEX cases_updated_id;
