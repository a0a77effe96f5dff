// Runs anywhere. Formats a message from a `_locales/<lang>/messages.json` table the way the
// browser's i18n.getMessage does: named placeholders ($COUNT$) map to positional contents ($1),
// which take the substitutions. Used as a fallback when the browser answers "" for a known key.
export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export function formatMessage(entry: MessageEntry, substitutions: readonly string[]): string {
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  const named = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const content = named.get(name.toLowerCase());
      return content === undefined ? whole : positional(content);
    })
    .replace(/\$\$/g, '$');
}
