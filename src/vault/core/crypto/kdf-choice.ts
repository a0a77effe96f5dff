// Runs anywhere. KDF parameters as the user chooses them in the settings (no salt: every change
// draws a fresh one), and the same floors and ceilings as stored parameters (kdf-params.ts): the
// options page checks a choice with this before sending it, the background again before deriving.
import * as z from 'zod/mini';
import { randomBytes, toBase64 } from './bytes';
import { checkKdfParams, type KdfParams, type KdfParamsError } from './kdf-params';

const count = z.int().check(z.positive(), z.maximum(100_000_000));

export const KdfChoice = z.discriminatedUnion('alg', [
  z.object({ alg: z.literal('argon2id'), memoryKiB: count, iterations: count, parallelism: z.optional(count) }),
  z.object({ alg: z.literal('pbkdf2-sha256'), iterations: count }),
]);
export type KdfChoice = z.infer<typeof KdfChoice>;

const SALT_BYTES = 16;

/** Stored-shape parameters for a choice (or for existing parameters), with a new random salt. */
export function withFreshSalt(choice: KdfChoice | KdfParams): KdfParams {
  const salt = toBase64(randomBytes(SALT_BYTES));
  return choice.alg === 'argon2id'
    ? { alg: 'argon2id', memoryKiB: choice.memoryKiB, iterations: choice.iterations, parallelism: choice.parallelism ?? 1, salt }
    : { alg: 'pbkdf2-sha256', iterations: choice.iterations, salt };
}

/** Why a choice would be refused (below a floor, above a ceiling), or null. */
export function kdfChoiceProblem(choice: KdfChoice): KdfParamsError['code'] | null {
  const checked = checkKdfParams(withFreshSalt(choice));
  return checked.ok ? null : checked.error.code;
}

/** What the settings show and edit: the parameters without their salt. */
export const toChoice = (params: KdfParams): KdfChoice =>
  params.alg === 'argon2id'
    ? { alg: 'argon2id', memoryKiB: params.memoryKiB, iterations: params.iterations, parallelism: params.parallelism }
    : { alg: 'pbkdf2-sha256', iterations: params.iterations };
