import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { decodeStored, encodeStored, type ItemSpec } from '../../../src/shared/storage/versioned';

const Prefs = z.object({ theme: z.enum(['light', 'dark']), size: z.number() });
const spec: ItemSpec<z.infer<typeof Prefs>> = {
  area: 'local',
  key: 'prefs',
  schema: Prefs,
  fallback: { theme: 'light', size: 12 },
  version: 2,
  migrations: {
    0: (d) => ({ ...(d as object), size: 12 }),
    1: (d) => ({ ...(d as { dark: boolean; size: number }), theme: (d as { dark: boolean }).dark ? 'dark' : 'light' }),
  },
  whenUnreadable: 'keep',
};

describe('versioned storage values', () => {
  it('reads what it wrote', () => {
    expect(decodeStored(spec, encodeStored(spec, { theme: 'dark', size: 14 }))).toEqual({ value: { theme: 'dark', size: 14 } });
  });

  it('uses the fallback for a missing key without calling it an error', () => {
    expect(decodeStored(spec, undefined)).toEqual({ value: spec.fallback });
  });

  it('migrates old versions step by step', () => {
    expect(decodeStored(spec, { v: 0, data: { dark: true } }).value).toMatchObject({ theme: 'dark', size: 12 });
  });

  it.each([
    ['a bare value with no envelope', { theme: 'dark', size: 3 }, 'no version', 'damaged'],
    ['a value from a newer version', { v: 9, data: {} }, 'newer version', 'newer-version'],
    ['a value that fails the schema', { v: 2, data: { theme: 'purple', size: 1 } }, 'theme', 'damaged'],
    ['a negative version', { v: -1, data: {} }, 'no version', 'damaged'],
  ])('reports %s and falls back', (_name, raw, message, problem) => {
    const read = decodeStored(spec, raw);
    expect(read.value).toEqual(spec.fallback);
    expect(read.error).toContain(message);
    expect(read.problem).toBe(problem);
  });

  it('refuses to write a value its own schema rejects', () => {
    expect(() => encodeStored(spec, { theme: 'x', size: 1 } as never)).toThrow();
  });
});
