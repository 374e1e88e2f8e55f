-- Notices (issue 14): notice-and-takedown, reviewers and their sessions, appeals, moderation events.
-- Tables are described in docs/portal-and-review.md ("Tables").

-- Moderation events are appended to the hash-chained decision log too, as entries of kind 'moderation'.
ALTER TABLE decision_log DROP CONSTRAINT decision_log_kind_check;
ALTER TABLE decision_log ADD CONSTRAINT decision_log_kind_check CHECK (kind IN ('prompt', 'image', 'edit', 'output', 'moderation'));

-- One notice: a request to take images down (DSA Art 16, TAKE IT DOWN §3, UK OSA s.20A, AU OSA,
-- IN IT Rules). Hashes only, never an image. `status` and `outcome` are derived from the notice's
-- moderation events in the same transaction as each event; never written otherwise.
CREATE TABLE notices (
  id uuid PRIMARY KEY,
  case_number text NOT NULL UNIQUE,
  tenant_id text NOT NULL REFERENCES tenants(id),
  -- sha256 of the secret given to the notifier once; the secret itself is never stored.
  secret_hash text NOT NULL,
  channel text NOT NULL CHECK (channel IN ('web_form', 'api')),
  regimes text[] NOT NULL,
  jurisdictions text[] NOT NULL,
  alleged_category text NOT NULL CHECK (alleged_category IN ('NCII_REAL', 'NCII_SYNTHETIC', 'CSAM', 'OTHER')),
  -- The person depicted was (or may have been) a minor: hashes go to a `csam` list and the
  -- operator's reporting duty (NCMEC, NCA…) is flagged. No contact details are required then.
  minor boolean NOT NULL,
  reporting_duty boolean NOT NULL,
  notifier_role text NOT NULL CHECK (notifier_role IN ('SUBJECT', 'AUTHORISED_AGENT', 'THIRD_PARTY', 'TRUSTED_FLAGGER', 'AUTHORITY')),
  subject_declaration boolean NOT NULL,
  non_consent_statement text NOT NULL,
  good_faith boolean NOT NULL CHECK (good_faith),
  signature text NOT NULL,
  signed_at timestamptz NOT NULL,
  -- Personal data, optional, erased on withdrawal.
  notifier_name text,
  contact text,
  content_locators text[] NOT NULL DEFAULT '{}',
  language text NOT NULL DEFAULT 'en',
  received_at timestamptz NOT NULL,
  receipt_confirmed_at timestamptz NOT NULL,
  deadline_at timestamptz NOT NULL,
  status text NOT NULL CHECK (status IN ('received', 'escalated', 'accepted', 'rejected', 'withdrawn')),
  outcome text CHECK (outcome IN ('REMOVED', 'NO_ACTION')),
  decided_at timestamptz,
  -- When the operator's webhook was told the notice is due within the hour / overdue.
  due_soon_notified_at timestamptz,
  overdue_notified_at timestamptz
);
CREATE INDEX notices_tenant_deadline ON notices (tenant_id, deadline_at);

