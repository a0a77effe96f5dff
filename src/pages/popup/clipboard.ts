// Runs in: the action popup. Copies text and clears it again after a delay.
//
// This clear runs while the popup is open; a popup's timers die with it, so entry-actions.ts also
// asks the background to clear at the same time (vault/background/clipboard-clear.ts).
//
// We clear only if the clipboard still holds what we copied. Reading it needs the
// `clipboardRead` permission, which the manifest does not ask for; where the read is refused we
// fall back to "nothing else was copied from this popup since", which is the same fact while the
// popup is open: copying anywhere else moves focus away and closes the popup.
let lastCopied: symbol | null = null;

async function stillHolds(text: string, token: symbol): Promise<boolean> {
  if (lastCopied !== token) return false;
  try {
    return (await navigator.clipboard.readText()) === text;
  } catch {
    return true;
  }
}

/** Copies `text`; with `clearAfterSeconds`, clears it later if it is still there. */
export async function copyText(text: string, clearAfterSeconds?: number): Promise<void> {
  await navigator.clipboard.writeText(text);
  const token = Symbol('copy');
  lastCopied = token;
  if (clearAfterSeconds === undefined) return;
  setTimeout(() => {
    void stillHolds(text, token).then(async (holds) => {
      if (!holds) return;
      await navigator.clipboard.writeText('').catch(() => undefined);
      if (lastCopied === token) lastCopied = null;
    });
  }, clearAfterSeconds * 1000);
}
