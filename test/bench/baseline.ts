// Runs in: an extension page of the benchmarked build, bundled by test/bench/baselines.ts. The
// same-run baselines the import figures are divided by: sealing N entries with the vault's own
// record code (vault/core/crypto/record.ts) and writing them in one storage.local set, and parsing a
// file with papaparse. A ratio to these says what the import itself adds, whatever the machine.
import Papa from 'papaparse';
import { sealRecord } from '../../src/vault/core/crypto/record';
import { createEntry, ENTRY_VERSION } from '../../src/vault/core/entry';

declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void>; remove(keys: string[]): Promise<void> } } };

async function sealAndWrite(count: number): Promise<number> {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  // Entries of the size an imported Chrome row makes (test/bench/seed.ts), built before the clock starts.
  const entries = Array.from({ length: count }, (_, i) =>
    createEntry({ id: crypto.randomUUID(), site: { origins: [`https://www.shop-${i % 2500}.example`], match: 'site' }, username: `buyer${i}@mail.example`, password: `Pw-${i.toString(36)}-x`, notes: `order notes, #${i}`, name: `shop-${i % 2500}.example` }, Date.now()),
  );
  const started = performance.now();
  const records: Record<string, unknown> = {};
  for (const entry of entries) records[`baseline:e:${entry.id}`] = await sealRecord(key, entry.id, ENTRY_VERSION, JSON.stringify(entry));
  await chrome.storage.local.set(records);
  const ms = performance.now() - started;
  await chrome.storage.local.remove(Object.keys(records));
  return ms;
}

// One parse of a 10,000-row file is a few tens of milliseconds, short enough that a moment's load
// from elsewhere can triple it: the median of a few parses is the round's baseline.
const PARSES = 5;

function parseMs(text: string): number {
  const times: number[] = [];
  for (let i = 0; i < PARSES; i++) {
    const started = performance.now();
    Papa.parse<string[]>(text, { delimiter: ',', header: false, skipEmptyLines: false });
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(PARSES / 2)] ?? Number.NaN;
}

Object.assign(globalThis, { latchkeyBaseline: { sealAndWrite, parseMs } });
