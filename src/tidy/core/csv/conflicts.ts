// Runs anywhere. A field read from several columns (detect.ts) is refused only when two of them
// hold different values on some row: then we cannot tell which is meant, and guessing could
// import every row with the wrong URL or username. An always-empty duplicate (1Password 6's
// website beside its URL) or a copy of the same value is no conflict. Preferred-alias fields
// (notes, name...) never conflict: the first with a value wins.
import { PRIORITY_FIELDS, type Field } from './fields';
import type { DetectedFormat } from './detect';
import type { ImportError } from './import-error';
import type { CsvRecord } from './tokenize';

export function findConflict(header: readonly string[], records: readonly CsvRecord[], detected: DetectedFormat): ImportError | null {
  for (const [field, indexes] of Object.entries(detected.columns) as [Field, readonly number[]][]) {
    if (indexes.length < 2 || PRIORITY_FIELDS.has(field)) continue;
    for (const { cells } of records) {
      let seen: string | undefined;
      for (const index of indexes) {
        const value = cells[index];
        if (value === undefined || value.trim() === '') continue;
        if (seen !== undefined && value.trim() !== seen) {
          return { code: 'conflicting-columns', field, columns: indexes.map((i) => header[i]?.trim() ?? '') };
        }
        seen = value.trim();
      }
    }
  }
  return null;
}
