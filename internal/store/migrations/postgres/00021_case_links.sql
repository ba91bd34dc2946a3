-- Linked cases: a customer case's internal collaboration request, a
-- declined request forwarded to another department, an accepted quotation
-- ordered. One row per direction, so each case lists its links from its
-- own key.

-- +goose Up
CREATE TABLE case_links (
    case_id    BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    other_id   BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,                    -- raised | raised_from | forwarded | forwarded_from | ordered | ordered_from
    actor      TEXT NOT NULL,                    -- who linked them (a login)
    created_at BIGINT NOT NULL,
    PRIMARY KEY (case_id, other_id)
);

-- +goose Down
DROP TABLE case_links;
