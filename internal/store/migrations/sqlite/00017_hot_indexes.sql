-- Indexes for the queries that must stay fast with a million cases and ten
-- million events (issue 16); each query's plan is checked with EXPLAIN in
-- internal/store/explain_test.go on both dialects.

-- +goose Up
-- The inbox: the cases where a user, or anyone of their department, must act.
CREATE INDEX case_access_waiting_login ON case_access (login, case_id) WHERE acts;
CREATE INDEX case_access_waiting_dept ON case_access (dept, case_id) WHERE acts AND anyone;
-- The timer runner: due timers in order, without a sort.
CREATE INDEX timers_due_id ON timers (due_at, id);
DROP INDEX timers_due;
-- The delivery dispatcher: only pending rows, in the order they are claimed;
-- sent rows (nearly all of them) are not in the index.
CREATE INDEX notifications_pending ON notifications (next_at, id) WHERE status = 'pending';
-- A user's in-app messages, newest first.
CREATE INDEX notifications_inbox ON notifications (login, channel, id);

-- +goose Down
DROP INDEX notifications_inbox;
DROP INDEX notifications_pending;
CREATE INDEX timers_due ON timers (due_at);
DROP INDEX timers_due_id;
DROP INDEX case_access_waiting_dept;
DROP INDEX case_access_waiting_login;
