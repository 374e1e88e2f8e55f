// The notice and review services as a gateway or the CLI wires them from a context.
import { join } from 'node:path';
import type { ConsentryContext } from '../context.ts';
import { FileHashListStore, type HashListStore } from '../hash/list-store.ts';
import { createReviewService, type ReviewService } from '../review/review-service.ts';
import { createNoticeService, type NoticeService } from './notice-service.ts';

export interface ServiceOverrides {
  /** Where takedown hashes go; default the hash-list file the `lists` and `match` commands use. */
  lists?: HashListStore;
  fetch?: typeof fetch;
  now?: () => Date;
}

/** The hash-list store notices write to: `$CONSENTRY_DATA_DIR/hash-lists.json`. */
export function defaultListStore(context: Pick<ConsentryContext, 'config'>): HashListStore {
  return new FileHashListStore(join(context.config.dataDir, 'hash-lists.json'));
}

export function noticeServiceFor(context: Pick<ConsentryContext, 'db' | 'log' | 'config'>, overrides: ServiceOverrides = {}): NoticeService {
  return createNoticeService({
    db: context.db,
    log: context.log,
    lists: overrides.lists ?? defaultListStore(context),
    targetHours: context.config.noticeTargetHours,
    webhookUrl: context.config.noticeWebhookUrl,
    fetch: overrides.fetch,
    now: overrides.now,
  });
}

export function reviewServiceFor(context: Pick<ConsentryContext, 'db' | 'log' | 'config'>, overrides: ServiceOverrides = {}): ReviewService {
  return createReviewService({ db: context.db, log: context.log, evidenceKey: context.config.evidenceKey, webhookUrl: context.config.noticeWebhookUrl, fetch: overrides.fetch, now: overrides.now });
}
