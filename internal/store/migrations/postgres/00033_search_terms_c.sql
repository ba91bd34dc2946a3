-- A search word finds the indexed words it begins (issue: CONTRACT §11,
-- "contain the text"): the store reads the range term >= 'budg' AND term <
-- 'budh' from the (term, case_id) key. That range holds exactly the words
-- beginning with the prefix only in code point order; a database created
-- with a language's collation (en_US.UTF-8, zh_CN.UTF-8) orders and compares
-- words otherwise. The index's words are compared by code point, whatever
-- the database's collation (SQLite compares them so already).

-- +goose Up
ALTER TABLE search_terms ALTER COLUMN term TYPE TEXT COLLATE "C";

-- +goose Down
ALTER TABLE search_terms ALTER COLUMN term TYPE TEXT COLLATE "default";
