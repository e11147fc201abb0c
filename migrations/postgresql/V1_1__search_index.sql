-- Full-text search over every page, PostgreSQL's way: the same word forms as on SQLite (made by
-- search.WordForms), in a tsvector with the 'simple' configuration so that no second stemmer
-- disagrees with ours.
CREATE TABLE page_search (
  rowid BIGINT PRIMARY KEY REFERENCES document_page (id),
  forms TEXT NOT NULL,
  tsv   TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', forms)) STORED
);
CREATE INDEX page_search_tsv ON page_search USING GIN (tsv);
