// Runs anywhere. What the background may do with a successful capture, decided from what was
// typed and what is stored (offer.ts decides; accept.ts carries out the user's choice).
export type Decision =
  /** Exactly what is stored, or nothing usable: no prompt. */
  | { kind: 'nothing'; reason: string }
  /**
   * A login with the new password of a pending entry worked: confirm it, no prompt needed.
   * `username`: the login named an entry a generated password created before its username was known.
   */
  | { kind: 'confirm'; entryId: string; username?: string; reason: string }
  /** "Save password?" for a new username (editable); `noUsername` when none is known (health report flags it). */
  | { kind: 'save'; username: string; password: string; noUsername: boolean; reason: string }
  /**
   * "Update password?": one candidate is the entry to update, several are a picker. `pending`
   * for changes from change and reset forms, until a login with the new password confirms them.
   * `drop`: unnamed entries a generated password created for this change (generated.ts), removed
   * when the update is accepted so the change leaves one entry, not two.
   */
  | { kind: 'update'; candidates: string[]; password: string; pending: boolean; reason: string; drop?: string[] }
  /** A pending change the site turned down: the old password worked, offer to put it back. */
  | { kind: 'revert'; entryId: string; reason: string };

export type DecisionKind = Decision['kind'];
