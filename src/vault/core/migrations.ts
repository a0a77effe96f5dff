// Runs anywhere. Numbered migrations for stored entries: migrate(raw, v) walks v -> v+1 -> ... ->
// ENTRY_VERSION, each step reading its own version's shape, then validates the result. A record
// from a newer Latchkey is refused untouched rather than guessed at (security rule 7).
import * as z from 'zod/mini';
import { Entry, ENTRY_VERSION } from './entry';
import { type Result, err, ok } from '../../shared/result';

export type MigrateError =
  | { code: 'unknown-version'; version: number }
  | { code: 'invalid'; version: number; detail: string };

type Step = (raw: unknown) => Result<unknown, string>;

// v0: the prototype's records: one page URL, ISO date strings, no history or status.
const EntryV0 = z.object({
  id: z.string(),
  url: z.string(),
  username: z.optional(z.string()),
  password: z.string(),
  notes: z.optional(z.string()),
  createdAt: z.string(),
  updatedAt: z.optional(z.string()),
});

function v0ToV1(raw: unknown): Result<unknown, string> {
  const parsed = EntryV0.safeParse(raw);
  if (!parsed.success) return err('not a v0 entry');
  const v0 = parsed.data;
  let origin: string;
  try {
    origin = new URL(v0.url).origin;
  } catch {
    return err(`v0 url is not a URL: ${v0.url}`);
  }
  const created = Date.parse(v0.createdAt);
  const updated = v0.updatedAt === undefined ? created : Date.parse(v0.updatedAt);
  if (Number.isNaN(created) || Number.isNaN(updated)) return err('v0 dates are not ISO dates');
  return ok({
    id: v0.id,
    // v0 matched by registrable domain; keep that behaviour.
    site: { origins: [origin], match: 'site' },
    username: v0.username ?? '',
    password: v0.password,
    notes: v0.notes ?? '',
    created,
    updated,
    // v0 did not track password changes; its last update is the best estimate.
    passwordChanged: updated,
    lastUsed: null,
    history: [],
    status: 'active',
  });
}

// v1 -> v2: entries gained `reviewedAt` (the options page's "mark as reviewed"); nothing
// stored before it had been reviewed.
function v1ToV2(raw: unknown): Result<unknown, string> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return err('not a v1 entry');
  return ok({ ...raw, reviewedAt: null });
}

// v2 -> v3: entries gained a name (title) and a TOTP secret, which imports bring from other
// managers; nothing stored before had either.
function v2ToV3(raw: unknown): Result<unknown, string> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return err('not a v2 entry');
  return ok({ ...raw, name: '', totp: '' });
}

/** STEPS[n] turns a version-n record into a version-(n+1) record. */
const STEPS: readonly Step[] = [v0ToV1, v1ToV2, v2ToV3];

export function migrate(raw: unknown, fromVersion: number): Result<Entry, MigrateError> {
  if (!Number.isInteger(fromVersion) || fromVersion < 0 || fromVersion > ENTRY_VERSION) {
    return err({ code: 'unknown-version', version: fromVersion });
  }
  let current = raw;
  for (let v = fromVersion; v < ENTRY_VERSION; v++) {
    const step = STEPS[v];
    if (!step) return err({ code: 'unknown-version', version: v });
    const next = step(current);
    if (!next.ok) return err({ code: 'invalid', version: v, detail: next.error });
    current = next.value;
  }
  const entry = Entry.safeParse(current);
  if (!entry.success) return err({ code: 'invalid', version: ENTRY_VERSION, detail: z.prettifyError(entry.error) });
  return ok(entry.data);
}
