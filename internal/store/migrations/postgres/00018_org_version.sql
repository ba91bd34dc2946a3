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
CREATE FUNCTION bump_org_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE org_version SET version = version + 1 WHERE id = 1;
    RETURN NULL;
END
$$;
-- +goose StatementEnd
CREATE TRIGGER departments_org_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON departments FOR EACH STATEMENT EXECUTE FUNCTION bump_org_version();
CREATE TRIGGER users_org_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON users FOR EACH STATEMENT EXECUTE FUNCTION bump_org_version();
CREATE TRIGGER parties_org_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON parties FOR EACH STATEMENT EXECUTE FUNCTION bump_org_version();
CREATE TRIGGER party_contacts_org_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON party_contacts FOR EACH STATEMENT EXECUTE FUNCTION bump_org_version();
CREATE TRIGGER dept_channels_org_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON dept_channels FOR EACH STATEMENT EXECUTE FUNCTION bump_org_version();

-- +goose Down
DROP TRIGGER departments_org_version ON departments;
DROP TRIGGER users_org_version ON users;
DROP TRIGGER parties_org_version ON parties;
DROP TRIGGER party_contacts_org_version ON party_contacts;
DROP TRIGGER dept_channels_org_version ON dept_channels;
DROP FUNCTION bump_org_version();
DROP TABLE org_version;
