import { parseArgs } from 'node:util';
import { createApiKey, InvalidInputError, KEY_SCOPES, openMigratedDatabase, readConfig, type KeyScope } from '../src/index.ts';
import type { CliCommand } from './main.ts';

const USAGE = `Usage:
  consentry keys create --name NAME [--scope check|admin] [--tenant T] [--rate-limit PER_MINUTE] [--data-dir DIR] [--json]

Creates an API key for the gateway and prints it once; only its sha256 is stored. Keys belong to a
tenant (default "default"); a tenant sees only its own decisions. With the embedded PGlite, run this
while the server is stopped (PGlite serves one process); with DATABASE_URL, any time.`;

export const keysCommand: CliCommand = {
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        name: { type: 'string' },
        scope: { type: 'string', default: 'check' },
        tenant: { type: 'string', default: 'default' },
        'rate-limit': { type: 'string' },
        'data-dir': { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
    if (positionals[0] !== 'create' || positionals.length !== 1 || !values.name) throw new InvalidInputError(USAGE, undefined, 'usage');
    if (!(KEY_SCOPES as readonly string[]).includes(values.scope!)) throw new InvalidInputError(`--scope must be one of ${KEY_SCOPES.join(', ')}.`, undefined, 'usage');
    const rateLimit = values['rate-limit'] === undefined ? undefined : Number(values['rate-limit']);
    const config = readConfig(io.env, values['data-dir'] ? { dataDir: values['data-dir'] } : {});
    const db = await openMigratedDatabase(config);
    try {
      const { key, record } = await createApiKey(db, { name: values.name, scope: values.scope as KeyScope, tenantId: values.tenant, rateLimitPerMinute: rateLimit });
      if (values.json) io.stdout.write(`${JSON.stringify({ key, ...record })}\n`);
      else {
        io.stdout.write(`${key}\n`);
        io.stderr.write(`Created ${record.scope} key "${record.name}" (${record.prefix}…) for tenant "${record.tenantId}", ${record.rateLimitPerMinute} requests/minute. It is shown only this once.\n`);
      }
      return 0;
    } finally {
      await db.close();
    }
  },
};
