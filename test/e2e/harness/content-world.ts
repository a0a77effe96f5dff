// Sends a protocol message from the extension's own content script in a tab, so the background
// sees a real `content` sender (tab, frame and URL from the browser, as for `page/report`).
// Tests use it to drive messages whose content-script side is not written yet, and to check what a
// content script may not do. Each browser reaches the content script's world its own way:
// - Chromium: CDP evaluates in the isolated world Chrome creates for the extension in the page.
// - Firefox: with --remote-allow-system-access, BiDi evaluates in the browser window (chrome
//   scope); a frame script in the tab's content process finds the content script's sandbox through
//   ExtensionContent.getContextByExtensionId (Firefox's own test hook) and sends from there.
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

interface IsolatedContext { id: number; origin: string; auxData?: { isDefault?: boolean; type?: string; frameId?: string } }

export async function sendAsContentChromium(page: PlaywrightPage, message: { type: string; payload: unknown }): Promise<unknown> {
  return evaluateAsContentChromium(page, `chrome.runtime.sendMessage(${JSON.stringify(message)})`);
}

/** Evaluates `expression` in the extension's content-script world of the page's top frame. */
export async function evaluateAsContentChromium(page: PlaywrightPage, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: IsolatedContext[] = [];
    cdp.on('Runtime.executionContextCreated', (event: { context: IsolatedContext }) => void contexts.push(event.context));
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    await cdp.send('Runtime.enable'); // replays a created event for every live context
    const world = contexts.find(
      (c) => c.auxData?.type === 'isolated' && c.auxData.frameId === frameTree.frame.id && c.origin.startsWith('chrome-extension://'),
    );
    if (!world) throw new Error('no content-script world in the page');
    const result = (await cdp.send('Runtime.evaluate', {
      contextId: world.id,
      expression,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value: unknown }; exceptionDetails?: { text: string } };
    if (result.exceptionDetails) throw new Error(result.exceptionDetails.text);
    return result.result.value;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

interface BidiConnection { send(method: string, params: object): Promise<{ result: unknown }> }

export async function sendAsContentFirefox(page: PuppeteerPage, extensionId: string, message: { type: string; payload: unknown }): Promise<unknown> {
  const connection = (page.browser() as unknown as { connection: BidiConnection }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: { context: string }[] };
  const chromeWindow = tree.contexts[0]?.context;
  if (!chromeWindow) throw new Error('no browser window in chrome scope');
  const frameScript = `
    const { ExtensionContent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionContent.sys.mjs');
    const reply = (value) => sendAsyncMessage('latchkey-test:reply', value);
    try {
      const context = ExtensionContent.getContextByExtensionId(${JSON.stringify(extensionId)}, content);
      Cu.evalInSandbox('browser.runtime.sendMessage(' + ${JSON.stringify(JSON.stringify(message))} + ')', context.sandbox)
        .then((value) => reply(JSON.stringify({ value })), (error) => reply(JSON.stringify({ error: String(error) })));
    } catch (error) { reply(JSON.stringify({ error: String(error) })); }`;
  const expression = `new Promise((done) => {
    const tab = gBrowser.browsers.find((b) => b.currentURI.spec === ${JSON.stringify(page.url())});
    if (!tab) return done(JSON.stringify({ error: 'no tab at ${page.url()}' }));
    const mm = tab.messageManager;
    const listener = (m) => { mm.removeMessageListener('latchkey-test:reply', listener); done(String(m.data)); };
    mm.addMessageListener('latchkey-test:reply', listener);
    mm.loadFrameScript('data:application/javascript,' + encodeURIComponent(${JSON.stringify(frameScript)}), false);
  })`;
  const evaluated = (await connection.send('script.evaluate', { expression, target: { context: chromeWindow }, awaitPromise: true })).result as {
    type: string;
    result?: { value?: string };
    exceptionDetails?: { text: string };
  };
  if (evaluated.type !== 'success' || typeof evaluated.result?.value !== 'string') throw new Error(evaluated.exceptionDetails?.text ?? 'evaluate failed');
  const parsed = JSON.parse(evaluated.result.value) as { value?: unknown; error?: string };
  if (parsed.error) throw new Error(parsed.error);
  return parsed.value;
}
