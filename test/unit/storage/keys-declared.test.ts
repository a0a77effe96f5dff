// Every storage key is declared once, in src/shared/storage/items.ts: this lists the keys the code
// uses (literal keys in storage calls, item specs and sealed-record specs) and fails on one that
// items.ts does not declare, and on a declared key written out again anywhere else.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// Declaring an item touches no storage; the polyfill only has to load.
vi.mock('webextension-polyfill', () => ({ default: {} }));
const items = await import('../../../src/shared/storage/items');

const ITEMS_FILE = join('src', 'shared', 'storage', 'items.ts');

function files(path: string): string[] {
  if (statSync(path).isFile()) return /\.tsx?$/.test(path) ? [path] : [];
  return readdirSync(path).flatMap((name) => files(join(path, name)));
}

/** Declared keys; a key ending in ':' (or an item made per id) stands for every key it starts. */
function declared(): { exact: Set<string>; prefixes: string[] } {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  const add = (key: string) => (key.endsWith(':') ? prefixes.push(key) : exact.add(key));
  for (const value of Object.values(items)) {
    if (typeof value === 'function') {
      const key = (value as (id: number) => { key: string })(7).key;
      prefixes.push(key.slice(0, key.lastIndexOf('7')));
    } else if (typeof value === 'object' && value !== null && 'key' in value) {
      add((value as { key: string }).key);
    } else if (typeof value === 'object' && value !== null) {
      for (const area of Object.values(value as Record<string, Record<string, string>>)) Object.values(area).forEach(add);
    }
  }
  return { exact, prefixes };
}

const QUOTED = String.raw`\s*\[?\s*\{?\s*\[?\s*(['"\x60])([^'"\x60$]+)`;
const CALLS = [
  // browser.storage.local.get('x'), .set({ x: ... }), .remove(['x'])
  new RegExp(String.raw`storage\.(?:local|session|sync)\.(?:get|set|remove)\(` + QUOTED, 'g'),
  // The raw helpers of shared/platform/local-records.ts and session-values.ts.
  new RegExp(String.raw`\b(?:readKey|readPrefixed|readSession|writeTogether|writeSession|removeKeys|removeSession)\(` + QUOTED, 'g'),
];
// An item spec or a sealed record's spec with its key written in.
const SPEC_FILE = /\bdefineItem\(|\bItemSpec<|\bSealedJson</;
const SPEC_KEY = /\b(?:key|storageKey):\s*(['"`])([^'"`$]+)/g;

/** The code without its comments, which may name keys. */
const code = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
    .join('\n');

const CALL = String.raw`(?:storage\.(?:local|session|sync)\.(?:get|set|remove)|\b(?:readKey|readPrefixed|readSession|writeTogether|writeSession|removeKeys|removeSession))\(`;
const CONSTANT = /\bconst\s+([A-Za-z_$][\w$]*)\s*=\s*(['"`])([^'"`$]+)\2/g;

/** A key held in a constant of the file: a storage call's argument, in its list, or a computed key in its object. */
function viaConstants(text: string): string[] {
  const calls = text.split('\n').filter((line) => new RegExp(CALL).test(line));
  return [...text.matchAll(CONSTANT)]
    .filter(([, name]) => calls.some((line) => new RegExp(String.raw`${CALL}\s*(?:\[[^\]]*\b${name}\b|${name}\b)|\[\s*${name}\s*\]\s*:`).test(line)))
    .map((m) => m[3] ?? '');
}

/** Every literal storage key a source file uses, with the file. */
function used(): { file: string; key: string }[] {
  return files('src').flatMap((file) => {
    const text = code(file);
    const patterns = SPEC_FILE.test(text) ? [...CALLS, SPEC_KEY] : CALLS;
    const literal = patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[2] ?? ''));
    return [...literal, ...viaConstants(text)].map((key) => ({ file, key }));
  });
}

describe('storage keys', () => {
  const { exact, prefixes } = declared();
  const isDeclared = (key: string) => exact.has(key) || prefixes.some((p) => key.startsWith(p));

  it('finds the keys items.ts declares, the vault’s raw keys among them', () => {
    expect([...exact]).toEqual(expect.arrayContaining(['settings', 'keep', 'guide', 'vault:header', 'vault:key', 'vault:snapshot', 'vault:strength']));
    expect(prefixes).toEqual(expect.arrayContaining(['tab:', 'vault:e:']));
  });

  it('sees the keys the code uses (the settings item’s spec)', () => {
    expect(used().map((u) => u.key)).toContain('settings');
  });

  it('uses no key that items.ts does not declare', () => {
    expect(used().filter((u) => !isDeclared(u.key))).toEqual([]);
  });

  it('writes out a declared key nowhere but items.ts', () => {
    const namespaced = [...exact, ...prefixes].filter((key) => key.includes(':'));
    const again = files('src')
      .filter((file) => file !== ITEMS_FILE)
      .flatMap((file) => {
        const text = code(file);
        return namespaced.filter((key) => text.includes(`'${key}'`) || text.includes(`\`${key}`)).map((key) => ({ file, key }));
      });
    expect(again).toEqual([]);
  });
});
