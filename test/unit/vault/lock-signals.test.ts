// Which signals from the browser lock the vault (vault/core/lock-signals.ts), per auto-lock setting.
import { describe, expect, it } from 'vitest';
import { ASLEEP_AFTER_MS, idleSeconds, locksOn, type LockSignal } from '../../../src/vault/core/lock-signals';
import type { AutoLock } from '../../../src/settings/core/settings';

describe('lock signals', () => {
  it.each<[string, LockSignal, AutoLock, boolean]>([
    ['the screen locked (Chrome)', { kind: 'idle-state', state: 'locked' }, '15', true],
    ['the screen locked, whatever the auto-lock setting', { kind: 'idle-state', state: 'locked' }, 'restart', true],
    ['no input for the auto-lock time (idle)', { kind: 'idle-state', state: 'idle' }, '15', true],
    ['idle, with auto-lock only on restart', { kind: 'idle-state', state: 'idle' }, 'restart', false],
    ['active again', { kind: 'idle-state', state: 'active' }, '1', false],
    ['the last browser window closed', { kind: 'windows-left', count: 0 }, '240', true],
    ['the last browser window closed, auto-lock only on restart', { kind: 'windows-left', count: 0 }, 'restart', true],
    ['a window closed, another left', { kind: 'windows-left', count: 1 }, '1', false],
    ['a heartbeat on time', { kind: 'heartbeat', due: 1_000, firedAt: 1_500 }, '15', false],
    ['a heartbeat just within the grace', { kind: 'heartbeat', due: 1_000, firedAt: 1_000 + ASLEEP_AFTER_MS }, '15', false],
    ['a heartbeat long after it was due (the system slept)', { kind: 'heartbeat', due: 1_000, firedAt: 1_001 + ASLEEP_AFTER_MS }, 'restart', true],
  ])('%s: %s', (_name, signal, setting, locks) => {
    expect(locksOn(signal, setting)).toBe(locks);
  });

  it('sets the system idle time to the auto-lock time', () => {
    expect(idleSeconds('1')).toBe(60);
    expect(idleSeconds('240')).toBe(14_400);
    expect(idleSeconds('restart')).toBeNull();
  });
});
