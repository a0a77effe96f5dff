// Reads a fixture as the options page will: bytes decoded as UTF-8 without `fatal`, so bytes
// that are not UTF-8 become U+FFFD and the importer, not the decoder, reports them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = 'test/fixtures/csv';
export const readFixture = (file: string): string => new TextDecoder('utf-8').decode(readFileSync(join(FIXTURES, file)));
