// The notice and review services as a gateway or the CLI wires them from a context.
import type { ConsentryContext } from '../context.ts';
import { DatabaseHashListStore } from '../hash/list-db.ts';
import type { HashListStore } from '../hash/list-store.ts';
import { createReviewService, type ReviewService } from '../review/review-service.ts';
import { createNoticeService, type NoticeService } from './notice-service.ts';

export interface ServiceOverrides {
  /** Where takedown hashes go; default the operator's hash lists in the database (`consentry lists`). */
  lists?: HashListStore;
  fetch?: typeof fetch;
  now?: () => Date;
}

/** The hash-list store notices write to: the operator's lists in the database, which every gateway matches. */
export function defaultListStore(context: Pick<ConsentryContext, 'db'>): HashListStore {
  return new DatabaseHashListStore(context.db);
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
