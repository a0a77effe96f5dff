// A realistic large vault for benchmarks: a Chrome-format export of `count` logins spread over
// many shops (several accounts on some), with quoted notes.
export function chromeCsv(count: number, prefix = 'shop'): string {
  const lines = ['name,url,username,password,note'];
  for (let i = 0; i < count; i++) {
    const site = `${prefix}-${i % 2500}.example`;
    const user = `buyer${Math.floor(i / 2500)}@mail.example`;
    lines.push(`${site},https://www.${site}/login,${user},Pw-${i.toString(36)}-${(i * 7919) % 100_000},"order notes, #${i}"`);
  }
  return lines.join('\n');
}

/**
 * Waits until the background has scored every password for the health report. After an import
 * the strength sweep (tidy/background/strength-sweep.ts) works through the new passwords in
 * slices for several seconds; figures of a vault at rest are measured after it, as a user opens
 * the popup on any day but the one of a 10,000-row import. Asking for the report scores faster
 * than the sweep's idle-time slices.
 */
export async function untilScored(ask: () => Promise<{ ok: boolean; value?: { strength: { unchecked: number } } }>): Promise<void> {
  for (let i = 0; i < 400; i++) {
    const reply = await ask();
    if (reply.ok && reply.value?.strength.unchecked === 0) return;
  }
  throw new Error('the health report never finished scoring');
}
