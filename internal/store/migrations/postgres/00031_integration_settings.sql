-- The company's identity provider and chat apps as an administrator set
-- them on the admin page or through the API (issue 15), so that they take
-- effect without a restart and replicas share them. One row per setting
-- (oidc, dingtalk_app, wecom_app, feishu_app); value is the same query
-- string as the environment variable it stands for (LIAISON_OIDC, …),
-- secrets included: they are never shown back. An environment variable, when
-- set, wins over its row.

-- +goose Up
CREATE TABLE integration_settings (
    name       TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
);

-- +goose Down
DROP TABLE integration_settings;