-- The hashes of one notice (computed on the notifier's device). entry_id is the id the hashes
-- carry on a hash list, so a withdrawal removes exactly them. Deleted on withdrawal.
CREATE TABLE notice_hashes (
  notice_id uuid NOT NULL REFERENCES notices(id),
  entry_id text NOT NULL,
  pdq text NOT NULL CHECK (pdq ~ '^[0-9a-f]{64}$'),
  quality smallint,
  md5 text CHECK (md5 ~ '^[0-9a-f]{32}$'),
  sha256 text CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  added_at timestamptz NOT NULL,
  PRIMARY KEY (notice_id, entry_id)
);

-- Public intake counts per client address (sha256 of it, never the address), fixed one-hour windows.
CREATE TABLE notice_intake_counters (
  address_hash text NOT NULL,
  window_start timestamptz NOT NULL,
  count integer NOT NULL,
  PRIMARY KEY (address_hash, window_start)
);

-- People who review: a scrypt password hash, a role, one tenant.
CREATE TABLE reviewers (
  id uuid PRIMARY KEY,
  tenant_id text NOT NULL REFERENCES tenants(id),
  name text NOT NULL UNIQUE,
  role text NOT NULL CHECK (role IN ('reviewer', 'admin')),
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  disabled_at timestamptz
);

-- Console sessions: sha256 of the cookie's token; the CSRF token is bound to the session.
CREATE TABLE review_sessions (
  token_hash text PRIMARY KEY,
  reviewer_id uuid NOT NULL REFERENCES reviewers(id),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  ended_at timestamptz
);

-- Images a session has already shown (by sha256), so one reviewer does not see one image twice
-- in a session without asking.
CREATE TABLE review_session_views (
  token_hash text NOT NULL REFERENCES review_sessions(token_hash),
  image_sha256 text NOT NULL,
  PRIMARY KEY (token_hash, image_sha256)
);

-- Status of decisions with verdict `review`, derived from their moderation events.
CREATE TABLE decision_reviews (
  decision_id uuid PRIMARY KEY REFERENCES decision_log(id),
  tenant_id text NOT NULL REFERENCES tenants(id),
  status text NOT NULL CHECK (status IN ('open', 'escalated', 'upheld', 'overturned')),
  updated_at timestamptz NOT NULL
);

-- Appeal links an operator hands to an end user (DSA Art 20: open for at least six months).
CREATE TABLE appeal_links (
  token_hash text PRIMARY KEY,
  decision_id uuid NOT NULL REFERENCES decision_log(id),
  tenant_id text NOT NULL REFERENCES tenants(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);

-- An end user's complaint against a decision; decided by a person, never automatically.
CREATE TABLE appeals (
  id uuid PRIMARY KEY,
  case_number text NOT NULL UNIQUE,
  tenant_id text NOT NULL REFERENCES tenants(id),
  decision_id uuid NOT NULL REFERENCES decision_log(id),
  statement text NOT NULL,
  contact text,
  created_at timestamptz NOT NULL,
  status text NOT NULL CHECK (status IN ('open', 'escalated', 'upheld', 'overturned')),
  decided_at timestamptz
);
CREATE INDEX appeals_tenant ON appeals (tenant_id, created_at);

-- Append-only: what happened to a decision, a notice or an appeal, by whom and why. The source of
-- truth for the statuses above; each event is also an entry (kind 'moderation') of the decision log.
CREATE TABLE moderation_events (
  seq bigserial PRIMARY KEY,
  id uuid NOT NULL UNIQUE,
  tenant_id text NOT NULL REFERENCES tenants(id),
  subject_kind text NOT NULL CHECK (subject_kind IN ('decision', 'notice', 'appeal')),
  subject_id uuid NOT NULL,
  action text NOT NULL CHECK (action IN ('receive', 'add_hashes', 'accept', 'reject', 'withdraw', 'uphold', 'overturn', 'escalate', 'reveal_image', 'appeal')),
  reason text NOT NULL,
  actor text NOT NULL CHECK (actor IN ('reviewer', 'operator', 'notifier', 'end_user', 'system')),
  reviewer_id uuid REFERENCES reviewers(id),
  details json NOT NULL,
  log_id uuid NOT NULL REFERENCES decision_log(id),
  created_at timestamptz NOT NULL
);
CREATE INDEX moderation_events_subject ON moderation_events (subject_kind, subject_id, seq);
CREATE TRIGGER moderation_events_no_update_delete
  BEFORE UPDATE OR DELETE ON moderation_events
  FOR EACH ROW EXECUTE FUNCTION decision_log_append_only();
CREATE TRIGGER moderation_events_no_truncate
  BEFORE TRUNCATE ON moderation_events
  FOR EACH STATEMENT EXECUTE FUNCTION decision_log_append_only();
