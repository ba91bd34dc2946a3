-- Group robots and webhooks per department, configured by administrators.

-- +goose Up
CREATE TABLE dept_channels (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    dept_id    TEXT NOT NULL REFERENCES departments (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('dingtalk', 'wecom', 'feishu', 'webhook')),
    name       TEXT NOT NULL UNIQUE,           -- the notification's recipient in the API
    url        TEXT NOT NULL,
    secret     TEXT NOT NULL DEFAULT '',
    kinds      TEXT NOT NULL DEFAULT '[]',     -- JSON array of notification kinds; empty = all
    enabled    INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL
);
CREATE INDEX dept_channels_dept ON dept_channels (dept_id);

-- +goose Down
DROP TABLE dept_channels;
