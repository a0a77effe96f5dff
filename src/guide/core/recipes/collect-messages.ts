// Runs anywhere. The English messages a set of recipes uses, key -> default text, found by walking
// the data for { key, en } pairs (instructions and tips at any depth). A key used twice with two
// different texts is reported, since one locale entry cannot hold both.
export interface MessageConflict {
  key: string;
  texts: [string, string];
}

function walk(value: unknown, visit: (key: string, en: string) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, visit);
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record.key === 'string' && typeof record.en === 'string') visit(record.key, record.en);
    for (const child of Object.values(record)) walk(child, visit);
  }
}

export function englishMessages(data: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  walk(data, (key, en) => {
    if (!Object.hasOwn(out, key)) out[key] = en;
  });
  return out;
}

export function messageConflicts(data: unknown): MessageConflict[] {
  const seen = new Map<string, string>();
  const conflicts: MessageConflict[] = [];
  walk(data, (key, en) => {
    const first = seen.get(key);
    if (first === undefined) seen.set(key, en);
    else if (first !== en) conflicts.push({ key, texts: [first, en] });
  });
  return conflicts;
}
