-- Case keys from one sequence per key prefix and year (issue 16).
--
-- Until now every opening took the next number by updating the row of its
-- prefix and year in case_keys, and held that row locked until its commit:
-- on PostgreSQL, with several replicas, all openings of a process queued
-- on one row at the disk's sync rate (write p99 6.8 s at 32 clients). A
-- sequence hands out numbers without a lock held to the commit. Like any
-- sequence it may leave a gap when an opening is rolled back (the next
-- case is XZ-2026-0008 after a failed 0007); keys stay unique and
-- increasing. SQLite has one writer and keeps the counter rows.
--
-- ensure_case_key_sequence(prefix, year) creates the sequence of a new
-- prefix and year, starting after what case_keys holds for it; the server
-- calls it in a short transaction of its own before an opening, so that
-- no opening waits on another's uncommitted sequence. next_case_key(prefix,
-- year) returns the next number (creating the sequence itself if it is
-- still missing). Existing counters become sequences here.

-- +goose Up
-- +goose StatementBegin
CREATE FUNCTION case_key_sequence(p TEXT, y BIGINT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT 'case_key_' || md5(p || '/' || y::text)
$$;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE FUNCTION ensure_case_key_sequence(p TEXT, y BIGINT) RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
    seq   TEXT := case_key_sequence(p, y);
    first BIGINT;
BEGIN
    IF to_regclass(seq) IS NULL THEN
        SELECT COALESCE(MAX(last), 0) + 1 INTO first FROM case_keys WHERE prefix = p AND year = y;
        BEGIN
            EXECUTE format('CREATE SEQUENCE %I START WITH %s', seq, first);
        EXCEPTION WHEN duplicate_table OR unique_violation THEN
            NULL; -- another opening created it meanwhile
        END;
    END IF;
END
$$;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE FUNCTION next_case_key(p TEXT, y BIGINT) RETURNS BIGINT LANGUAGE plpgsql AS $$
BEGIN
    PERFORM ensure_case_key_sequence(p, y);
    RETURN nextval(case_key_sequence(p, y));
END
$$;
-- +goose StatementEnd

-- +goose StatementBegin
DO $$
DECLARE r RECORD;
BEGIN
    FOR r IN SELECT prefix, year, last FROM case_keys LOOP
        EXECUTE format('CREATE SEQUENCE %I START WITH %s', case_key_sequence(r.prefix, r.year), r.last + 1);
    END LOOP;
END
$$;
-- +goose StatementEnd

-- +goose Down
-- The counters take back the highest number each prefix and year has used.
INSERT INTO case_keys (prefix, year, last)
SELECT m[1], m[2]::BIGINT, MAX(m[3]::BIGINT)
FROM (SELECT regexp_match(key, '^(.*)-([0-9]{4})-([0-9]+)$') AS m FROM cases) k
WHERE m IS NOT NULL
GROUP BY m[1], m[2]
ON CONFLICT (prefix, year) DO UPDATE SET last = GREATEST(case_keys.last, excluded.last);
-- +goose StatementBegin
DO $$
DECLARE r RECORD;
BEGIN
    FOR r IN SELECT relname FROM pg_class WHERE relkind = 'S' AND relname LIKE 'case\_key\_%' LOOP
        EXECUTE format('DROP SEQUENCE %I', r.relname);
    END LOOP;
END
$$;
-- +goose StatementEnd
DROP FUNCTION next_case_key(TEXT, BIGINT);
DROP FUNCTION ensure_case_key_sequence(TEXT, BIGINT);
DROP FUNCTION case_key_sequence(TEXT, BIGINT);
