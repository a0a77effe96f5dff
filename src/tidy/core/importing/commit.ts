// Runs anywhere. The preview, with the user's choices, applied to the vault's entry list. Pure:
// it returns the complete new list and the background writes it in one go, so a failed write
// leaves the vault as it was ("commit atomically").
import type { MatchMode } from '../../../vault/core/match/entry-site';
import type { Entry } from '../../../vault/core/entry';
import { entryFromLogin, resolveConflict } from './merge';
import type { ConflictWinner, ImportPreview } from './preview';

/** Row number -> winner, for the conflicts the user flipped; the rest keep their default. */
export type ConflictChoices = Readonly<Partial<Record<number, ConflictWinner>>>;

export interface CommitOptions {
  newId?: () => string;
  /** The match mode of a new entry whose row names none (every format but ours): the user's default. */
  matchDefault?: MatchMode;
}

export function commitImport(existing: readonly Entry[], preview: ImportPreview, choices: ConflictChoices, now: number, options: CommitOptions = {}): Entry[] {
  const { newId = () => crypto.randomUUID(), matchDefault = 'site' } = options;
  const entries = [...existing];
  const position = new Map(entries.map((e, i) => [e.id, i]));
  /** Entries created from this file's rows, for later rows that conflict with them. */
  const fromRow = new Map<number, string>();
  const create = (login: Parameters<typeof entryFromLogin>[0]) => {
    // A backup's entry keeps its id (a restore gives back exactly what was saved) unless the
    // vault already has that id for another entry.
    const id = login.id !== undefined && !position.has(login.id) ? login.id : newId();
    const entry = entryFromLogin(login, id, now, matchDefault);
    position.set(entry.id, entries.length);
    entries.push(entry);
    fromRow.set(login.row, entry.id);
  };

  for (const item of preview.items) {
    if (item.class === 'new') create(item.login);
    if (item.class !== 'conflict') continue;
    const id = item.with.kind === 'entry' ? item.with.id : fromRow.get(item.with.row);
    const at = id === undefined ? undefined : position.get(id);
    const entry = at === undefined ? undefined : entries[at];
    // The entry went away after the preview was made (deleted in another window): keep the
    // row as a new entry rather than drop its password.
    if (at === undefined || entry === undefined) {
      create(item.login);
      continue;
    }
    entries[at] = resolveConflict(entry, item.login, choices[item.login.row] ?? item.defaultWinner, now);
  }
  return entries;
}
