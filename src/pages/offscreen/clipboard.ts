// Runs in: Chrome's offscreen document (reason CLIPBOARD), created by the background only to
// clear a copied password after the delay. A service worker has no clipboard; an offscreen page
// has one but no focus, so navigator.clipboard may be refused ("document is not focused"). Then
// execCommand('copy') with a selection (as Chrome's offscreen clipboard sample does) and a copy
// handler that replaces the copied text with nothing.
import { onOffscreenRequest } from '../../shared/platform/offscreen';

function clearWithCopyCommand(): boolean {
  const area = document.createElement('textarea');
  area.value = ' ';
  document.body.append(area);
  area.select();
  const setEmpty = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/plain', '');
    event.preventDefault();
  };
  document.addEventListener('copy', setEmpty);
  try {
    return document.execCommand('copy');
  } finally {
    document.removeEventListener('copy', setEmpty);
    area.remove();
  }
}

onOffscreenRequest('clear-clipboard', async () => {
  try {
    await navigator.clipboard.writeText('');
    return true;
  } catch {
    return clearWithCopyCommand();
  }
});
