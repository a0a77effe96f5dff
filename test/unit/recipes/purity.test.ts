// Convention test: recipes and the guide engine are pure data and logic (DESIGN.md: core has no
// browser APIs). Lint covers src/core; src/recipes sits outside its zone, so this test covers both.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['src/core/recipes', 'src/recipes'];
const FORBIDDEN = /\b(document|window|chrome|browser|localStorage|sessionStorage)\s*[.[]|webextension-polyfill|from 'zod'/;

function files(path: string): string[] {
  if (statSync(path).isFile()) return path.endsWith('.ts') ? [path] : [];
  return readdirSync(path).flatMap((name) => files(join(path, name)));
}

describe('guide core purity', () => {
  it.each(ROOTS.flatMap(files))('%s uses no browser or extension globals', (file) => {
    const code = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('//') && !line.trimStart().startsWith('*'))
      .join('\n');
    expect(code).not.toMatch(FORBIDDEN);
  });
});
