// @vitest-environment happy-dom
// A decisive click is timed from the press that began it (inpage/ui/decide/press-time.ts): the
// time a button is held down is not time spent looking at it.
import { describe, expect, it } from 'vitest';
import { watchPresses } from '../../../src/inpage/ui/decide/press-time';

/** An event as the browser would raise it from real input (a test cannot raise a trusted one). */
function input<E extends Event>(event: E, timeStamp: number, trusted = true): E {
  Object.defineProperty(event, 'isTrusted', { value: trusted });
  Object.defineProperty(event, 'timeStamp', { value: timeStamp });
  return event;
}

describe('watchPresses', () => {
  it("times a pointer click from its press", () => {
    const presses = watchPresses(document);
    document.body.dispatchEvent(input(new PointerEvent('pointerdown', { bubbles: true }), 1_000));
    expect(presses.pressedAt(input(new MouseEvent('click', { detail: 1 }), 1_450))).toBe(1_000);
    presses.stop();
  });

  it('times a keyboard click (no press of the pointer) as itself, whatever was pressed before', () => {
    const presses = watchPresses(document);
    document.body.dispatchEvent(input(new PointerEvent('pointerdown', { bubbles: true }), 1_000));
    expect(presses.pressedAt(input(new MouseEvent('click', { detail: 0 }), 5_000))).toBe(5_000);
    presses.stop();
  });

  it("ignores a press the page's script raised", () => {
    const presses = watchPresses(document);
    document.body.dispatchEvent(input(new PointerEvent('pointerdown', { bubbles: true }), 1_000, false));
    expect(presses.pressedAt(input(new MouseEvent('click', { detail: 1 }), 1_450))).toBe(1_450);
    presses.stop();
  });

  it('listens no more once stopped', () => {
    const presses = watchPresses(document);
    presses.stop();
    document.body.dispatchEvent(input(new PointerEvent('pointerdown', { bubbles: true }), 1_000));
    expect(presses.pressedAt(input(new MouseEvent('click', { detail: 1 }), 1_450))).toBe(1_450);
  });
});
