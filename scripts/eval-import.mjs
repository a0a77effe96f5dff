#!/usr/bin/env node
// `npm run eval:import -- <dir> <references.yml> [file ...]`: imports every export in <dir> (or
// the files named) through tidy/core/csv/read.ts, as the options page would, and checks each login the
// reference list holds (title, login, password, url, comments as pass-import's references/main.yml
// writes them): found with its username, password, origin and name (where the file has names)
// exactly; the rest of each file is counted as skipped or refused with a reason. For
// export collections kept outside the repository, such as
// pass-import's tests/assets/db (GPL-3.0, not copied here).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'rolldown';

const [dir, refsPath, ...only] = process.argv.slice(2);
if (!dir || !refsPath) {
  console.error('usage: npm run eval:import -- <exports-dir> <references.yml> [file ...]');
  process.exit(2);
}

/** The small YAML subset of pass-import's references: a list of "key: value" maps, "|-" blocks. */
function readReferences(text) {
  const items = [];
  let item = null;
  let block = null;
  for (const line of text.split('\n')) {
    if (block && /^ {4}/.test(line)) {
      item[block] = item[block] === undefined ? line.slice(4) : `${item[block]}\n${line.slice(4)}`;
      continue;
    }
    block = null;
    const m = /^(- | {2})(\w+): ?(.*)$/.exec(line);
    if (!m) continue;
    if (m[1] === '- ') items.push((item = {}));
    const [, , key, raw] = m;
    if (raw === '|-' || raw === '|') block = key;
    else item[key] = raw.startsWith('"') ? JSON.parse(raw) : raw;
  }
  return items;
}

const out = await build({ input: new URL('../src/tidy/core/csv/read.ts', import.meta.url).pathname, write: false, output: { format: 'esm' }, logLevel: 'silent' });
const { readImportCsv } = await import(`data:text/javascript;base64,${Buffer.from(out.output[0].code).toString('base64')}`);

const references = readReferences(readFileSync(refsPath, 'utf8')).filter((r) => r.password && r.url);
const files = only.length > 0 ? only : readdirSync(dir).filter((f) => /\.(csv|json)$/.test(f)).sort();
const originOf = (url) => new URL(/^[a-z]+:/i.test(url) ? url : `https://${url}`).origin;
const rows = [];
for (const file of files) {
  const read = readImportCsv(readFileSync(join(dir, file), 'utf8'));
  if (!read.ok) {
    rows.push({ file, format: '-', result: `refused: ${read.error.code}`, exact: '', missing: '' });
    continue;
  }
  const logins = read.value.rows.filter((r) => r.kind === 'login');
  const problems = read.value.rows.filter((r) => r.kind !== 'login');
  const exact = references.filter((ref) =>
    logins.some((l) => l.password === ref.password && l.username === (ref.login ?? '') && l.origins.includes(originOf(ref.url)) && (l.name === '' || l.name === ref.title)),
  );
  const missing = references.filter((ref) => !exact.includes(ref)).map((ref) => ref.title);
  rows.push({
    file,
    format: read.value.format + (read.value.guessed ? ' (guessed)' : ''),
    result: `${logins.length} logins, ${problems.filter((p) => p.kind === 'skipped').length} skipped, ${problems.filter((p) => p.kind === 'error').length} errors (${[...new Set(problems.map((p) => p.code))].join(' ')})`,
    exact: `${exact.length}/${references.length}`,
    missing: missing.join('; '),
  });
}
console.table(rows);
