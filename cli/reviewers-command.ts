import { text } from 'node:stream/consumers';
import { parseArgs } from 'node:util';
import { createReviewer, generatePassword, InvalidInputError, openMigratedDatabase, readConfig, REVIEWER_ROLES, type ReviewerRole } from '../src/internal.ts';
import type { CliCommand } from './main.ts';

const USAGE = `Usage:
  consentry reviewers create --name NAME --role reviewer|admin [--tenant T] [--password-stdin] [--data-dir DIR] [--json]

Creates an account for the review console (/console) in a tenant (default "default"). The
password is read from standard input with --password-stdin (at least 12 characters); otherwise a
random one is made and printed once. Only a scrypt hash of it is stored. Reviewers decide items;
admins also decide escalated ones.`;

export const reviewersCommand: CliCommand = {
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        name: { type: 'string' },
        role: { type: 'string' },
        tenant: { type: 'string', default: 'default' },
        'password-stdin': { type: 'boolean', default: false },
        'data-dir': { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
    if (positionals.length !== 1 || positionals[0] !== 'create' || !values.name || !values.role) throw new InvalidInputError(USAGE, undefined, 'usage');
    if (!(REVIEWER_ROLES as readonly string[]).includes(values.role)) throw new InvalidInputError('--role must be reviewer or admin.', undefined, 'usage');
    const generated = !values['password-stdin'];
    const password = generated ? generatePassword() : (await text(io.stdin)).replace(/\r?\n$/, '');
    const config = readConfig(io.env, values['data-dir'] ? { dataDir: values['data-dir'] } : {});
    const db = await openMigratedDatabase(config);
    try {
      const reviewer = await createReviewer(db, { name: values.name, role: values.role as ReviewerRole, tenantId: values.tenant!, password });
      if (values.json) io.stdout.write(`${JSON.stringify({ ...reviewer, ...(generated ? { password } : {}) })}\n`);
      else {
        io.stderr.write(`Created ${reviewer.role} "${reviewer.name}" in tenant "${reviewer.tenantId}".${generated ? ' Password (shown once):' : ''}\n`);
        if (generated) io.stdout.write(`${password}\n`);
      }
      return 0;
    } finally {
      await db.close();
    }
  },
};
