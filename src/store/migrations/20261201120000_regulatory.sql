-- Regulatory (issue 15): the register of statements of reasons (DSA Art 17) and the log of their
-- submissions to the Commission's Transparency Database (Art 24(5)). See docs/regulatory.md.

-- One statement per restriction. `puid` is derived from the source's id (a decision log entry, a
-- notice, an operator's account measure), so it is unique and never reused; `tdb` is the statement
-- exactly as built and validated (no personal data), kept so a later template change never alters
-- what was sent. Append-only, like the decision log.
CREATE TABLE statements (
  puid text PRIMARY KEY CHECK (puid ~ '^[A-Za-z0-9_-]+$' AND length(puid) <= 500),
  tenant_id text NOT NULL REFERENCES tenants(id),
  source_kind text NOT NULL CHECK (source_kind IN ('decision', 'notice', 'account')),
  source_id text NOT NULL,
  decision_id uuid,
  restriction_kind text NOT NULL,
  decided_at timestamptz NOT NULL,
  tdb json NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (source_kind, source_id)
);
CREATE INDEX statements_tenant_decided ON statements (tenant_id, decided_at);
CREATE TRIGGER statements_no_update_delete
  BEFORE UPDATE OR DELETE ON statements
  FOR EACH ROW EXECUTE FUNCTION decision_log_append_only();

-- Where each statement stands with the Transparency Database: pending until the TDB answered 201
-- (submitted, with its uuid) or 422 "existing puid" (existing); rejected when the TDB refused it
-- (its errors in last_error); attempts counts every request that carried it.
CREATE TABLE tdb_submissions (
  puid text PRIMARY KEY REFERENCES statements(puid),
  status text NOT NULL CHECK (status IN ('pending', 'submitted', 'existing', 'rejected')),
  uuid text,
  attempts integer NOT NULL DEFAULT 0,
  http_status integer,
  last_error text,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tdb_submissions_pending ON tdb_submissions (status) WHERE status = 'pending';
