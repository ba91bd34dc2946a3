-- The figures (GET /api/v1/stats, the figures page, the digests) read the
-- steps and cases they count from indexes alone: every column a figure
-- reads is in the index it walks, so PostgreSQL answers with index-only
-- scans and SQLite with covering indexes, in the order they group by.

-- +goose Up
-- Steps due in a period (all departments, or a few): on-time counts, the
-- median working time, the weekly trend.
DROP INDEX steps_due;
DROP INDEX steps_dept_due;
CREATE INDEX steps_due_cover ON steps (due_at, dept, process, state, on_time, work_minutes);
CREATE INDEX steps_dept_due_cover ON steps (dept, due_at, process, state, on_time, work_minutes);
-- Open steps: the cases overdue now per department and process (in that
-- order, so the count needs no sort), and the workload per person. done_at
-- (always NULL there) is in them so that SQLite, which does not infer it
-- from the index's WHERE, reads them as covering too.
DROP INDEX steps_open_dept;
CREATE INDEX steps_open_cover ON steps (dept, process, case_id, due_at, done_at) WHERE done_at IS NULL;
CREATE INDEX steps_open_login ON steps (login, dept, due_at, done_at) WHERE done_at IS NULL;
-- Cases opened and closed in a period, with the process and the opener.
DROP INDEX cases_created;
DROP INDEX cases_closed;
CREATE INDEX cases_created_cover ON cases (created_at, process, opener);
CREATE INDEX cases_closed_cover ON cases (state_since, process, opener, terminal) WHERE terminal;

-- +goose Down
DROP INDEX cases_closed_cover;
DROP INDEX cases_created_cover;
CREATE INDEX cases_created ON cases (created_at);
CREATE INDEX cases_closed ON cases (state_since) WHERE terminal;
DROP INDEX steps_open_login;
DROP INDEX steps_open_cover;
CREATE INDEX steps_open_dept ON steps (dept, due_at) WHERE done_at IS NULL;
DROP INDEX steps_dept_due_cover;
DROP INDEX steps_due_cover;
CREATE INDEX steps_due ON steps (due_at);
CREATE INDEX steps_dept_due ON steps (dept, due_at);
