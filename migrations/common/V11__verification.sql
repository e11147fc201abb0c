-- Files a technician attaches as evidence of a verified fact (an e-mail, a screenshot, a PDF).
-- The bytes are in `content`, stored once; a fact may carry several.
CREATE TABLE fact_attachment (
  fact_id   BIGINT NOT NULL REFERENCES fact (id),
  sha256    TEXT NOT NULL REFERENCES content (sha256),
  file_name TEXT NOT NULL,
  PRIMARY KEY (fact_id, sha256)
);
