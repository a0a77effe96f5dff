// Runs anywhere. The health report as it crosses from the background to the options page: counts,
// groups and merge previews, never a password.
import * as z from 'zod/mini';
import { FixTier } from './fix-queue';
import { Problem } from './problems';

const Count = z.number().check(z.int(), z.nonnegative());

export const EntryRef = z.object({ id: z.string(), host: z.string(), username: z.string(), passwordChanged: z.number() });
export type EntryRef = z.infer<typeof EntryRef>;

export const MergePreview = z.object({
  keepId: z.string(),
  removeIds: z.array(z.string()),
  historyAfter: Count,
  passwords: Count,
  origins: z.array(z.string()),
});

export const HealthReport = z.object({
  /** Entries in the vault. */
  total: Count,
  /** Entries marked as reviewed since their last password change: shown, not counted. */
  reviewed: Count,
  /** 0..100 over the entries not reviewed. */
  score: z.number().check(z.int(), z.minimum(0), z.maximum(100)),
  /** Entries (not reviewed) with each problem. */
  counts: z.record(Problem, Count),
  /** Distinct passwords, and how many are not checked yet (zxcvbn-ts, the common list: the weak and exposed counts are partial until 0). */
  strength: z.object({ distinct: Count, unchecked: Count }),
  reused: z.array(z.object({ entries: z.array(EntryRef), sites: Count })),
  duplicates: z.array(z.object({ entries: z.array(EntryRef), preview: MergePreview })),
  oldAfterDays: Count,
});
export type HealthReport = z.infer<typeof HealthReport>;

/** One entry of the fix-it queue (fix-queue.ts), as the options page shows it: no password. */
export const FixItem = z.object({
  id: z.string(),
  host: z.string(),
  username: z.string(),
  tier: FixTier,
  problems: z.array(Problem),
  /** Other sites sharing the password (the first few), and how many sites in all (0: not reused). */
  reusedWith: z.array(z.string()),
  reusedSites: Count,
  /** Names the reuse group (its first entry's id): the page keeps a group's sites together. */
  reusedGroup: z.nullable(z.string()),
  /** Times the online check saw the password in breaches (0 when not seen or not checked). */
  breachCount: Count,
  passwordChanged: z.number(),
  /** The user said the shop keeps a saved card or address: it leads its tier. */
  holdsPayment: z.boolean(),
  /** When "Fix" last opened the site's change page for this entry, or null. */
  fixStartedAt: z.nullable(z.number()),
});
export type FixItem = z.infer<typeof FixItem>;

export const FixQueuePage = z.object({ items: z.array(FixItem), total: Count });
export type FixQueuePage = z.infer<typeof FixQueuePage>;
