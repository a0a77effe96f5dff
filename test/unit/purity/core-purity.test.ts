// Convention test: every feature's core/ (and the recipes, protocol and password rules) run in Node and in every extension context, so they
// must not touch page or extension globals (DESIGN.md "Architecture": core has no browser APIs).
// Lint enforces the same; this holds even where a lint rule is switched off in a file.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = readdirSync('src')
  .map((feature) => join('src', feature, 'core'))
  .filter((dir) => existsSync(dir))
  .concat(['src/guide/recipes', 'src/shared/protocol', 'src/shared/passwords', 'src/shared/storage/versioned.ts'])
  .concat(readdirSync('src/shared').filter((name) => name.endsWith('.ts')).map((name) => join('src/shared', name)));
const FORBIDDEN = /\b(document|window|chrome|browser|localStorage|sessionStorage)\s*[.[]|webextension-polyfill|from 'zod'/;

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
