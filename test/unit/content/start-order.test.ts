// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://shop.test/login.html"}
// The content script's start (src/content/index.ts): the background may command a document as
// soon as it has recorded the document's hello, which is before the hello's answer reaches the
// page. A fill the user asks for in that moment must be answered, not lost as "unreachable" (the
// background's sendMessage fails when no listener is there yet).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { classifyReport } from '../../../src/detect/background/classify-report';
import type { ReportRequest } from '../../../src/detect/core/messages';
import { attributeVisibility } from '../detect/attribute-visibility';

vi.mock('../../../src/shared/platform/log', () => ({ log: { warn: () => {}, info: () => {}, error: () => {} } }));
// happy-dom has no layout, so the product's check would call every field hidden.
vi.mock('../../../src/detect/content/visibility', () => ({ visibilityCheck: () => attributeVisibility }));
// Framing our pages (popover, extension iframe) is beyond happy-dom and not what is tested here.
vi.mock('../../../src/inpage/content/host-on-command', () => ({ hostOnCommand: () => undefined }));

type Listener = (raw: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (reply: unknown) => void) => true | undefined;

/** The extension API as the content script sees it, with the hello's answer held back. */
function extensionApi() {
  const listeners = new Set<Listener>();
  let helloSent = () => {};
  const hello = new Promise<void>((resolve) => (helloSent = resolve));
  let answerHello: (guided: boolean) => void = () => {};
  const sent: string[] = [];
  const reports: ReportRequest[] = [];
  const runtime = {
    id: 'latchkey',
    sendMessage: (message: { type: string; payload: unknown }) => {
      sent.push(message.type);
      if (message.type === 'content/hello') {
        helloSent();
        // Recorded by the background; the answer is on its way until the test gives it.
        return new Promise((resolve) => (answerHello = (guided) => resolve({ ok: true, value: { tabId: 1, frameId: 0, top: true, guided } })));
      }
      if (message.type === 'page/report') {
        const request = message.payload as ReportRequest;
        reports.push(request);
        return Promise.resolve({ ok: true, value: { seq: request.seq, stored: true, report: classifyReport(request) } });
      }
      return Promise.resolve({ ok: true, value: null });
    },
    connect: () => ({ onDisconnect: { addListener: () => undefined }, disconnect: () => undefined }),
    onMessage: { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) },
  };
  /**
   * Delivers a command from the background to the top frame, as tabs.sendMessage does. Resolves
   * with the answer, or undefined for none: what the background's sendTabCommand makes of a
   * missing listener too ("Receiving end does not exist").
   */
  const command = (raw: unknown) =>
    new Promise<unknown>((resolve) => {
      let later = false;
      for (const listener of listeners) {
        if (listener(raw, { id: runtime.id }, resolve) === true) later = true;
      }
      if (!later) setTimeout(() => resolve(undefined), 0);
    });
  return { runtime, hello, answerHello: (guided: boolean) => answerHello(guided), sent, reports, command };
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('the content script at start', () => {
  it('answers a fill that comes while its hello is still on the way back', async () => {
    document.body.innerHTML = `<form action="/session"><input id="email" type="email" name="email" autocomplete="username">
      <input id="password" type="password" name="password" autocomplete="current-password"><button>Sign in</button></form>`;
    const api = extensionApi();
    vi.stubGlobal('chrome', { runtime: api.runtime });
    await import('../../../src/content/index');
    await api.hello;

    const outcome = await api.command({ kind: 'fill', username: 'shopper@example.test', password: 'Correct-Horse-42', pageUrl: 'https://shop.test/login.html' });

    expect(outcome).toEqual({ filled: true, reason: 'filled' });
    expect((document.getElementById('password') as HTMLInputElement).value).toBe('Correct-Horse-42');
    // The hello still had no answer: nothing after it in the start had run.
    expect(api.sent[0]).toBe('content/hello');
    expect(api.sent).not.toContain('keep/observe');
  });

  it('keeps following a guide whose panel came while its hello was out', async () => {
    document.body.innerHTML = `<h1>Change your password</h1><form><input type="password" autocomplete="new-password"></form>`;
    const api = extensionApi();
    vi.stubGlobal('chrome', { runtime: api.runtime });
    await import('../../../src/content/index');
    await api.hello;

    // The user opened the guide after the background had read "no guide here" into the hello's answer.
    await api.command({ kind: 'guide-panel' });
    api.answerHello(false);

    // The page is reported with its texts, which are read only while a guide follows it.
    await vi.waitFor(() => expect(api.reports.length).toBeGreaterThan(0));
    expect(api.reports[0]?.snapshot.texts).toBeDefined();
  });
});
