-- Protect (issue 13): hash lists, protected persons, consent grants, and the events about them.

-- A bank of hashes, like HMA's banks. tenant_id NULL: the list applies to every tenant (the
-- operator's lists, imported with the CLI); otherwise only to that tenant's requests.
CREATE TABLE hash_lists (
  id uuid PRIMARY KEY,
  tenant_id text REFERENCES tenants(id),
  name text NOT NULL,
  purpose text NOT NULL CHECK (purpose ~ '^[a-z][a-z0-9_]{0,31}$'),
  source text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX hash_lists_name ON hash_lists (COALESCE(tenant_id, ''), name);

-- Entries hold hashes only: never an image, never a file path. entry_id is opaque.
CREATE TABLE hash_list_entries (
  list_id uuid NOT NULL REFERENCES hash_lists(id) ON DELETE CASCADE,
  entry_id text NOT NULL,
  pdq text NOT NULL CHECK (pdq ~ '^[0-9a-f]{64}$'),
  quality smallint,
  md5 text CHECK (md5 ~ '^[0-9a-f]{32}$'),
  sha256 text CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  added_at timestamptz NOT NULL,
  PRIMARY KEY (list_id, entry_id)
);

-- Face embeddings are biometric data: AES-256-GCM ciphertext only (key from the environment),
-- deleted with the row. The photos they came from are never stored.
CREATE TABLE protected_persons (
  id uuid PRIMARY KEY,
  tenant_id text NOT NULL REFERENCES tenants(id),
  name text NOT NULL,
  preference text NOT NULL CHECK (preference IN ('no_edits', 'no_revealing_edits')),
  embedding_count smallint NOT NULL CHECK (embedding_count BETWEEN 1 AND 5),
  iv bytea NOT NULL,
  tag bytea NOT NULL,
  ciphertext bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX protected_persons_tenant ON protected_persons (tenant_id);

CREATE TABLE consent_grants (
  id uuid PRIMARY KEY,
  tenant_id text NOT NULL REFERENCES tenants(id),
  person_id uuid NOT NULL REFERENCES protected_persons(id) ON DELETE CASCADE,
  end_user text,
  categories text[] NOT NULL CHECK (categories <@ ARRAY['suggestive', 'undress', 'sexual']::text[] AND cardinality(categories) > 0),
  until timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
CREATE INDEX consent_grants_person ON consent_grants (person_id);

-- Bumped on every change, so a gateway that missed a NOTIFY still sees it within its poll interval.
CREATE TABLE protect_versions (
  kind text PRIMARY KEY CHECK (kind IN ('hash_lists', 'persons', 'consent')),
  version bigint NOT NULL DEFAULT 0
);
INSERT INTO protect_versions (kind) VALUES ('hash_lists'), ('persons'), ('consent');

-- What happened (enrolled, erased, granted, revoked, list changed), append-only. Never an embedding.
CREATE TABLE protect_events (
  seq bigserial PRIMARY KEY,
  tenant_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  kind text NOT NULL,
  subject_id text NOT NULL,
  details json NOT NULL
);
CREATE TRIGGER protect_events_no_update_delete
  BEFORE UPDATE OR DELETE ON protect_events
  FOR EACH ROW EXECUTE FUNCTION decision_log_append_only();
