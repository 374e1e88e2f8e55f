-- Tenants own keys and decisions; one tenant never reads another's rows.
CREATE TABLE tenants (
  id text PRIMARY KEY,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- API keys are stored as sha256 of a high-entropy secret; only the prefix is kept in clear.
CREATE TABLE api_keys (
  id uuid PRIMARY KEY,
  tenant_id text NOT NULL REFERENCES tenants(id),
  name text NOT NULL,
  prefix text NOT NULL,
  key_hash text NOT NULL UNIQUE,
  scope text NOT NULL CHECK (scope IN ('check', 'admin')),
  rate_limit_per_minute integer NOT NULL CHECK (rate_limit_per_minute > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);

-- Fixed one-minute windows per key, shared by every gateway process.
CREATE TABLE rate_limit_counters (
  key_id uuid NOT NULL,
  window_start timestamptz NOT NULL,
  count integer NOT NULL,
  PRIMARY KEY (key_id, window_start)
);

-- The decision log: append-only, one hash chain across the whole table (see decision-log.ts).
-- decision, inputs and signals are json (not jsonb): json keeps the exact text that was hashed,
-- and is cheaper to write.
CREATE TABLE decision_log (
  seq bigserial PRIMARY KEY,
  id uuid NOT NULL UNIQUE,
  tenant_id text NOT NULL REFERENCES tenants(id),
  created_at timestamptz NOT NULL,
  kind text NOT NULL CHECK (kind IN ('prompt', 'image', 'edit', 'output')),
  verdict text NOT NULL CHECK (verdict IN ('allow', 'review', 'block')),
  policy_id text NOT NULL,
  policy_version text NOT NULL,
  decision json NOT NULL,
  inputs json NOT NULL,
  signals json NOT NULL,
  parent_id uuid,
  prev_hash text NOT NULL,
  entry_hash text NOT NULL
);
CREATE INDEX decision_log_created ON decision_log (created_at);

CREATE FUNCTION decision_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'decision_log is append-only: % is not allowed', TG_OP;
END;
$$;
CREATE TRIGGER decision_log_no_update_delete
  BEFORE UPDATE OR DELETE ON decision_log
  FOR EACH ROW EXECUTE FUNCTION decision_log_append_only();
CREATE TRIGGER decision_log_no_truncate
  BEFORE TRUNCATE ON decision_log
  FOR EACH STATEMENT EXECUTE FUNCTION decision_log_append_only();

-- Evidence images, only when the operator sets CONSENTRY_EVIDENCE_KEY: AES-256-GCM ciphertext.
CREATE TABLE evidence (
  id uuid PRIMARY KEY,
  decision_id uuid NOT NULL REFERENCES decision_log(id),
  tenant_id text NOT NULL,
  role text NOT NULL,
  sha256 text NOT NULL,
  iv bytea NOT NULL,
  tag bytea NOT NULL,
  ciphertext bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX evidence_decision ON evidence (decision_id);
