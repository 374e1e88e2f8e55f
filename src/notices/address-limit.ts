// A per-address limit for the public and sign-in routes: fixed one-hour windows counted in
// PostgreSQL (shared by every gateway process), keyed by sha256 of scope and address, never the address.
import { createHash } from 'node:crypto';
import { ConsentryError } from '../errors.ts';
import type { ErrorCode } from '../error-codes.ts';
import type { Queryable } from '../store/database.ts';

export class AddressLimitedError extends ConsentryError {
  readonly retryAfterSeconds: number;
  constructor(code: ErrorCode, retryAfterSeconds: number) {
    super(code, `Too many requests from this address; please try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Counts one request of `address` in `scope`; throws `AddressLimitedError(code)` past `perHour`. */
export async function hitAddressLimit(db: Queryable, options: { scope: string; address: string; perHour: number; code: ErrorCode; now?: Date }): Promise<void> {
  const at = options.now ?? new Date();
  const window = new Date(Math.floor(at.getTime() / 3_600_000) * 3_600_000);
  const addressHash = createHash('sha256').update(`${options.scope}:${options.address}`).digest('hex');
  const { rows } = await db.query<{ count: number }>(
    `INSERT INTO notice_intake_counters (address_hash, window_start, count) VALUES ($1, $2, 1)
     ON CONFLICT (address_hash, window_start) DO UPDATE SET count = notice_intake_counters.count + 1 RETURNING count`,
    [addressHash, window.toISOString()],
  );
  // Old windows are dropped now and then, so the table stays the size of one day's addresses.
  if (Math.random() < 0.01) await db.query('DELETE FROM notice_intake_counters WHERE window_start < $1', [new Date(at.getTime() - 86_400_000).toISOString()]);
  if (Number(rows[0]!.count) > options.perHour) throw new AddressLimitedError(options.code, Math.max(1, Math.ceil((window.getTime() + 3_600_000 - at.getTime()) / 1000)));
}
