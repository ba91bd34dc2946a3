-- The weekly digest to each head (kind 'digest'): a notification about no
-- single case, so case_id may be NULL; digests records which department's
-- digest of which week was queued, so each goes out once across replicas.

-- +goose Up
ALTER TABLE notifications ALTER COLUMN case_id DROP NOT NULL;
CREATE TABLE digests (
    dept      TEXT NOT NULL,
    week      TEXT NOT NULL,                 -- the Monday, YYYY-MM-DD
    queued_at BIGINT NOT NULL,
    PRIMARY KEY (dept, week)
);

-- +goose Down
DROP TABLE digests;
DELETE FROM notifications WHERE case_id IS NULL;
ALTER TABLE notifications ALTER COLUMN case_id SET NOT NULL;
