-- Personal work notifications (issue 15): a user's mobile number (to look
-- them up on a chat platform) and their identity on each platform, as a
-- JSON object {"dingtalk":"userid","wecom":"UserID","feishu":"user_id"}
-- that an administrator sets or imports.

-- +goose Up
ALTER TABLE users ADD COLUMN mobile TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN chat_ids TEXT NOT NULL DEFAULT '{}';

-- +goose Down
ALTER TABLE users DROP COLUMN chat_ids;
ALTER TABLE users DROP COLUMN mobile;
