// Runs anywhere. User settings: one schema, defaults, and a version for migrations. Stored in
// storage.local (nothing secret here), written only by the background.
import * as z from 'zod/mini';

export const AutoLock = z.enum(['1', '5', '15', '30', '60', '240', 'restart']);
export type AutoLock = z.infer<typeof AutoLock>;

export const Settings = z.object({
  /** Minutes of idle before the vault locks, or only when the browser restarts. */
  autoLock: AutoLock,
  /** Seconds before a copied password is cleared from the clipboard. */
  clipboardClearSeconds: z.number().check(z.int(), z.minimum(5), z.maximum(600)),
  /** Offer to save and update passwords in pages. */
  promptsEnabled: z.boolean(),
});
export type Settings = z.infer<typeof Settings>;

export const SettingsPatch = z.partial(Settings);
export type SettingsPatch = z.infer<typeof SettingsPatch>;

export const DEFAULT_SETTINGS: Settings = {
  autoLock: '15',
  clipboardClearSeconds: 30,
  promptsEnabled: true,
};
