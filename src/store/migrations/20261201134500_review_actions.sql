-- Review actions (issue 14): an overturned output can be released to the operator once, and that
-- release is itself a moderation event.
ALTER TABLE moderation_events DROP CONSTRAINT moderation_events_action_check;
ALTER TABLE moderation_events ADD CONSTRAINT moderation_events_action_check
  CHECK (action IN ('receive', 'add_hashes', 'accept', 'reject', 'withdraw', 'uphold', 'overturn', 'escalate', 'reveal_image', 'appeal', 'release'));

-- One-time links to the kept (encrypted) output images of an overturned decision. sha256 of the
-- token only; the operator fetches once with an API key of the tenant before expires_at.
CREATE TABLE output_releases (
  token_hash text PRIMARY KEY,
  tenant_id text NOT NULL REFERENCES tenants(id),
  decision_id uuid NOT NULL REFERENCES decision_log(id),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  fetched_at timestamptz
);
CREATE INDEX output_releases_decision ON output_releases (decision_id);
