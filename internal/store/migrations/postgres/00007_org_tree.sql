-- The organisation as a tree: a department may sit under another (管理层 at
-- the top, say), so that a head sees and is escalated to for the departments
-- below. NULL is a top-level department.

-- +goose Up
ALTER TABLE departments ADD COLUMN parent_id TEXT REFERENCES departments (id);
CREATE INDEX departments_parent ON departments (parent_id);

-- +goose Down
DROP INDEX departments_parent;
ALTER TABLE departments DROP COLUMN parent_id;
