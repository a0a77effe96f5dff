// Runs anywhere. The settings' slice of the message protocol (assembled in
// shared/protocol/messages.ts): read, change, reset, and the never-save list.
import * as z from 'zod/mini';
import { Empty, type MessageSpec } from '../../shared/protocol/message-spec';
import { Unreadable } from '../../shared/storage/versioned';
import { Settings, SettingsPatch } from './settings';

export const settingsMessages = {
  'settings/get': { from: ['extension'], request: Empty, response: Settings },
  'settings/set': { from: ['extension'], request: SettingsPatch, response: Settings },
  /** Why the stored settings cannot be read (null: they can). While they cannot, every settings write answers `unreadable`. */
  'settings/problem': { from: ['extension'], request: Empty, response: z.object({ problem: z.nullable(Unreadable) }) },
  /** The user's explicit reset: the defaults replace the stored settings, readable or not. */
  'settings/reset': { from: ['extension'], request: Empty, response: Settings },
  /** Add a site (any URL or host of it: listed as its registrable domain) to the never-save list, or remove one. */
  'settings/never-save': {
    from: ['extension'],
    request: z.object({ action: z.enum(['add', 'remove']), site: z.string().check(z.maxLength(2048)) }),
    response: z.object({ settings: Settings, failure: z.nullable(z.enum(['invalid', 'listed'])) }),
  },
} as const satisfies Record<string, MessageSpec>;
