-- Asking a supplier in writing (issue #5): a numbered list of questions about one offer, sent by
-- e-mail and answerable on a secret page; each question's answer becomes a supplier-stated fact.
-- mail_message is the Message-ID of the first e-mail (not named *_id: those are numeric keys here).
-- The secret link is kept as the SHA-256 of the token handed out, like API tokens.

CREATE TABLE question_list (
  id            ${id_pk},
  offer_id      BIGINT NOT NULL REFERENCES offer (id),
  language      TEXT NOT NULL CHECK (language IN ('en', 'fr')),
  due_date      TEXT NOT NULL,
  reference     TEXT NOT NULL,
  mail_message  TEXT NOT NULL,
  link_digest   TEXT NOT NULL UNIQUE,
  link_expires  TEXT NOT NULL,
  revoked_at    TEXT,
  sent_at       TEXT,
  sent_how      TEXT,
  created_by    TEXT NOT NULL,
  created_at    TEXT NOT NULL
);
CREATE INDEX question_list_by_offer ON question_list (offer_id);

-- State is derived, not stored: answered when answered_at is set, promised while promised_by
-- lies ahead, overdue once the due date (or the promised one) has passed.
CREATE TABLE question (
  id             ${id_pk},
  list_id        BIGINT NOT NULL REFERENCES question_list (id),
  n              INTEGER NOT NULL,
  attribute      TEXT NOT NULL,
  text           TEXT NOT NULL,
  promised_by    TEXT,
  answered_at    TEXT,
  answer_kind    TEXT,
  answer_fact_id BIGINT REFERENCES fact (id),
  UNIQUE (list_id, n)
);

-- What came back by e-mail or paste; the raw bytes (the .eml, or the pasted text) are in content.
CREATE TABLE reply (
  id           ${id_pk},
  list_id      BIGINT NOT NULL REFERENCES question_list (id),
  received_at  TEXT NOT NULL,
  from_address TEXT,
  sha256       TEXT NOT NULL REFERENCES content (sha256),
  text         TEXT NOT NULL,
  confirmed_at TEXT
);
CREATE INDEX reply_by_list ON reply (list_id);
