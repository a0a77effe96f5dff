// Runs anywhere. What a stored vault says about how its key was derived, and the floors below which
// we refuse to derive at all. Floors follow OWASP's Password Storage Cheat Sheet (Argon2id: 19 MiB,
// t=2, p=1; PBKDF2-HMAC-SHA256: 600,000 iterations) and DESIGN.md security rule 1. Weaker stored
// parameters are refused, never silently upgraded: upgrading would derive a different key, and a
// downgrade is exactly what someone who can write to storage would try.
import * as z from 'zod/mini';
import { fromBase64, randomBytes, toBase64 } from './bytes';
import { type Result, err, ok } from '../../../shared/result';

export const ARGON2ID_FLOOR = { memoryKiB: 19 * 1024, iterations: 2 } as const;
export const PBKDF2_FLOOR = { iterations: 600_000 } as const;

// Defaults for new vaults: RFC 9106's second recommended option (64 MiB, t=3, p=1).
export const ARGON2ID_DEFAULT = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 } as const;
export const PBKDF2_DEFAULT = { iterations: 600_000 } as const;

// Ceilings: a tampered header must not make unlock allocate gigabytes or spin for minutes.
const ARGON2ID_CEILING = { memoryKiB: 1024 * 1024, iterations: 64, parallelism: 16 } as const;
const PBKDF2_CEILING = { iterations: 10_000_000 } as const;
const SALT_BYTES = { min: 16, max: 64, generated: 16 } as const;

const positiveInt = z.int().check(z.positive());

export const Argon2idParams = z.object({
  alg: z.literal('argon2id'),
  memoryKiB: positiveInt,
  iterations: positiveInt,
  parallelism: positiveInt,
  salt: z.base64(),
});
export type Argon2idParams = z.infer<typeof Argon2idParams>;

export const Pbkdf2Params = z.object({
  alg: z.literal('pbkdf2-sha256'),
  iterations: positiveInt,
  salt: z.base64(),
});
export type Pbkdf2Params = z.infer<typeof Pbkdf2Params>;

export const KdfParams = z.discriminatedUnion('alg', [Argon2idParams, Pbkdf2Params]);
export type KdfParams = z.infer<typeof KdfParams>;
export type KdfAlg = KdfParams['alg'];

export type KdfParamsError =
  | { code: 'malformed'; detail: string }
  | { code: 'too-weak'; detail: string }
  | { code: 'too-costly'; detail: string };

/** Parses stored parameters and enforces floors and ceilings. Never throws. */
export function checkKdfParams(raw: unknown): Result<KdfParams, KdfParamsError> {
  const parsed = KdfParams.safeParse(raw);
  if (!parsed.success) return err({ code: 'malformed', detail: 'not a known KDF parameter set' });
  const params = parsed.data;
  const salt = fromBase64(params.salt);
  if (!salt || salt.length < SALT_BYTES.min || salt.length > SALT_BYTES.max) {
    return err({ code: 'malformed', detail: `salt must be ${SALT_BYTES.min}-${SALT_BYTES.max} bytes` });
  }
  if (params.alg === 'argon2id') {
    if (params.memoryKiB < ARGON2ID_FLOOR.memoryKiB || params.iterations < ARGON2ID_FLOOR.iterations) {
      return err({ code: 'too-weak', detail: `argon2id below ${ARGON2ID_FLOOR.memoryKiB} KiB / t=${ARGON2ID_FLOOR.iterations}` });
    }
    if (
      params.memoryKiB > ARGON2ID_CEILING.memoryKiB ||
      params.iterations > ARGON2ID_CEILING.iterations ||
      params.parallelism > ARGON2ID_CEILING.parallelism
    ) {
      return err({ code: 'too-costly', detail: 'argon2id parameters above the supported ceiling' });
    }
    return ok(params);
  }
  if (params.iterations < PBKDF2_FLOOR.iterations) {
    return err({ code: 'too-weak', detail: `pbkdf2 below ${PBKDF2_FLOOR.iterations} iterations` });
  }
  if (params.iterations > PBKDF2_CEILING.iterations) {
    return err({ code: 'too-costly', detail: 'pbkdf2 iterations above the supported ceiling' });
  }
  return ok(params);
}

/** Fresh parameters (new random salt) for a new vault or a master-password change. */
export function newKdfParams(alg: KdfAlg): KdfParams {
  const salt = toBase64(randomBytes(SALT_BYTES.generated));
  return alg === 'argon2id'
    ? { alg, ...ARGON2ID_DEFAULT, salt }
    : { alg, ...PBKDF2_DEFAULT, salt };
}
