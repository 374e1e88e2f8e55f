// Where accepted notices put their hashes. Written against `HashListStore` (one JSON file today);
// these two functions are the only place notices touch hash lists, so moving lists into the
// database means rebinding them and nothing else.
import type { HashListEntry, ListPurpose } from '../hash/hash-list.ts';
import type { HashListStore } from '../hash/list-store.ts';

/** The lists notices feed: adults' images on `takedown`, a possible minor's on `takedown-csam`. */
export const TAKEDOWN_LISTS: Readonly<Record<'adult' | 'minor', { name: string; purpose: ListPurpose }>> = Object.freeze({
  // `ncii` is the blocking purpose for intimate images until a `takedown` purpose exists.
  adult: { name: 'takedown', purpose: 'ncii' },
  minor: { name: 'takedown-csam', purpose: 'csam' },
});

const SOURCE = 'Consentry notices (accepted takedown requests)';

/** Adds entries (ids chosen by the notice) to the takedown list for adults or for a possible minor; returns how many were new. */
export async function addToTakedownList(store: HashListStore, entries: readonly HashListEntry[], options: { minor: boolean; now?: Date }): Promise<number> {
  const target = TAKEDOWN_LISTS[options.minor ? 'minor' : 'adult'];
  const at = (options.now ?? new Date()).toISOString();
  const list = (await store.get(target.name)) ?? { name: target.name, source: SOURCE, purpose: target.purpose, createdAt: at, updatedAt: at, entries: [] };
  const ids = new Set(list.entries.map((e) => e.id));
  const fresh = entries.filter((e) => !ids.has(e.id));
  if (fresh.length === 0) return 0;
  list.entries.push(...fresh);
  list.updatedAt = at;
  await store.put(list);
  return fresh.length;
}

/** Removes the given entry ids from every list in the store at once; returns how many were removed. */
export async function removeFromLists(store: HashListStore, entryIds: readonly string[]): Promise<number> {
  const ids = new Set(entryIds);
  let removed = 0;
  for (const name of await store.names()) {
    const list = await store.get(name);
    if (!list) continue;
    const kept = list.entries.filter((e) => !ids.has(e.id));
    if (kept.length === list.entries.length) continue;
    removed += list.entries.length - kept.length;
    await store.put({ ...list, entries: kept, updatedAt: new Date().toISOString() });
  }
  return removed;
}
