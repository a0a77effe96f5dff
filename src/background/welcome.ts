// Runs in: background. The first run opens the options page, where the vault is created. The
// install event alone is not enough: about once in 90 installs on a loaded CI machine, Firefox
// started the background for the install (startup reason ADDON_INSTALL) and no tab opened, so
// the event was lost or came before our listener; the background then idled and stopped. So the
// page also opens on the first start that finds no record of it and no vault, and either way
// only once: the time it opened is kept (`welcomeItem`). A user updating from a version without
// the record who has a vault is only recorded; one who never made a vault sees the page once.
import { welcomeItem } from '../shared/storage/items';
import { readHeader } from '../vault/background/header-store';
import { openOptionsTab } from '../shared/platform/runtime';

/** What opening the welcome needs from storage and the browser (injected for the unit test). */
export interface WelcomeDeps {
  /** When it opened before, null if never, or undefined when the record cannot be read. */
  openedAt(): Promise<number | null | undefined>;
  record(at: number): Promise<void>;
  vaultExists(): Promise<boolean>;
  openOptions(): Promise<void>;
}

/**
 * One background's welcome: the install event and the start both ask, at once or in turn, and
 * share one answer, so they never open two tabs.
 */
export function welcomer(deps: WelcomeDeps): (now: number) => Promise<void> {
  let asked: Promise<void> | undefined;
  return (now) => {
    asked ??= (async () => {
      // An unreadable record opens nothing: a damaged storage is no first run.
      if ((await deps.openedAt()) !== null) return;
      const fresh = !(await deps.vaultExists());
      // Recorded before the tab opens: a background stopped in between does not open a second.
      await deps.record(now);
      if (fresh) await deps.openOptions();
    })();
    return asked;
  };
}

/** The background's welcome, on the real storage and tabs. */
export const welcomeOnce = welcomer({
  openedAt: async () => {
    const read = await welcomeItem.get();
    return read.error ? undefined : read.value;
  },
  record: (at) => welcomeItem.set(at),
  vaultExists: async () => (await readHeader()) !== undefined,
  openOptions: openOptionsTab,
});
