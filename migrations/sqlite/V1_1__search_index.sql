-- Full-text search over every page. The indexed column holds word forms made by
-- search.WordForms (accents folded, French and English endings trimmed), so that "bloqué"
-- finds "bloquées"; the rowid is document_page.id, and snippets are cut from the page text.
CREATE VIRTUAL TABLE page_search USING fts5 (
  forms,
  tokenize = 'unicode61 remove_diacritics 2'
);
