-- The organisation's version: one number that every change of departments,
-- users, parties, their contacts or department channels raises, by trigger,
-- in the changing transaction. The case service keeps the organisation in
-- memory and reads this one row per action to know whether its copy is
-- still current; replicas sharing the database see each other's changes the
-- same way, and no code path can forget to raise it (issue 16).

-- +goose Up
CREATE TABLE org_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO org_version (id, version) VALUES (1, 1);

-- +goose StatementBegin
CREATE TRIGGER departments_insert_org_version AFTER INSERT ON departments
BEGIN
    UPDATE org_version SET version = version + 1 WHERE id = 1;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER departments_update_org_version AFTER UPDATE ON departments
BEGIN
    UPDATE org_version SET version = version + 1 WHERE id = 1;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER departments_delete_org_version AFTER DELETE ON departments
BEGIN
    UPDATE org_version SET version = version + 1 WHERE id = 1;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER users_insert_org_version AFTER INSERT ON users
BEGIN
    UPDATE org_version SET version = version + 1 WHERE id = 1;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER users_update_org_version AFTER UPDATE ON users
BEGIN
    UPDATE org_version SET version = version + 1 WHERE id = 1;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER users_delete_org_version AFTER DELETE ON users
BEGIN
    UPDATE org_version SET version = version + 1 WHERE id = 1;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER parties_insert_org_version AFTER INSERT ON parties
BEGIN
    UPDATE org_version SET version = version + 1 WHERE id = 1;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER parties_update_org_version AFTER UPDATE ON parties
BEGIN
    UPDATE org_version SET version = version + 1 WHERE id = 1;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER parties_delete_org_version AFTER DELETE ON parties
BEGIN
    UPDATE org_version SET version = version + 1 WHERE id = 1;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER party_contacts_insert_org_version AFTER INSERT ON party_contacts
BEGIN
    UPDATE org_version SET version = version + 1 WHERE id = 1;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER party_contacts_update_org_version AFTER UPDATE ON party_contacts
BEGIN
    UPDATE org_version SET version = version + 1 WHERE id = 1;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER party_contacts_delete_org_version AFTER DELETE ON party_contacts
BEGIN
    UPDATE org_version SET version = version + 1 WHERE id = 1;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER dept_channels_insert_org_version AFTER INSERT ON dept_channels
BEGIN
    UPDATE org_version SET version = version + 1 WHERE id = 1;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER dept_channels_update_org_version AFTER UPDATE ON dept_channels
BEGIN
    UPDATE org_version SET version = version + 1 WHERE id = 1;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER dept_channels_delete_org_version AFTER DELETE ON dept_channels
BEGIN
    UPDATE org_version SET version = version + 1 WHERE id = 1;
END;
-- +goose StatementEnd

-- +goose Down
DROP TRIGGER departments_insert_org_version;
DROP TRIGGER departments_update_org_version;
DROP TRIGGER departments_delete_org_version;
DROP TRIGGER users_insert_org_version;
DROP TRIGGER users_update_org_version;
DROP TRIGGER users_delete_org_version;
DROP TRIGGER parties_insert_org_version;
DROP TRIGGER parties_update_org_version;
DROP TRIGGER parties_delete_org_version;
DROP TRIGGER party_contacts_insert_org_version;
DROP TRIGGER party_contacts_update_org_version;
DROP TRIGGER party_contacts_delete_org_version;
DROP TRIGGER dept_channels_insert_org_version;
DROP TRIGGER dept_channels_update_org_version;
DROP TRIGGER dept_channels_delete_org_version;
DROP TABLE org_version;
