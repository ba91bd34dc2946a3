-- Signed inbound webhooks: outside systems (the manual's 项目管理系统 and
-- 客户反馈系统) that open cases or add to them, one secret per source.

-- +goose Up
CREATE TABLE hook_sources (
    id         TEXT PRIMARY KEY,                 -- [a-z0-9-]+, the last segment of /api/v1/hooks/{id}
    name       TEXT NOT NULL,
    secret     TEXT NOT NULL,                    -- signs the requests (HMAC-SHA256), as our outbound webhooks
    actor      TEXT NOT NULL REFERENCES users (login), -- the user the source acts as
    created_at BIGINT NOT NULL
);

-- One row per source event, written in the transaction of its effect: the
-- key makes a repeated event id do nothing the second time.
CREATE TABLE hook_events (
    source      TEXT NOT NULL REFERENCES hook_sources (id) ON DELETE CASCADE,
    event_id    TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    case_id     BIGINT,
    answer      TEXT NOT NULL,                   -- the JSON answered, answered again to a repeat
    PRIMARY KEY (source, event_id)
);

-- +goose Down
DROP TABLE hook_events;
DROP TABLE hook_sources;
