import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG, readConfig } from './config.ts';

test('defaults without environment: embedded PGlite, strict policy, fail-closed time limits', () => {
  const config = readConfig({});
  assert.equal(config.databaseUrl, undefined);
  assert.equal(config.dataDir, '.consentry');
  assert.equal(config.policy, 'strict');
  assert.equal(config.jurisdiction, 'INTL');
  assert.equal(config.checkTimeoutMs, 15_000);
  assert.equal(config.promptCheckTimeoutMs, 2_000);
  assert.equal(config.evidenceKey, undefined);
  assert.deepEqual({ ...config }, { ...DEFAULT_CONFIG });
});

test('reads CONSENTRY_* and DATABASE_URL; explicit overrides win; empty values count as unset', () => {
  const env = {
    DATABASE_URL: 'postgres://db/x',
    CONSENTRY_DATA_DIR: '/var/lib/consentry',
    CONSENTRY_JURISDICTION: 'fr',
    CONSENTRY_CHECK_TIMEOUT_MS: '30000',
    CONSENTRY_PROMPT_CHECK_TIMEOUT_MS: '250',
    CONSENTRY_WORKERS: '',
    CONSENTRY_EVIDENCE_KEY: Buffer.alloc(32, 1).toString('base64'),
  };
  const config = readConfig(env, { dataDir: '/tmp/override' });
  assert.equal(config.databaseUrl, 'postgres://db/x');
  assert.equal(config.dataDir, '/tmp/override');
  assert.equal(config.jurisdiction, 'FR');
  assert.equal(config.checkTimeoutMs, 30_000);
  assert.equal(config.promptCheckTimeoutMs, 250);
  assert.equal(config.workers, 0);
  assert.equal(config.evidenceKey, env.CONSENTRY_EVIDENCE_KEY);
});

test('bad values are refused with the variable named, never silently replaced by a default', () => {
  for (const [env, message] of [
    [{ CONSENTRY_PROMPT_CHECK_TIMEOUT_MS: '0' }, /CONSENTRY_PROMPT_CHECK_TIMEOUT_MS must be an integer from 1/],
    [{ CONSENTRY_CHECK_TIMEOUT_MS: 'soon' }, /CONSENTRY_CHECK_TIMEOUT_MS must be an integer/],
    [{ CONSENTRY_WORKERS: '1000' }, /CONSENTRY_WORKERS must be an integer from 0 to 64/],
    [{ CONSENTRY_JURISDICTION: 'Atlantis' }, /unknown jurisdiction "ATLANTIS"/],
    [{ CONSENTRY_EVIDENCE_KEY: 'c2hvcnQ=' }, /32 bytes/],
  ] as const) {
    assert.throws(
      () => readConfig(env),
      (error: Error & { code?: string }) => error.code === 'invalid_config' && message.test(error.message),
      JSON.stringify(env),
    );
  }
});
