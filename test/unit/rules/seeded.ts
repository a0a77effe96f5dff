// A seeded RandomSource for reproducible generator tests (xorshift32; statistical quality is
// irrelevant here, reproducibility is the point). Production uses crypto.getRandomValues.
import type { RandomSource } from '../../../src/shared/passwords/rules/random';

export function seeded(seed: number): RandomSource {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state;
  };
}
