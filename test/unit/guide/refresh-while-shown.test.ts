// @vitest-environment happy-dom
// The guide asks for its state again only while its tab is seen: a hidden tab sends nothing, and
// shown again it asks at once, then on its period.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { refreshWhileShown } from '../../../src/guide/ui/refresh-while-shown';

const PERIOD = 700;
let shown: DocumentVisibilityState = 'visible';

function setVisibility(state: DocumentVisibilityState) {
  shown = state;
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(() => {
  vi.useFakeTimers();
  shown = 'visible';
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => shown });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('refreshWhileShown', () => {
  it('asks at once, then once per period while the tab is seen', () => {
    const load = vi.fn();
    const stop = refreshWhileShown(document, PERIOD, load);
    expect(load).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(PERIOD * 3);
    expect(load).toHaveBeenCalledTimes(4);
    stop();
    vi.advanceTimersByTime(PERIOD * 3);
    expect(load).toHaveBeenCalledTimes(4);
  });

  it('asks nothing while the tab is hidden, and asks at once when it is shown again', () => {
    const load = vi.fn();
    const stop = refreshWhileShown(document, PERIOD, load);
    setVisibility('hidden');
    vi.advanceTimersByTime(PERIOD * 10);
    expect(load).toHaveBeenCalledTimes(1);
    setVisibility('visible');
    expect(load).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(PERIOD);
    expect(load).toHaveBeenCalledTimes(3);
    // A second "visible" (the event also fires for other reasons) starts no second timer.
    setVisibility('visible');
    vi.advanceTimersByTime(PERIOD);
    expect(load).toHaveBeenCalledTimes(4);
    stop();
  });

  it('opened in a hidden tab, asks once and waits to be seen', () => {
    shown = 'hidden';
    const load = vi.fn();
    const stop = refreshWhileShown(document, PERIOD, load);
    vi.advanceTimersByTime(PERIOD * 5);
    expect(load).toHaveBeenCalledTimes(1);
    setVisibility('visible');
    vi.advanceTimersByTime(PERIOD);
    expect(load).toHaveBeenCalledTimes(3);
    stop();
    // Stopped: a visibility change after it asks nothing.
    setVisibility('hidden');
    setVisibility('visible');
    expect(load).toHaveBeenCalledTimes(3);
  });
});
