// Runs anywhere. Date cells as each exporter writes them, to epoch ms (entry.ts keeps every time
// in ms). Firefox writes epoch ms, Proton Pass epoch seconds, KeePassXC and Latchkey ISO 8601.
// A date we cannot read is "unknown", never an error: it only decides a conflict's default.

// 1e11 ms is March 1973 and 1e11 s is the year 5138: below it a number is seconds.
const SECONDS_BELOW = 1e11;

export function parseDateCell(cell: string): number | undefined {
  const text = cell.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) {
    const value = Number(text);
    const ms = Math.round(value < SECONDS_BELOW ? value * 1000 : value);
    return Number.isSafeInteger(ms) && ms > 0 ? ms : undefined;
  }
  // Only ISO-like dates: Date.parse also accepts "3/4/2024", which is March or April by locale.
  if (!/^\d{4}-\d{2}-\d{2}/.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) || ms < 0 ? undefined : ms;
}

export const formatDate = (ms: number): string => new Date(ms).toISOString();
