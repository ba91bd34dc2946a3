-- The top bar's unread badge counts a user's unread in-app messages on
-- every page (issue 18): only unread rows are in the index, so the count
-- reads a handful of entries however long the user's history is.

-- +goose Up
CREATE INDEX notifications_unread ON notifications (login) WHERE channel = 'inbox' AND read_at IS NULL;

-- +goose Down
DROP INDEX notifications_unread;
