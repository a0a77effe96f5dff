// The decision gate's clock (inpage/ui/decide/visibility-clock.ts): a decisive click counts only if the
// browser reported the UI visible without a break from MIN_VISIBLE_MS before the click until now.
import { describe, expect, it } from 'vitest';
import { MIN_VISIBLE_MS } from '../../../src/shared/protocol/frame-channel';
import { visibilityClock } from '../../../src/inpage/ui/decide/visibility-clock';

type Step = ['visible' | 'hidden', number] | ['layout', number];

function clockAfter(steps: Step[]) {
  const clock = visibilityClock();
  for (const [what, at] of steps) {
    if (what === 'layout') clock.restart(at);
    else clock.report(what === 'visible', at);
  }
  return clock;
}

describe('visibilityClock', () => {
  it.each<[string, Step[], number, boolean]>([
    ['visible long enough before the click', [['visible', 1000]], 1000 + MIN_VISIBLE_MS, true],
    ['visible, but not yet long enough', [['visible', 1000]], 1000 + MIN_VISIBLE_MS - 1, false],
    ['never reported', [], 10_000, false],
    ['reported hidden', [['hidden', 1000]], 10_000, false],
    // The cover taken away at mousedown: hidden until just before the click.
    ['uncovered just before the click', [['visible', 0], ['hidden', 100], ['visible', 2000]], 2100, false],
    ['a break resets the clock, however long it was visible before', [['visible', 0], ['hidden', 5000], ['visible', 5100]], 5100 + MIN_VISIBLE_MS - 1, false],
    ['a break long ago does not matter', [['visible', 0], ['hidden', 100], ['visible', 200]], 5000, true],
    ['repeated visible reports keep the first time', [['visible', 0], ['visible', 400]], MIN_VISIBLE_MS, true],
    ['hidden after the click (seen when the answers settle)', [['visible', 0], ['hidden', 900]], 800, false],
    // Our own layout changed: what the pointer is over now is new.
    ['moved by our own layout just before the click', [['visible', 0], ['layout', 900]], 1000, false],
    ['moved by our own layout long before the click', [['visible', 0], ['layout', 100]], 100 + MIN_VISIBLE_MS, true],
    ['a layout change while hidden does not arm anything', [['hidden', 0], ['layout', 100]], 5000, false],
  ])('%s', (_name, steps, clickAt, counts) => {
    expect(clockAfter(steps).allows(clickAt)).toBe(counts);
  });

  it('says when a click will count, or that none will while hidden', () => {
    expect(clockAfter([['visible', 1000]]).armedAt()).toBe(1000 + MIN_VISIBLE_MS);
    expect(clockAfter([['visible', 1000], ['layout', 1200]]).armedAt()).toBe(1200 + MIN_VISIBLE_MS);
    expect(clockAfter([['visible', 1000], ['hidden', 1200]]).armedAt()).toBeNull();
  });
});
