// Convention test: the vault core runs in Node and in every extension context, so it must not
// touch page or extension globals (DESIGN.md "Architecture": core has no browser APIs).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['src/core/crypto', 'src/core/vault', 'src/core/match', 'src/core/rules', 'src/core/strength.ts', 'src/core/result.ts'];
const FORBIDDEN = /\b(document|window|chrome|browser|localStorage|sessionStorage)\s*[.[]|webextension-polyfill/;

function files(path: string): string[] {
  if (statSync(path).isFile()) return path.endsWith('.ts') ? [path] : [];
  return readdirSync(path).flatMap((name) => files(join(path, name)));
}

describe('core purity', () => {
  it.each(ROOTS.flatMap(files))('%s uses no browser or extension globals', (file) => {
    const code = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('//') && !line.trimStart().startsWith('*'))
      .join('\n');
    expect(code).not.toMatch(FORBIDDEN);
  });
});
