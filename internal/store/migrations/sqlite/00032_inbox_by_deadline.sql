-- The inbox reads a page, not every waiting case (issue 16): each access row
-- carries its case's deadline (cases.due_at, kept equal by the commit that
-- changes either: store.SyncAccessDue), so a viewer's waiting rows can be
-- read in deadline order from an index and stop after a page. Before, the
-- inbox's order needed the deadline of every case the viewer waits on.

-- +goose Up
ALTER TABLE case_access ADD COLUMN due_at BIGINT;
UPDATE case_access SET due_at = (SELECT c.due_at FROM cases c WHERE c.id = case_access.case_id);
CREATE INDEX case_access_waiting_login_due ON case_access (login, due_at, case_id) WHERE acts;
CREATE INDEX case_access_waiting_dept_due ON case_access (dept, due_at, case_id) WHERE acts AND anyone AND dept <> '';

-- +goose Down
DROP INDEX case_access_waiting_dept_due;
DROP INDEX case_access_waiting_login_due;
ALTER TABLE case_access DROP COLUMN due_at;
