import { randomBytes } from 'node:crypto';

// No 0/O or 1/I/L: people read these out and type them back.
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A case number people can read and type: `PREFIX-XXXXX-XXXXX` (50 random bits). */
export function newCaseNumber(prefix: 'N' | 'A'): string {
  const chars = [...randomBytes(10)].map((b) => ALPHABET[b & 31]).join('');
  return `${prefix}-${chars.slice(0, 5)}-${chars.slice(5)}`;
}
