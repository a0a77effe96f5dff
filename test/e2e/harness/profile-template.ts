// A browser's own first start on an empty profile (creating its databases and caches) took
// seconds of every launch on the shared 2-core machine, and every E2E file launches both browsers.
// So an E2E run starts each browser once, with no extension, on a template profile (globalSetup:
// test/e2e/global-setup.ts), and each launch copies that template into its own fresh directory.
// The extension is still installed into every copy for the first time (first install, its options
// page, empty storage): only the browser's own first start is shared, never anything of ours.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { BrowserName } from './browser';

export type ProfileTemplates = Partial<Record<BrowserName, string>>;

declare module 'vitest' {
  export interface ProvidedContext {
    profileTemplates: ProfileTemplates;
  }
}

/** The run's template for `name`, or undefined outside an E2E run (benchmarks, scripts). */
function templateFor(name: BrowserName): string | undefined {
  try {
    return inject('profileTemplates')?.[name];
  } catch {
    return undefined; // not inside a vitest worker
  }
}

/** A new profile directory for `name`: a copy of the run's template where there is one, else empty. */
export function newProfile(name: BrowserName): string {
  const dir = mkdtempSync(join(tmpdir(), `latchkey-${name}-`));
  const template = templateFor(name);
  if (template) cpSync(template, dir, { recursive: true });
  return dir;
}

/** Makes the templates (started once and closed by `start`), and a function that removes them. */
export async function makeTemplates(names: readonly BrowserName[], start: (name: BrowserName, dir: string) => Promise<void>): Promise<{ templates: ProfileTemplates; remove(): void }> {
  const templates: ProfileTemplates = {};
  await Promise.all(
    names.map(async (name) => {
      const dir = mkdtempSync(join(tmpdir(), `latchkey-template-${name}-`));
      await start(name, dir);
      templates[name] = dir;
    }),
  );
  return { templates, remove: () => Object.values(templates).forEach((dir) => rmSync(dir, { recursive: true, force: true })) };
}
