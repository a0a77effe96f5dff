// Runs anywhere. Why the vault refused a master password: the one list that create, unlock,
// export and the master password and KDF changes answer with. The words for each are in
// vault/ui/vault-failure.ts, a total map: a new reason without words does not compile.
import * as z from 'zod/mini';

const UNLOCK_FAILURES = ['wrong-password', 'weak-params', 'unknown-version', 'malformed', 'absent', 'changed-elsewhere'] as const;

/**
 * The header's refusals (vault/core/crypto/header.ts), `absent` when there is no vault, and
 * `changed-elsewhere`: the password is this vault's old one, changed on another computer since
 * (proven under the old key: vault/background/successor.ts).
 */
export const VaultFailure = z.enum(UNLOCK_FAILURES);
export type VaultFailure = z.infer<typeof VaultFailure>;

/** A change re-seals every record, so a record that does not open stops it before anything is written. */
export const VaultChangeFailure = z.enum([...UNLOCK_FAILURES, 'unreadable-records']);
export type VaultChangeFailure = z.infer<typeof VaultChangeFailure>;
