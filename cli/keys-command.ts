import { parseArgs } from 'node:util';
import { createApiKey, InvalidInputError, KEY_SCOPES, listApiKeys, NotFoundError, openMigratedDatabase, readConfig, revokeApiKey, type KeyScope } from '../src/internal.ts';
import type { CliCommand } from './cli-command.ts';

const USAGE = `Usage:
  consentry keys create --name NAME [--scope check|admin] [--tenant T] [--rate-limit PER_MINUTE] [--data-dir DIR] [--json]
  consentry keys list [--tenant T] [--revoked] [--data-dir DIR] [--json]
  consentry keys revoke ID [--tenant T] [--data-dir DIR]

create makes an API key for the gateway and prints it once; only its sha256 is stored. Keys belong
to a tenant (default "default"); a tenant sees only its own decisions. list shows keys (never the
secret, only its first characters); revoke stops a key on every gateway sharing the database.
With the embedded PGlite these commands need the server stopped (PGlite serves one process); while
it runs, use the gateway's admin API (/v1/keys with an admin key). With DATABASE_URL, any time.`;

export const keysCommand: CliCommand = {
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        name: { type: 'string' },
        scope: { type: 'string', default: 'check' },
        tenant: { type: 'string' },
        'rate-limit': { type: 'string' },
        revoked: { type: 'boolean', default: false },
        'data-dir': { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
    const action = positionals[0];
    const arity = action === 'revoke' ? 2 : 1;
    if (!['create', 'list', 'revoke'].includes(action ?? '') || positionals.length !== arity || (action === 'create' && !values.name)) throw new InvalidInputError(USAGE, undefined, 'usage');
    if (!(KEY_SCOPES as readonly string[]).includes(values.scope!)) throw new InvalidInputError(`--scope must be one of ${KEY_SCOPES.join(', ')}.`, undefined, 'usage');
    const rateLimit = values['rate-limit'] === undefined ? undefined : Number(values['rate-limit']);
    const config = readConfig(io.env, values['data-dir'] ? { dataDir: values['data-dir'] } : {});
    const db = await openMigratedDatabase(config);
    try {
      if (action === 'list') {
        const keys = await listApiKeys(db, { tenantId: values.tenant, includeRevoked: values.revoked });
        if (values.json) io.stdout.write(`${JSON.stringify(keys)}\n`);
        else if (keys.length === 0) io.stderr.write('No keys.\n');
        else {
          for (const k of keys) {
            io.stdout.write(
              `${k.id}  ${k.prefix}…  ${k.scope.padEnd(5)}  tenant ${k.tenantId}  ${k.rateLimitPerMinute}/min  created ${k.createdAt}${k.revokedAt ? `  REVOKED ${k.revokedAt}` : ''}  ${k.name}\n`,
            );
          }
        }
        return 0;
      }
      if (action === 'revoke') {
        const revoked = await revokeApiKey(db, positionals[1]!, { tenantId: values.tenant });
        if (!revoked) throw new NotFoundError(`No live key with id ${positionals[1]}${values.tenant ? ` in tenant "${values.tenant}"` : ''} (see consentry keys list).`, undefined, 'key_not_found');
        io.stderr.write(`Revoked key "${revoked.name}" (${revoked.prefix}…) of tenant "${revoked.tenantId}".\n`);
        return 0;
      }
      const { key, record } = await createApiKey(db, { name: values.name!, scope: values.scope as KeyScope, tenantId: values.tenant, rateLimitPerMinute: rateLimit });
      if (values.json) io.stdout.write(`${JSON.stringify({ key, ...record })}\n`);
      else {
        io.stdout.write(`${key}\n`);
        io.stderr.write(
          `Created ${record.scope} key "${record.name}" (${record.prefix}…) for tenant "${record.tenantId}", ${record.rateLimitPerMinute} requests/minute. It is shown only this once.\n`,
        );
      }
      return 0;
    } finally {
      await db.close();
    }
  },
};
