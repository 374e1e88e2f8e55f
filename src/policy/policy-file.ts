import { readFileSync } from 'node:fs';
import { NotFoundError, PolicyError, errorMessage } from '../errors.ts';
import { BUILTIN_POLICIES } from './builtin-policies.ts';
import { definePolicy, type Policy, type PolicyDefinition } from './policy.ts';

/**
 * A policy from a built-in name (`strict`, `adult`) or a JSON object. An object may say
 * `"extends": "strict"` to start from a built-in policy's rules and add its own.
 */
export function resolvePolicy(spec: string | (PolicyDefinition & { extends?: string }) | Policy | undefined): Policy {
  if (spec === undefined) return BUILTIN_POLICIES.strict!;
  if (typeof spec === 'string') {
    // Own keys only: "__proto__" or "toString" must be unknown names, not Object.prototype's members.
    const builtin = Object.hasOwn(BUILTIN_POLICIES, spec) ? BUILTIN_POLICIES[spec] : undefined;
    if (!builtin) throw new NotFoundError(`Unknown policy "${spec}". Built-in: ${Object.keys(BUILTIN_POLICIES).join(', ')}.`, { policy: spec }, 'unknown_policy');
    return builtin;
  }
  if ('floors' in spec && Object.isFrozen(spec)) return spec as Policy;
  const { extends: base, ...definition } = spec as PolicyDefinition & { extends?: string };
  if (base === undefined) return definePolicy(definition);
  const parent = resolvePolicy(base);
  return definePolicy({
    ...definition,
    thresholds: { ...parent.thresholds, ...definition.thresholds },
    rules: [...parent.rules, ...(definition.rules ?? [])],
  });
}

/** Reads a policy from a built-in name or a JSON file path. */
export function loadPolicy(nameOrPath: string): Policy {
  if (Object.hasOwn(BUILTIN_POLICIES, nameOrPath)) return resolvePolicy(nameOrPath);
  let text: string;
  try {
    text = readFileSync(nameOrPath, 'utf8');
  } catch (error) {
    throw new NotFoundError(`Unknown policy "${nameOrPath}": not a built-in policy and not a readable file (${errorMessage(error)}).`, { policy: nameOrPath }, 'unknown_policy');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new PolicyError(`Policy file ${nameOrPath} is not valid JSON: ${errorMessage(error)}`);
  }
  return resolvePolicy(parsed as PolicyDefinition);
}
