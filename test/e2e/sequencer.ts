// The order E2E files start in. Two run at a time, so the run ends when the later of the two
// workers' last files ends: started longest first, the long files overlap the short ones and the
// short ones fill the end (the longest-processing-time rule). Vitest's own order is longest first
// only from its duration cache, which a clean clone (CI) does not have: it then starts the largest
// files first, and the sync file, long for its waits rather than its size, started late and ran
// alone at the end. So the known weights are checked in (file-weights.ts).
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { FILE_WEIGHTS_MS, UNKNOWN_FILE_WEIGHT_MS } from './file-weights.ts';

export class WeightedSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const base = await super.sort(files);
    const e2e = (spec: TestSpecification) => spec.project.name === 'e2e';
    const weight = (spec: TestSpecification) => {
      const path = relative(this.ctx.config.root, spec.moduleId).replaceAll('\\', '/');
      // A file the table does not know yet: its last run's duration where this clone has one.
      const cached = this.ctx.cache.getFileTestResults(`${spec.project.name}:${path}`)?.duration;
      return FILE_WEIGHTS_MS[path] ?? cached ?? UNKNOWN_FILE_WEIGHT_MS;
    };
    // Only the E2E files move, within the places they had: projects run one after another.
    const weighted = base.filter(e2e).sort((a, b) => weight(b) - weight(a));
    return base.map((spec) => (e2e(spec) ? (weighted.shift() ?? spec) : spec));
  }
}
