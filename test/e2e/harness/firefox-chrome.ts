// Firefox's browser window scope (chrome), reached over WebDriver BiDi with
// --remote-allow-system-access: what a person would change in about:config or answer in the
// browser's own UI, which WebDriver cannot click.
import type { Browser } from 'puppeteer-core';

interface BidiConnection { send(method: string, params: object): Promise<{ result: unknown }> }

/** Puppeteer's own WebDriver BiDi connection, for commands it has no method for. */
export const bidiConnection = (browser: Browser): BidiConnection => (browser as unknown as { connection: BidiConnection }).connection;

export async function evaluateInFirefoxChrome(browser: Browser, expression: string): Promise<unknown> {
  const connection = bidiConnection(browser);
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: { context: string }[] };
  const chromeWindow = tree.contexts[0]?.context;
  if (!chromeWindow) throw new Error('no browser window in chrome scope');
  const evaluated = (await connection.send('script.evaluate', { expression, target: { context: chromeWindow }, awaitPromise: true })).result as {
    type: string;
    result?: { value?: unknown };
    exceptionDetails?: { text: string };
  };
  if (evaluated.type !== 'success') throw new Error(evaluated.exceptionDetails?.text ?? 'evaluate failed');
  return evaluated.result?.value;
}
