-- Read-only links to one comparison or offer view, for people without an account (issue #4).
-- The token handed out is never stored, only its SHA-256 digest, like sessions and API tokens.
-- The view is frozen at creation as JSON (offers, attributes, cells) so the link keeps its
-- meaning; the page compares it with the current values on each open.

CREATE TABLE share_link (
  id             ${id_pk},
  digest         TEXT NOT NULL UNIQUE,
  kind           TEXT NOT NULL CHECK (kind IN ('compare', 'offer')),
  view_path      TEXT NOT NULL,
  title          TEXT NOT NULL,
  snapshot       TEXT NOT NULL,
  created_by     BIGINT NOT NULL REFERENCES app_user (id),
  created_at     TEXT NOT NULL,
  expires_on     TEXT,
  revoked_at     TEXT,
  opened_count   INTEGER NOT NULL,
  last_opened_at TEXT
);
CREATE INDEX share_link_by_creator ON share_link (created_by, id);
