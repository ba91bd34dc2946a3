-- Indexes that every write paid for and no query needs (issue 16): each
-- is shadowed by a later one that serves the same queries.
--   notifications_due (status, next_at): the dispatcher's claim and next
--     due time read notifications_pending (next_at, id) WHERE status =
--     'pending' (00017);
--   notifications_login (login, channel, created_at): a user's messages
--     and marking them read use notifications_inbox (login, channel, id)
--     (00017);
--   cases_due (due_at): cases_due_id (due_at, id) (00013) has it as its
--     prefix.
-- Every action inserts notification rows and rewrites its case's due
-- time, so each is one B-tree fewer to change inside the single writer.
-- TestHotQueriesUseIndexes checks the plans without them.
--
-- And one index the case list needs: the rows through which every member
-- of a department plays a role (anyone), by department. A member's list
-- starts from their own access rows and these (ListCases); without it,
-- finding a department's "anyone" rows read every row of the department.
-- It holds only those rows, so it costs the writes little.

-- +goose Up
DROP INDEX notifications_due;
DROP INDEX notifications_login;
DROP INDEX cases_due;
CREATE INDEX case_access_anyone ON case_access (dept, case_id) WHERE anyone;

-- +goose Down
DROP INDEX case_access_anyone;
CREATE INDEX notifications_due ON notifications (status, next_at);
CREATE INDEX notifications_login ON notifications (login, channel, created_at);
CREATE INDEX cases_due ON cases (due_at);
