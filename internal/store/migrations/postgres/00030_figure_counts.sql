-- Running totals of the figures (GET /api/v1/stats, the figures page, the
-- digests), kept in each case's own transaction by the code that changes
-- the case and its steps (store.Tally), so that the figures read a few
-- hundred counts instead of every case and step of the period. A row
-- counts what kind says, on a local day (Asia/Shanghai, the calendar's
-- zone: day = (micros + 8 h) / 24 h), for the dimensions that kind has;
-- the others are '' or 0:
--   opened  cases opened that day          process, login (the opener)
--   closed  terminal cases, by the day they ended   process, login
--   due     steps due that day             dept, process, state; on_time
--   work    done steps due that day, by working time in whole hours
--           (bucket = work_minutes / 60)   dept, process, bucket
--   open    open steps due that day        dept, login
--   late    cases with open steps a department owes, by the day of the
--           earliest of them               dept, process
-- Rows whose counts fall to zero are deleted. store.RebuildFigureCounts
-- recomputes the same rows from the cases and steps.

-- +goose Up
-- The key includes the counts, so that the figures read the totals by
-- index-only scans (of the pages autovacuum has marked all-visible).
CREATE TABLE figure_counts (
    kind    TEXT NOT NULL,
    day     BIGINT NOT NULL,
    dept    TEXT NOT NULL DEFAULT '',
    process TEXT NOT NULL DEFAULT '',
    state   TEXT NOT NULL DEFAULT '',
    login   TEXT NOT NULL DEFAULT '',
    bucket  BIGINT NOT NULL DEFAULT 0,
    n       BIGINT NOT NULL,
    on_time BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, day, dept, process, state, login, bucket) INCLUDE (n, on_time)
);

INSERT INTO figure_counts (kind, day, process, login, n)
    SELECT 'opened', (created_at + 28800000000) / 86400000000, process, opener, COUNT(*) FROM cases
    GROUP BY (created_at + 28800000000) / 86400000000, process, opener;
INSERT INTO figure_counts (kind, day, process, login, n)
    SELECT 'closed', (state_since + 28800000000) / 86400000000, process, opener, COUNT(*) FROM cases WHERE terminal
    GROUP BY (state_since + 28800000000) / 86400000000, process, opener;
INSERT INTO figure_counts (kind, day, dept, process, state, n, on_time)
    SELECT 'due', (due_at + 28800000000) / 86400000000, dept, process, state, COUNT(*), SUM(CASE WHEN on_time THEN 1 ELSE 0 END) FROM steps
    GROUP BY (due_at + 28800000000) / 86400000000, dept, process, state;
INSERT INTO figure_counts (kind, day, dept, process, bucket, n)
    SELECT 'work', (due_at + 28800000000) / 86400000000, dept, process, work_minutes / 60, COUNT(*) FROM steps WHERE work_minutes IS NOT NULL
    GROUP BY (due_at + 28800000000) / 86400000000, dept, process, work_minutes / 60;
INSERT INTO figure_counts (kind, day, dept, login, n)
    SELECT 'open', (due_at + 28800000000) / 86400000000, dept, login, COUNT(*) FROM steps WHERE done_at IS NULL
    GROUP BY (due_at + 28800000000) / 86400000000, dept, login;
INSERT INTO figure_counts (kind, day, dept, process, n)
    SELECT 'late', (first_due + 28800000000) / 86400000000, dept, process, COUNT(*)
    FROM (SELECT dept, process, MIN(due_at) AS first_due FROM steps WHERE done_at IS NULL GROUP BY case_id, dept, process) f
    GROUP BY (first_due + 28800000000) / 86400000000, dept, process;

-- What the totals cannot hold is read from the steps by index: the steps
-- due in part of a day (a period that does not start at midnight, and today
-- up to now) and the working times of one department's done steps, to find
-- the median within its hour. These replace the scans of every open step
-- (overdue now, the workload) that the totals took over.
DROP INDEX steps_open_cover;
DROP INDEX steps_open_login;
DROP INDEX steps_dept_due_cover;
CREATE INDEX steps_open_due ON steps (due_at, dept, process, login, case_id, done_at) WHERE done_at IS NULL;
CREATE INDEX steps_work ON steps (dept, process, work_minutes, due_at) WHERE work_minutes IS NOT NULL;

-- +goose Down
DROP INDEX steps_work;
DROP INDEX steps_open_due;
CREATE INDEX steps_dept_due_cover ON steps (dept, due_at, process, state, on_time, work_minutes);
CREATE INDEX steps_open_login ON steps (login, dept, due_at, done_at) WHERE done_at IS NULL;
CREATE INDEX steps_open_cover ON steps (dept, process, case_id, due_at, done_at) WHERE done_at IS NULL;
DROP TABLE figure_counts;
