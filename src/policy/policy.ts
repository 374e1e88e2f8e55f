import { PolicyError } from '../errors.ts';
import { CATEGORIES, VERDICTS, type Category, type LegalClass, type Verdict } from '../types.ts';
import { isKnownJurisdiction } from './legal-basis.ts';

/** When a rule fires: categories present (score at or above the policy threshold). */
export interface RuleCondition {
  /** Every one of these is present. */
  all?: Category[];
  /** At least one of these is present. */
  any?: Category[];
  /** None of these is present. */
  none?: Category[];
}

export interface PolicyRule {
  id: string;
  when: RuleCondition;
  verdict: Verdict;
  /** Plain-language reason shown to the user and the reviewer. */
  reason: string;
  /** The legal class this rule enforces, for the legal basis of the decision. */
  legalClass?: LegalClass;
  /** The rule does not fire when a verified consent record covers the request. */
  unlessVerifiedConsent?: boolean;
}

export interface PolicyDefinition {
  id: string;
  version: string;
  description?: string;
  /** Jurisdiction used when the caller names none. */
  jurisdiction?: string;
  /** Minimum score for a category to count as present; defaults to DEFAULT_THRESHOLD. */
  thresholds?: Partial<Record<Category, number>>;
  rules: PolicyRule[];
}

export interface Policy extends Readonly<Required<Omit<PolicyDefinition, 'description'>>> {
  readonly description: string;
  /** The floors, always evaluated first and never lowered. */
  readonly floors: readonly PolicyRule[];
}

export const DEFAULT_THRESHOLD = 0.5;
const POLICY_KEYS = ['id', 'version', 'description', 'jurisdiction', 'thresholds', 'rules'];

/**
 * The floors that no policy lowers. A category that a floor depends on may have its threshold
 * lowered (more blocking) but never raised.
 */
export const FLOORS: readonly PolicyRule[] = Object.freeze([
  {
    id: 'floor.check_unavailable',
    when: { any: ['check_unavailable'] },
    verdict: 'block',
    reason: 'A safety check could not run, so the request is refused (fail closed).',
  },
  {
    id: 'floor.minor_sexualised',
    when: { all: ['minor'], any: ['sexual', 'undress', 'suggestive'] },
    verdict: 'block',
    reason: 'Sexualised or revealing depictions of a minor, or of someone who may be a minor, are never produced.',
    legalClass: 'C2_MINOR_SEXUAL',
  },
  {
    id: 'floor.real_person_sexualised',
    when: { all: ['real_person'], any: ['sexual', 'undress'] },
    verdict: 'block',
    reason: "Undressing or sexualising a real, identifiable person requires that person's verified consent; a claim of consent in the request is not verification.",
    legalClass: 'C1_REAL_ADULT_SEXUAL',
    unlessVerifiedConsent: true,
  },
  {
    id: 'floor.protected_person',
    when: { all: ['protected_person'], any: ['sexual', 'undress', 'suggestive'] },
    verdict: 'block',
    reason: 'A person in the image asked not to be shown undressed or sexualised, and has not consented to this request.',
    legalClass: 'C1_REAL_ADULT_SEXUAL',
    unlessVerifiedConsent: true,
  },
  {
    id: 'floor.protected_person_no_edits',
    when: { any: ['protected_no_edits'] },
    verdict: 'block',
    reason: 'A person in the image asked that no photo showing them be edited.',
    unlessVerifiedConsent: true,
  },
  {
    id: 'floor.known_image',
    when: { any: ['known_image'] },
    verdict: 'block',
    reason: 'The image matches a list of known intimate or abusive images.',
    legalClass: 'C1_REAL_ADULT_SEXUAL',
  },
] satisfies PolicyRule[]);

const FLOOR_CATEGORIES: ReadonlySet<Category> = new Set(FLOORS.flatMap((f) => [...(f.when.all ?? []), ...(f.when.any ?? [])]));
const SEVERITY: Record<Verdict, number> = { allow: 0, review: 1, block: 2 };

export function verdictSeverity(v: Verdict): number {
  return SEVERITY[v];
}

/**
 * Checks and freezes a policy. Rejects anything malformed and anything that would lower a floor:
 * a rule reusing a floor id, a non-blocking rule that would apply exactly where a floor blocks,
 * or a raised threshold on a category that a floor depends on.
 *
 * @example
 * const policy = definePolicy({ id: 'acme', version: '3', rules: [
 *   { id: 'acme.no_suggestive', when: { any: ['suggestive'] }, verdict: 'block', reason: 'No swimwear images.' },
 * ] });
 */
