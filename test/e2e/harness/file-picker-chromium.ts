// Answers the file picker a key opens on a file input, in Chromium, as the user would in the picker.
// Done on our own DevTools session rather than playwright's 'filechooser' event: the interception
// is on (awaited) before the key is pressed, and the picker is answered by the node Chromium names.
// playwright's event goes through its utility world, which it creates in our extension pages on its
// own schedule; once, under CI load, no event came within 10 s although the file input had the
// focus, and nothing said whether the key, the picker or the event was missing. This path says.
import type { Page } from 'playwright-core';

interface PickerOpened { backendNodeId?: number; mode?: string }

const PICKER_WAIT_MS = 10_000;
/** The page's record of a click on a file input, the activation a key press gives it. */
const CLICKS = '__latchkeyTestFileInputClicks';

export async function pressForFilesChromium(page: Page, key: string, paths: readonly string[]): Promise<void> {
  // Said before the key, as Firefox's does: a key pressed where no file input has the focus
  // opens nothing, which would otherwise show only as no picker within the wait.
  const onFileInput = await page.evaluate(() => {
    const el = document.activeElement;
    return document.hasFocus() && el instanceof HTMLInputElement && el.type === 'file' && !el.disabled;
  });
  if (!onFileInput) throw new Error('The focused element is not a file input: the keyboard cannot open a picker here');

  await page.evaluate((name) => {
    const scope = window as unknown as Record<string, number>;
    scope[name] = 0;
    document.addEventListener('click', (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'file') scope[name] = (scope[name] ?? 0) + 1;
    }, { capture: true });
  }, CLICKS);

  const cdp = await page.context().newCDPSession(page);
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await cdp.send('Page.enable');
    await cdp.send('Page.setInterceptFileChooserDialog', { enabled: true });
    const opened = new Promise<PickerOpened>((resolve) => cdp.once('Page.fileChooserOpened', resolve));
    const waited = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), PICKER_WAIT_MS)));
    await page.keyboard.press(key);
    const picker = await Promise.race([opened, waited]);
    if (!picker?.backendNodeId) {
      const seen = await page.evaluate((name) => ({
        clicks: (window as unknown as Record<string, number>)[name] ?? 0,
        focus: document.hasFocus() ? (document.activeElement?.id || document.activeElement?.localName || '') : '(document not focused)',
      }), CLICKS);
      throw new Error(
        `${key} opened no file picker within ${PICKER_WAIT_MS} ms: ${picker ? 'the picker named no node' : 'none reported'}; ` +
          `file input clicks (activations) seen by the page: ${seen.clicks}; focus now on: ${seen.focus}`,
      );
    }
    await cdp.send('DOM.setFileInputFiles', { files: [...paths], backendNodeId: picker.backendNodeId });
  } finally {
    clearTimeout(timer);
    await cdp.send('Page.setInterceptFileChooserDialog', { enabled: false }).catch(() => undefined);
    await cdp.detach().catch(() => undefined);
  }
}
