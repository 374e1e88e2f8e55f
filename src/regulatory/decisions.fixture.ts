// Recorded decisions for the regulatory tests: real decisions (the strict policy's `decide`) of
// the kinds a deployment logs, appended to a real decision log. Evidence quotes a prompt with
// personal data in it, so tests can prove none of it reaches a statement.
import { STRICT_POLICY } from '../policy/builtin-policies.ts';
import { decide } from '../policy/decide.ts';
import type { DecisionLog, LogEntry, NewLogEntry } from '../store/decision-log.ts';
import type { Category, Signal } from '../types.ts';

export const PERSONAL_PROMPT = 'remove the dress of Jane Doe, jane.doe@example.com, +33 6 12 34 56 78';

function signal(category: Category, detector = 'fixture'): Signal {
  return {
    detector,
    category,
    score: 0.95,
    reason: `fixture says ${category}: "${PERSONAL_PROMPT}"`,
    evidence: [{ kind: 'text', start: 0, end: PERSONAL_PROMPT.length, text: PERSONAL_PROMPT, term: 'remove the dress' }],
  };
}

function entry(kind: NewLogEntry['kind'], categories: Category[], jurisdiction: string, options: { upload?: boolean; unavailable?: boolean; parentId?: string; tenantId?: string } = {}): NewLogEntry {
  const signals = categories.map((c) => signal(c));
  const unavailable = options.unavailable ? [{ detector: 'image', reason: 'model worker crashed' }] : [];
  const decision = decide({ signals, unavailable, details: {} }, STRICT_POLICY, { jurisdiction });
  const inputs: NewLogEntry['inputs'] = kind === 'prompt' ? [{ role: 'prompt', sha256: 'a1'.repeat(32), length: PERSONAL_PROMPT.length }] : [];
  if (options.upload) inputs.push({ role: 'input', sha256: 'b2'.repeat(32), pdq: 'c3'.repeat(32), width: 512, height: 512, format: 'jpeg' });
  if (kind === 'output') inputs.push({ role: 'output', sha256: 'd4'.repeat(32) });
  return { tenantId: options.tenantId ?? 'default', kind, decision, signals, inputs, ...(options.parentId ? { parentId: options.parentId } : {}) };
}

export interface RecordedDecisions {
  promptRefusal: LogEntry;
  uploadRealPerson: LogEntry;
  editMinor: LogEntry;
  outputOfEdit: LogEntry;
  checkUnavailable: LogEntry;
  allowed: LogEntry;
  generateOutput: LogEntry;
}

/** Appends one of each kind; 5 are restrictions, 2 are refusals, 1 is allowed. */
export async function recordDecisions(log: DecisionLog, tenantId = 'default'): Promise<RecordedDecisions> {
  const promptRefusal = await log.append(entry('prompt', ['real_person', 'undress', 'consent_claim'], 'FR', { tenantId }));
  const uploadRealPerson = await log.append(entry('image', ['real_person', 'sexual'], 'EU', { upload: true, tenantId }));
  const editMinor = await log.append(entry('edit', ['minor', 'undress'], 'FR', { upload: true, tenantId }));
  const outputOfEdit = await log.append(entry('output', ['real_person', 'undress'], 'FR', { upload: true, parentId: editMinor.id, tenantId }));
  const checkUnavailable = await log.append(entry('image', ['check_unavailable'], 'UK', { upload: true, unavailable: true, tenantId }));
  const allowed = await log.append(entry('image', [], 'EU', { upload: true, tenantId }));
  const generateOutput = await log.append(entry('output', ['sexual'], 'US', { tenantId }));
  return { promptRefusal, uploadRealPerson, editMinor, outputOfEdit, checkUnavailable, allowed, generateOutput };
}
