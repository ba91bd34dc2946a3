-- PostgreSQL's 00033 makes search_terms.term compare by code point, for the
-- prefix range of a search word; SQLite's BINARY collation does so already.
-- The version is kept in step across the dialects.

-- +goose Up
SELECT 1;

-- +goose Down
SELECT 1;
