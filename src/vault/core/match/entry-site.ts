// Runs anywhere. Where an entry belongs, as stored: a schema only, with no public-suffix data, so
// the pages and messages that carry entry sites do not load the matcher (matches.ts) with them.
import * as z from 'zod/mini';

export const MatchMode = z.enum(['site', 'host', 'origin']);
export type MatchMode = z.infer<typeof MatchMode>;

export const EntrySite = z.object({
  /** Full origins (scheme, host, port) the login was saved on or imported with. */
  origins: z.array(z.string()).check(z.minLength(1)),
  /** 'site': same registrable domain or same site group; 'host': exact host; 'origin': exact origin. */
  match: MatchMode,
});
export type EntrySite = z.infer<typeof EntrySite>;
