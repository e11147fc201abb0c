-- People and programs that use the app (issue #4). Secrets are never stored: sessions and API
-- tokens are kept as SHA-256 digests of the random values handed out, passwords as Argon2id hashes.

CREATE TABLE app_user (
  id                   ${id_pk},
  email                TEXT NOT NULL UNIQUE,
  role                 TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'technician', 'admin')),
  password_hash        TEXT NOT NULL,
  must_change_password INTEGER NOT NULL,
  created_at           TEXT NOT NULL,
  disabled_at          TEXT
);

CREATE TABLE user_session (
  digest     TEXT PRIMARY KEY,
  user_id    BIGINT NOT NULL REFERENCES app_user (id),
  csrf       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX user_session_by_user ON user_session (user_id);

CREATE TABLE api_token (
  id           ${id_pk},
  user_id      BIGINT NOT NULL REFERENCES app_user (id),
  name         TEXT NOT NULL,
  digest       TEXT NOT NULL UNIQUE,
  prefix       TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  last_used_at TEXT,
  revoked_at   TEXT
);

-- Every change by every user, in the order it happened.
CREATE TABLE audit_log (
  id      ${id_pk},
  user_id BIGINT REFERENCES app_user (id),
  action  TEXT NOT NULL,
  target  TEXT,
  detail  TEXT,
  at      TEXT NOT NULL
);
CREATE INDEX audit_log_by_time ON audit_log (at);
