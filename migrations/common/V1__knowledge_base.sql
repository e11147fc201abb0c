-- The knowledge base: suppliers, their offers, the documents about them, and the facts read
-- from those documents or stated by people. Facts are append-only; the current value of a cell
-- is derived from them, so nothing anybody said is ever lost.

CREATE TABLE supplier (
  id         ${id_pk},
  name       TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);

CREATE TABLE offer (
  id            ${id_pk},
  supplier_id   BIGINT NOT NULL REFERENCES supplier (id),
  name          TEXT NOT NULL,
  kind          TEXT,
  url           TEXT,
  monthly_price NUMERIC(10, 2),
  notes         TEXT,
  created_at    TEXT NOT NULL,
  UNIQUE (supplier_id, name)
);

-- Bytes are stored once, whoever uploads them and however often.
CREATE TABLE content (
  sha256     TEXT PRIMARY KEY,
  media_type TEXT NOT NULL,
  size_bytes BIGINT NOT NULL,
  bytes      ${blob} NOT NULL,
  created_at TEXT NOT NULL
);

-- A document of an offer: one version of what a file name or URL held. A re-fetched URL whose
-- bytes changed becomes the next version of the same source.
CREATE TABLE document (
  id         ${id_pk},
  offer_id   BIGINT NOT NULL REFERENCES offer (id),
  sha256     TEXT NOT NULL REFERENCES content (sha256),
  source     TEXT NOT NULL,
  version    INTEGER NOT NULL,
  title      TEXT,
  language   TEXT,
  pages      INTEGER NOT NULL,
  warnings   TEXT NOT NULL,
  fetched_at TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (offer_id, sha256),
  UNIQUE (offer_id, source, version)
);

CREATE TABLE document_page (
  id          ${id_pk},
  document_id BIGINT NOT NULL REFERENCES document (id),
  page        INTEGER NOT NULL,
  text        TEXT NOT NULL,
  UNIQUE (document_id, page)
);

CREATE TABLE fact (
  id          ${id_pk},
  offer_id    BIGINT NOT NULL REFERENCES offer (id),
  attribute   TEXT NOT NULL,
  value_json  TEXT NOT NULL,
  conditions  TEXT NOT NULL,
  status      TEXT NOT NULL CHECK (status IN ('extracted', 'supplier-stated', 'verified', 'disputed')),
  document_id BIGINT REFERENCES document (id),
  page        INTEGER,
  quote       TEXT,
  quote_start INTEGER,
  quote_end   INTEGER,
  note        TEXT,
  confidence  DOUBLE PRECISION,
  author      TEXT NOT NULL,
  recorded_at TEXT NOT NULL
);
CREATE INDEX fact_by_offer ON fact (offer_id, attribute, id);
CREATE INDEX fact_by_document ON fact (document_id);

-- Ingestion work. The input bytes are in `content` before the job is queued, so a crash or a
-- restart loses nothing: queued and running jobs are taken up again at start.
CREATE TABLE job (
  id          ${id_pk},
  offer_id    BIGINT NOT NULL REFERENCES offer (id),
  source      TEXT NOT NULL,
  sha256      TEXT REFERENCES content (sha256),
  url         TEXT,
  state       TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed')),
  done        INTEGER NOT NULL,
  total       INTEGER NOT NULL,
  error       TEXT,
  document_id BIGINT REFERENCES document (id),
  created_at  TEXT NOT NULL,
  finished_at TEXT
);

-- A buyer's must-haves, saved under a name: the same clauses as a comparison's `where`.
CREATE TABLE requirement_profile (
  id         ${id_pk},
  name       TEXT NOT NULL UNIQUE,
  clauses    TEXT NOT NULL,
  created_at TEXT NOT NULL
);
