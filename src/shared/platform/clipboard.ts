// Runs in: background. Clears the clipboard after a copied password's delay, even when the popup
// that copied it has closed. Firefox's background page has a clipboard (clipboardWrite permission);
// Chrome's service worker has none, so an offscreen document does it.
import { runOffscreen } from './offscreen';

export async function clearClipboard(): Promise<boolean> {
  if (__TARGET__ === 'firefox') {
    await navigator.clipboard.writeText('');
    return true;
  }
  return runOffscreen('clear-clipboard', 'Clear a copied password from the clipboard after the delay the user chose.');
}
