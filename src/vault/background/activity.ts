// Runs in: background. When a request last used the vault (vault.ts: unlocked(), openVault()):
// background work waits for a quiet moment.
let lastUse = 0;

export const markUse = (now: number): void => {
  lastUse = now;
};

export const sinceLastUse = (now: number): number => now - lastUse;
