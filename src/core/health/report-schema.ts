// Runs anywhere. The health report as it crosses from the background to the options page: counts,
// groups and merge previews, never a password.
import * as z from 'zod/mini';
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
  /** Distinct passwords, and how many zxcvbn-ts has not scored yet (the weak count is partial until 0). */
  strength: z.object({ distinct: Count, unchecked: Count }),
  reused: z.array(z.object({ entries: z.array(EntryRef), sites: Count })),
  duplicates: z.array(z.object({ entries: z.array(EntryRef), preview: MergePreview })),
  oldAfterDays: Count,
});
export type HealthReport = z.infer<typeof HealthReport>;
