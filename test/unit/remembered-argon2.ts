// Argon2id at the shipped parameters (64 MiB, t=3) holds a core for a good part of a second, and
// the background tests derive the same key from the same master password and salt again and
// again: every unlock of every restarted worker, every read of the stored vault. Argon2id is a pure
// function of its inputs, so a test file may remember each result: the first derivation of a
// password, salt and parameter set runs the real hash-wasm, and a repeat gets the bytes that
// derivation gave. Which password opens which vault, what a wrong password or another salt gives,
// and the parameter checks before deriving are all unchanged (a new input is always derived).
// The KDF's own tests (crypto/kdf.test.ts) do not use this: they check that repeats agree.
//
// Use at the top of a test file:
//   vi.mock('hash-wasm', async (real) => (await import('../remembered-argon2')).remembering(await real()));
import type * as HashWasm from 'hash-wasm';

type Argon2Options = Parameters<typeof HashWasm.argon2id>[0];

// On globalThis: the background tests' workers reset the module registry (vi.resetModules) for
// every new worker, and each reset would otherwise start with nothing remembered.
const CACHE = Symbol.for('latchkey.test.rememberedArgon2');
const store = globalThis as unknown as Record<symbol, Map<string, Promise<unknown>> | undefined>;
const remembered = (store[CACHE] ??= new Map<string, Promise<unknown>>());

/** The bytes hash-wasm hashes: a string as its UTF-8, as hash-wasm encodes it. */
const bytes = (value: Argon2Options['password']) =>
  (typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value.buffer, value.byteOffset, value.byteLength)).toString('base64');

/**
 * Every input that changes the output, so only an identical call is answered from memory. No
 * secret and an empty one are the same to Argon2id (hash-wasm puts an empty one in the options).
 */
const keyOf = (o: Argon2Options) =>
  JSON.stringify([bytes(o.password), bytes(o.salt), o.secret ? bytes(o.secret) : '', o.iterations, o.memorySize, o.parallelism, o.hashLength, o.outputType ?? 'hex']);

/** A copy, so a caller that changes the bytes it got does not change what the next caller gets. */
const copied = (value: unknown) => (value instanceof Uint8Array ? value.slice() : value);

export function remembering(real: typeof HashWasm): typeof HashWasm {
  const argon2id = ((options: Argon2Options) => {
    const key = keyOf(options);
    let result = remembered.get(key);
    if (!result) {
      result = real.argon2id(options);
      // A failed derivation is not remembered: the next call tries for real again.
      result.catch(() => remembered.delete(key));
      remembered.set(key, result);
    }
    return result.then(copied);
  }) as typeof HashWasm.argon2id;
  return { ...real, argon2id };
}
