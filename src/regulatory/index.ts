// Proving it to regulators (issue 15): statements of reasons (DSA Art 17), the Transparency
// Database (Art 24(5)), transparency reports (Art 15, 24) and records on request. The CLI and the
// admin route call these functions and nothing below them.
import type { ConsentryConfig } from '../config.ts';
import type { Database, Queryable } from '../store/database.ts';
import { portalSource } from './portal-source.ts';
import { combineSources, decisionLogSource, type RestrictionSource, type SourceRange } from './restrictions.ts';
import { registerStatements, type RegisterResult } from './statements-register.ts';
import { createTdbClient, TdbError, type SubmitSummary, type TdbClientOptions } from './tdb-client.ts';
import { validateTdbStatement, type TdbErrors, type TdbStatement } from './tdb-schema.ts';
import { buildTdbStatement, type OperatorTerms } from './tdb-statement.ts';
import { buildUserStatement, type UserStatement } from './user-statement.ts';

export * from './restrictions.ts';
export * from './tdb-schema.ts';
export * from './tdb-statement.ts';
export * from './user-statement.ts';
export * from './statements-register.ts';
export * from './tdb-client.ts';
export * from './transparency-report.ts';
export * from './records-export.ts';
export { portalSource, restrictionFromNotice } from './portal-source.ts';
export { DETECTOR_ERROR_RATES, type DetectorErrorRate } from './detector-error-rates.ts';

/** The operator's terms and redress links from config. */
export function termsFromConfig(config: Pick<ConsentryConfig, 'termsClause' | 'termsUrl' | 'appealUrl' | 'odsUrl'>): OperatorTerms {
  return { termsClause: config.termsClause, termsUrl: config.termsUrl, appealUrl: config.appealUrl, odsUrl: config.odsUrl };
}

/** Every restriction Consentry knows of: the decision log, then the portal's notices and reviews when installed. */
export function regulatorySource(db: Queryable, options: { includeRefusals?: boolean } = {}): RestrictionSource {
  return combineSources(decisionLogSource(db, options), portalSource(db));
}

export const STATEMENT_FORMATS = ['tdb', 'user'] as const;
export type StatementFormat = (typeof STATEMENT_FORMATS)[number];

export type ExportedStatement = { format: 'tdb'; puid: string; statement: TdbStatement; errors?: TdbErrors } | { format: 'user'; puid: string; statement: UserStatement };

/** The statement of every restriction in the range, in TDB v2 form (validated) or user-facing. */
export async function* exportStatements(
  source: RestrictionSource,
  range: SourceRange,
  options: { format: StatementFormat; terms?: OperatorTerms; language?: string },
): AsyncGenerator<ExportedStatement> {
  for await (const r of source.restrictions(range)) {
    if (options.format === 'user') {
      const statement = buildUserStatement(r, options.terms, options.language);
      yield { format: 'user', puid: statement.puid, statement };
      continue;
    }
    const statement = buildTdbStatement(r, options.terms);
    const errors = validateTdbStatement(statement);
    yield { format: 'tdb', puid: statement.puid, statement, ...(Object.keys(errors).length ? { errors } : {}) };
  }
}

export interface SubmitResult {
  registered: RegisterResult;
  submitted: SubmitSummary;
}

/**
 * Registers the statement of every restriction since `since` (all when absent), then sends what is
 * pending to the configured Transparency Database. Throws `tdb_not_configured` without an endpoint
 * and token, `tdb_unauthorized` when the token is refused.
 */
export async function submitStatements(
  db: Database,
  config: Pick<ConsentryConfig, 'tdbUrl' | 'tdbToken' | 'statementsIncludeRefusals' | 'termsClause' | 'termsUrl' | 'appealUrl' | 'odsUrl'>,
  options: { since?: Date; source?: RestrictionSource; client?: Partial<TdbClientOptions> } = {},
): Promise<SubmitResult> {
  if (!config.tdbUrl || !config.tdbToken) throw new TdbError('Set CONSENTRY_TDB_URL and CONSENTRY_TDB_TOKEN (the sandbox first) to submit statements.', 'tdb_not_configured');
  const source = options.source ?? regulatorySource(db, { includeRefusals: config.statementsIncludeRefusals });
  const registered = await registerStatements(db, source, { since: options.since }, termsFromConfig(config));
  const client = createTdbClient({ url: config.tdbUrl, token: config.tdbToken, ...options.client });
  const submitted = await client.submitPending(db);
  return { registered, submitted };
}
