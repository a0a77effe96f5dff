// The E2E start order: the longest files first by the checked-in table, whatever vitest's cache
// (absent on a clean clone) or the files' sizes say, and other projects' files left where they were.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestSpecification, Vitest } from 'vitest/node';
import { describe, expect, it } from 'vitest';
import { FILE_WEIGHTS_MS, UNKNOWN_FILE_WEIGHT_MS } from '../../e2e/file-weights';
import { WeightedSequencer } from '../../e2e/sequencer';

const ROOT = '/repo';
/** The table's two longest files, the longest first. */
const [LONGEST = '', SECOND = ''] = Object.entries(FILE_WEIGHTS_MS).sort((a, b) => b[1] - a[1]).map(([path]) => path);

function spec(project: string, path: string): TestSpecification {
  return { project: { name: project, config: { sequence: { groupOrder: 0 }, isolate: true } }, moduleId: `${ROOT}/${path}` } as unknown as TestSpecification;
}

/** A vitest with no duration cache (a clean clone) unless `durations` gives some, and file sizes that say the opposite of the weights. */
function sequencer(durations: Record<string, number> = {}): WeightedSequencer {
  const ctx = {
    config: { root: ROOT },
    cache: {
      getFileTestResults: (key: string) => (key in durations ? { duration: durations[key], failed: false } : undefined),
      getFileStats: (key: string) => ({ size: key.includes(LONGEST) ? 1 : 1_000 }),
    },
  };
  return new WeightedSequencer(ctx as unknown as Vitest);
}

const paths = (specs: TestSpecification[]) => specs.map((s) => `${s.project.name}:${s.moduleId.slice(ROOT.length + 1)}`);

describe('the E2E sequencer', () => {
  it('starts the longest known file first on a clean clone, the unknown ones after the known long ones', async () => {
    const files = [spec('e2e', 'test/e2e/lifetime.e2e.ts'), spec('e2e', 'test/e2e/keyboard-journey.e2e.ts'), spec('e2e', LONGEST), spec('e2e', SECOND)];
    expect(paths(await sequencer().sort(files))).toEqual([
      `e2e:${LONGEST}`,
      `e2e:${SECOND}`,
      'e2e:test/e2e/keyboard-journey.e2e.ts',
      'e2e:test/e2e/lifetime.e2e.ts',
    ]);
  });

  it('places a file the table does not know by its cached duration where there is one', async () => {
    const files = [spec('e2e', 'test/e2e/new-short.e2e.ts'), spec('e2e', 'test/e2e/guide.e2e.ts'), spec('e2e', 'test/e2e/new-long.e2e.ts')];
    const longest = Math.max(...Object.values(FILE_WEIGHTS_MS));
    const sorted = await sequencer({ 'e2e:test/e2e/new-long.e2e.ts': longest + 1, 'e2e:test/e2e/new-short.e2e.ts': UNKNOWN_FILE_WEIGHT_MS - 1 }).sort(files);
    expect(paths(sorted)).toEqual(['e2e:test/e2e/new-long.e2e.ts', 'e2e:test/e2e/guide.e2e.ts', 'e2e:test/e2e/new-short.e2e.ts']);
  });

  it('leaves the files of other projects in vitest\'s own order', async () => {
    const files = [spec('unit', 'test/unit/b.test.ts'), spec('e2e', 'test/e2e/lifetime.e2e.ts'), spec('unit', 'test/unit/a.test.ts'), spec('e2e', 'test/e2e/sync.e2e.ts')];
    const sorted = paths(await sequencer().sort(files));
    expect(sorted.filter((p) => p.startsWith('e2e:'))).toEqual(['e2e:test/e2e/sync.e2e.ts', 'e2e:test/e2e/lifetime.e2e.ts']);
    expect(sorted.filter((p) => p.startsWith('unit:'))).toEqual(['unit:test/unit/b.test.ts', 'unit:test/unit/a.test.ts']);
  });

  it('knows only files that exist', () => {
    const root = resolve(import.meta.dirname, '../../..');
    expect(Object.keys(FILE_WEIGHTS_MS).filter((path) => !existsSync(resolve(root, path)))).toEqual([]);
  });
});