export function definePolicy(definition: PolicyDefinition): Policy {
  const where = `policy ${JSON.stringify(definition?.id ?? '?')}`;
  if (!definition || typeof definition !== 'object') throw new PolicyError('A policy must be an object.');
  if (typeof definition.id !== 'string' || !/^[a-z0-9][a-z0-9._-]{0,63}$/i.test(definition.id)) {
    throw new PolicyError(`${where}: "id" must be 1-64 letters, digits, '.', '_' or '-'.`);
  }
  if (typeof definition.version !== 'string' || definition.version.length === 0 || definition.version.length > 32) {
    throw new PolicyError(`${where}: "version" must be a non-empty string.`);
  }
  const unknownKey = Object.keys(definition).find((k) => !POLICY_KEYS.includes(k));
  if (unknownKey) {
    throw new PolicyError(
      /floor/i.test(unknownKey) ? `${where}: "${unknownKey}": floors cannot be configured or turned off.` : `${where}: unknown field "${unknownKey}".`,
      { field: unknownKey },
      /floor/i.test(unknownKey) ? 'floor_violation' : 'invalid_policy',
    );
  }
  if (definition.jurisdiction !== undefined && !isKnownJurisdiction(definition.jurisdiction)) {
    throw new PolicyError(`${where}: unknown jurisdiction "${definition.jurisdiction}".`);
  }
  const thresholds: Partial<Record<Category, number>> = {};
  for (const [category, value] of Object.entries(definition.thresholds ?? {})) {
    if (!isCategory(category)) throw new PolicyError(`${where}: unknown category "${category}" in thresholds.`);
    if (typeof value !== 'number' || !(value > 0 && value <= 1)) {
      throw new PolicyError(`${where}: threshold for "${category}" must be a number in (0, 1].`);
    }
    if (FLOOR_CATEGORIES.has(category) && value > DEFAULT_THRESHOLD) {
      throw new PolicyError(
        `${where}: raising the threshold of "${category}" above ${DEFAULT_THRESHOLD} would lower a floor; thresholds of floor categories may only be lowered.`,
        { category, value },
        'floor_violation',
      );
    }
    thresholds[category] = value;
  }
  if (!Array.isArray(definition.rules)) throw new PolicyError(`${where}: "rules" must be an array.`);
  const seen = new Set<string>();
  const rules = definition.rules.map((rule, index) => {
    const at = `${where}, rule ${index + 1}`;
    checkRule(rule, at);
    if (seen.has(rule.id)) throw new PolicyError(`${at}: duplicate rule id "${rule.id}".`);
    seen.add(rule.id);
    if (FLOORS.some((f) => f.id === rule.id)) {
      throw new PolicyError(`${at}: "${rule.id}" is a floor; floors cannot be redefined.`, { rule: rule.id }, 'floor_violation');
    }
    const lowered = rule.verdict !== 'block' ? FLOORS.find((f) => withinFloor(rule.when, f.when)) : undefined;
    if (lowered) {
      throw new PolicyError(`${at}: "${rule.id}" would ${rule.verdict} what the floor "${lowered.id}" blocks; no policy can lower a floor.`, { rule: rule.id, floor: lowered.id }, 'floor_violation');
    }
    return Object.freeze({ ...rule, when: Object.freeze({ ...rule.when }) });
  });
  return Object.freeze({
    id: definition.id,
    version: definition.version,
    description: definition.description ?? '',
    jurisdiction: (definition.jurisdiction ?? 'INTL').toUpperCase(),
    thresholds: Object.freeze(thresholds),
    rules: Object.freeze(rules) as PolicyRule[],
    floors: FLOORS,
  });
}

function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}

function checkRule(rule: PolicyRule, at: string): void {
  if (!rule || typeof rule !== 'object') throw new PolicyError(`${at}: a rule must be an object.`);
  if (typeof rule.id !== 'string' || !/^[a-z0-9][a-z0-9._-]{0,63}$/i.test(rule.id)) throw new PolicyError(`${at}: "id" is missing or malformed.`);
  if (!(VERDICTS as readonly string[]).includes(rule.verdict)) throw new PolicyError(`${at}: "verdict" must be one of ${VERDICTS.join(', ')}.`);
  if (typeof rule.reason !== 'string' || rule.reason.length === 0) throw new PolicyError(`${at}: "reason" is required.`);
  if (!rule.when || typeof rule.when !== 'object') throw new PolicyError(`${at}: "when" is required.`);
  const keys = Object.keys(rule.when);
  const unknownKey = keys.find((k) => !['all', 'any', 'none'].includes(k));
  if (unknownKey) throw new PolicyError(`${at}: unknown condition "${unknownKey}" (use all, any, none).`);
  for (const key of ['all', 'any', 'none'] as const) {
    const list = rule.when[key];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.some((c) => !isCategory(c))) {
      throw new PolicyError(`${at}: "when.${key}" must list categories from ${CATEGORIES.join(', ')}.`);
    }
  }
  if ((rule.when.all?.length ?? 0) + (rule.when.any?.length ?? 0) === 0) {
    throw new PolicyError(`${at}: "when" needs a non-empty "all" or "any".`);
  }
  if (rule.unlessVerifiedConsent !== undefined && typeof rule.unlessVerifiedConsent !== 'boolean') {
    throw new PolicyError(`${at}: "unlessVerifiedConsent" must be a boolean.`);
  }
}

/**
 * Does `rule` fire only where `floor` fires? Then a non-blocking verdict on it can only mean
 * "treat the floor's case more leniently", which is refused. Verdicts combine by severity, so
 * such a rule could not take effect anyway; rejecting it makes the intent visible.
 */
function withinFloor(rule: RuleCondition, floor: RuleCondition): boolean {
  const required = new Set(rule.all ?? []);
  if (!(floor.all ?? []).every((c) => required.has(c))) return false;
  const floorAny = floor.any ?? [];
  if (floorAny.length === 0) return true;
  if (floorAny.some((c) => required.has(c))) return true;
  const ruleAny = rule.any ?? [];
  return ruleAny.length > 0 && ruleAny.every((c) => floorAny.includes(c));
}
