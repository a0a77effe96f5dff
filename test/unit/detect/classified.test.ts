// @vitest-environment happy-dom
// The content script's side of classification (detect/content/classified.ts): fill and capture
// get a form's class and roles only for the exact state the background classified, so a form that
// changed since (here: a field filled in, which the classifier reads) is classified again before it
// is used; an unchanged form is answered at once, in the same task; answers out of order never
// make an older report the newest.
import { beforeEach, describe, expect, it } from 'vitest';
import { detection } from '../../../src/detect/content/classified';
import { snapshotPage } from '../../../src/detect/content/snapshot';
import { classifyPage } from '../../../src/detect/core/classify';
import type { ReportRequest } from '../../../src/detect/core/messages';
import type { sendFromContent } from '../../../src/shared/platform/content-messaging';
import { attributeVisibility } from './attribute-visibility';

// Two passwords, both filled and different, read as current + new; empty, as a sign-up's pair.
const PAGE = `<form id="pw"><input id="a" type="password"><input id="b" type="password"><button>Continue</button></form>`;

/**
 * A background that classifies what it is sent, and answers when the test releases it.
 * `nextAsk` resolves when the next request arrives: a test waits for the ask itself, not a tick.
 */
function background() {
  const asked: ReportRequest[] = [];
  const held: (() => void)[] = [];
  let asking: (() => void) | undefined;
  const send = (async (_type: string, request: ReportRequest) => {
    asked.push(request);
    asking?.();
    await new Promise<void>((resolve) => held.push(resolve));
    return { ok: true, value: { seq: request.seq, stored: true, report: { ...classifyPage(request.snapshot), ms: 1 } } };
  }) as unknown as typeof sendFromContent;
  const nextAsk = () => new Promise<void>((resolve) => (asking = resolve));
  return { send, asked, nextAsk, release: (i: number) => held[i]?.() };
}

const take = () => snapshotPage(document, { visibility: attributeVisibility });

describe('classified forms in the content script', () => {
  beforeEach(() => {
    document.body.innerHTML = PAGE;
  });

  it('answers an unchanged form at once, and asks again for a form that changed', async () => {
    const bg = background();
    const d = detection(bg.send);
    const first = d.report(take(), 1);
    bg.release(0);
    const empty = await first;
    // Unchanged: answered in the same task, no message.
    let seen: string | undefined;
    void d.classified(take, (c) => { seen = c.forms[0]?.fields.map((f) => f.role).join(','); });
    expect(seen).toBe(empty?.forms[0]?.fields.map((f) => f.role).join(','));
    expect(bg.asked).toHaveLength(1);

    // Filled with two different passwords: the classifier reads that, so the old answer is not used.
    (document.getElementById('a') as HTMLInputElement).value = 'Old-Pass-1';
    (document.getElementById('b') as HTMLInputElement).value = 'New-Pass-2';
    const asked = bg.nextAsk();
    const now = d.classified(take, (c) => c.forms[0]?.fields.map((f) => f.role));
    await asked;
    expect(bg.asked).toHaveLength(2);
    bg.release(1);
    const roles = await now;
    expect(roles).toEqual(classifyPage(take()).forms[0]?.fields.map((f) => f.role));
    expect(roles).not.toEqual(empty?.forms[0]?.fields.map((f) => f.role));
  });

  it('keeps the newest snapshot\'s report as the newest, whatever order the answers come in', async () => {
    const bg = background();
    const d = detection(bg.send);
    const older = d.report(take(), 1);
    document.body.innerHTML = '<h1>Welcome</h1>';
    const newer = d.report(take(), 1);
    bg.release(1);
    await newer;
    bg.release(0);
    await older;
    expect(d.latest()?.pageClass).toBe('none');
    expect(bg.asked.map((r) => r.seq)).toEqual([1, 2]);
  });
});
