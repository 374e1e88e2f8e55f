import { parseArgs } from 'node:util';
import { CONSENT_CATEGORIES, DEFAULT_TENANT, InvalidInputError, NotFoundError, grantConsent, listGrants, openMigratedDatabase, readConfig, revokeGrant } from '../src/internal.ts';
import type { CliCommand } from './cli-command.ts';

const USAGE = `Usage:
  consentry consent grant --person ID [--user USER] --allow ${CONSENT_CATEGORIES.join(',')} [--until DATE] [--tenant T] [--json]
  consentry consent list [--person ID] [--revoked] [--tenant T] [--json]
  consentry consent revoke ID [--tenant T]
Every command also takes --data-dir DIR (the embedded database) or uses DATABASE_URL.

grant records that an enrolled person (consentry persons enrol) consents to edits of the listed
kinds, by one end user (--user, as sent in OpenAI's "user" field or the x-consentry-user header) or
by any user of the tenant, until a date or until revoked. Consent is verified on a request only
when a face in its input matches that person, no face may be a minor, and the policy allows such
content for consenting adults (adult does; strict never). revoke takes effect at the next request
on every gateway. Tenant default: "${DEFAULT_TENANT}".`;

export const consentCommand: CliCommand = {
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        person: { type: 'string' },
        user: { type: 'string' },
        allow: { type: 'string' },
        until: { type: 'string' },
        revoked: { type: 'boolean', default: false },
        tenant: { type: 'string', default: DEFAULT_TENANT },
        'data-dir': { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
    const [action] = positionals;
    const arity = action === 'revoke' ? 2 : 1;
    if (!['grant', 'list', 'revoke'].includes(action ?? '') || positionals.length !== arity || (action === 'grant' && (!values.person || !values.allow))) {
      throw new InvalidInputError(USAGE, undefined, 'usage');
    }
    let until: Date | undefined;
    if (values.until !== undefined) {
      until = new Date(values.until);
      if (Number.isNaN(until.getTime())) throw new InvalidInputError(`--until: "${values.until}" is not a date (use ISO 8601, e.g. 2027-06-30).`, undefined, 'usage');
    }
    const tenantId = values.tenant!;
    const config = readConfig(io.env, values['data-dir'] ? { dataDir: values['data-dir'] } : {});
    const db = await openMigratedDatabase(config);
    try {
      if (action === 'grant') {
        const grant = await grantConsent(db, { tenantId, personId: values.person!, endUser: values.user, categories: values.allow!.split(',').map((s) => s.trim()), until });
        if (values.json) io.stdout.write(`${JSON.stringify(grant)}\n`);
        else {
          io.stdout.write(`${grant.id}\n`);
          io.stderr.write(
            `Granted: person ${grant.personId} consents to ${grant.categories.join(', ')} edits by ${grant.endUser ? `user "${grant.endUser}"` : 'any user of the tenant'}${grant.until ? ` until ${grant.until}` : ''}.\n`,
          );
        }
        return 0;
      }
      if (action === 'list') {
        const grants = await listGrants(db, { tenantId, personId: values.person, includeRevoked: values.revoked });
        if (values.json) io.stdout.write(`${JSON.stringify(grants)}\n`);
        else if (grants.length === 0) io.stderr.write('No consent grants.\n');
        else {
          for (const g of grants) {
            io.stdout.write(
              `${g.id}  person ${g.personId}  ${g.categories.join(',')}  ${g.endUser ? `user ${g.endUser}` : 'any user'}  ${g.until ? `until ${g.until}` : 'no end date'}${g.revokedAt ? `  REVOKED ${g.revokedAt}` : ''}\n`,
            );
          }
        }
        return 0;
      }
      const revoked = await revokeGrant(db, positionals[1]!, { tenantId });
      if (!revoked) throw new NotFoundError(`No live consent grant ${positionals[1]} in tenant "${tenantId}" (see consentry consent list).`, undefined, 'consent_not_found');
      io.stderr.write(`Revoked consent grant ${revoked.id}; the next request on every gateway no longer has it.\n`);
      return 0;
    } finally {
      await db.close();
    }
  },
};
