import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  DEFAULT_TENANT,
  InvalidInputError,
  NotFoundError,
  PERSON_PREFERENCES,
  biometricKey,
  createContext,
  deletePerson,
  enrolPerson,
  listPersons,
  openMigratedDatabase,
  readConfig,
  type PersonPreference,
} from '../src/internal.ts';
import type { CliCommand } from './cli-command.ts';

const USAGE = `Usage:
  consentry persons enrol --name NAME --photo FILE [--photo FILE...] [--preference ${PERSON_PREFERENCES.join('|')}] [--tenant T] [--json]
  consentry persons list [--tenant T] [--json]
  consentry persons delete ID [--tenant T]
Every command also takes --data-dir DIR (the embedded database) or uses DATABASE_URL.

enrol protects a person from 1-5 photos, each showing only them: the face embeddings are kept,
encrypted with CONSENTRY_BIOMETRIC_KEY (32 bytes, base64); the photos are never stored. It prints
the person's id. Preference: no_revealing_edits (default: nothing that undresses or sexualises
them, whatever the policy) or no_edits (no edit of any photo showing them). delete erases the
person and their consent grants at once, on every gateway; the log keeps that it happened, never
the embeddings. Tenant default: "${DEFAULT_TENANT}". With the embedded PGlite, stop the gateway
first or use its admin API (/v1/persons).`;

export const personsCommand: CliCommand = {
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        name: { type: 'string' },
        photo: { type: 'string', multiple: true },
        preference: { type: 'string' },
        tenant: { type: 'string', default: DEFAULT_TENANT },
        'data-dir': { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
    const [action] = positionals;
    const arity = action === 'delete' ? 2 : 1;
    if (!['enrol', 'list', 'delete'].includes(action ?? '') || positionals.length !== arity || (action === 'enrol' && (!values.name || !values.photo?.length))) {
      throw new InvalidInputError(USAGE, undefined, 'usage');
    }
    if (values.preference !== undefined && !(PERSON_PREFERENCES as readonly string[]).includes(values.preference))
      throw new InvalidInputError(`--preference must be one of ${PERSON_PREFERENCES.join(', ')}.`, undefined, 'usage');
    const config = readConfig(io.env, values['data-dir'] ? { dataDir: values['data-dir'] } : {});
    const tenantId = values.tenant!;
    let embeddings: Float32Array[] | undefined;
    if (action === 'enrol') {
      const key = biometricKey(config.biometricKey);
      const photos = await Promise.all(
        values.photo!.map((f) =>
          readFile(f).catch((e: Error) => {
            throw new InvalidInputError(`cannot read ${f}: ${e.message}`);
          }),
        ),
      );
      // The same models the checks use, from the one composition root; the photos stay in memory.
      const screening = await createContext({ ...config, workers: 1 }, { store: false });
      try {
        embeddings = await screening.protection.embeddingsFromPhotos(photos);
      } finally {
        await screening.close();
      }
      const db = await openMigratedDatabase(config);
      try {
        const person = await enrolPerson(db, { tenantId, name: values.name!, preference: values.preference as PersonPreference | undefined, embeddings, key });
        if (values.json) io.stdout.write(`${JSON.stringify(person)}\n`);
        else {
          io.stdout.write(`${person.id}\n`);
          io.stderr.write(`Enrolled "${person.name}" in tenant "${tenantId}" from ${person.embeddings} photo(s), preference ${person.preference}. The photos were not stored.\n`);
        }
      } finally {
        embeddings.forEach((v) => v.fill(0));
        await db.close();
      }
      return 0;
    }
    const db = await openMigratedDatabase(config);
    try {
      if (action === 'list') {
        const persons = await listPersons(db, { tenantId });
        if (values.json) io.stdout.write(`${JSON.stringify(persons)}\n`);
        else if (persons.length === 0) io.stderr.write('No protected persons.\n');
        else for (const p of persons) io.stdout.write(`${p.id}  ${p.preference.padEnd(18)}  ${p.embeddings} embedding(s)  enrolled ${p.createdAt}  ${p.name}\n`);
        return 0;
      }
      const erased = await deletePerson(db, positionals[1]!, { tenantId });
      if (!erased) throw new NotFoundError(`No protected person ${positionals[1]} in tenant "${tenantId}" (see consentry persons list).`, undefined, 'person_not_found');
      io.stderr.write(`Erased protected person ${erased.id} and their consent grants; their embeddings are gone from the database.\n`);
      return 0;
    } finally {
      await db.close();
    }
  },
};
