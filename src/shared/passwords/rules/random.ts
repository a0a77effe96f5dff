// Runs anywhere. Uniform random integers for the generator. Rejection sampling, not `x % n`: with
// 2^32 not a multiple of n, modulo favours the low values (a small bias, but a generator should
// have none). The source is injectable so tests can use a seeded one; production uses WebCrypto.

/** Returns a uniformly random integer in [0, 2^32). */
export type RandomSource = () => number;

/**
 * crypto.getRandomValues with a buffer: one call per 256 draws instead of one per character
 * (each call crosses into native code; unbuffered, it dominated generation time in Node).
 * Make one per generated password rather than sharing a module-level buffer.
 */
export function cryptoRandom(size = 256): RandomSource {
  const pool = new Uint32Array(size);
  let next = size;
  return () => {
    if (next === size) {
      crypto.getRandomValues(pool);
      next = 0;
    }
    return pool[next++] ?? 0;
  };
}

const RANGE = 2 ** 32;

/** Uniform integer in [0, n), 1 <= n <= 2^32. */
export function randomInt(n: number, source: RandomSource): number {
  if (!Number.isInteger(n) || n < 1 || n > RANGE) throw new RangeError(`randomInt: bad bound ${n}`);
  // Largest multiple of n that fits; draws at or above it are thrown away.
  const limit = RANGE - (RANGE % n);
  for (;;) {
    const x = source();
    if (x < limit) return x % n;
  }
}

/** Uniform pick from a non-empty list. */
export function pick<T>(items: readonly T[], source: RandomSource): T {
  return items[randomInt(items.length, source)] as T;
}

/** Fisher-Yates shuffle in place, with unbiased indices. */
export function shuffle<T>(items: T[], source: RandomSource): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(i + 1, source);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}
