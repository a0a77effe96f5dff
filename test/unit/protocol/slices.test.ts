// The message table is assembled from each feature's slice (shared/protocol/messages.ts). A type
// declared in two slices would take the later slice's schemas and senders without a word: every
// type is declared once, and the table holds exactly the slices' messages.
import { describe, expect, it } from 'vitest';
import { protocol } from '../../../src/shared/protocol/messages';
import { statusMessages } from '../../../src/shared/protocol/status-messages';
import { detectMessages } from '../../../src/detect/core/messages';
import { fillMessages } from '../../../src/fill/core/messages';
import { guideMessages } from '../../../src/guide/core/messages';
import { inpageMessages } from '../../../src/inpage/core/messages';
import { keepMessages } from '../../../src/keep/core/messages';
import { settingsMessages } from '../../../src/settings/core/messages';
import { syncMessages } from '../../../src/sync/core/messages';
import { tidyMessages } from '../../../src/tidy/core/messages';
import { vaultMessages } from '../../../src/vault/core/messages';

const slices = { statusMessages, detectMessages, fillMessages, guideMessages, inpageMessages, keepMessages, settingsMessages, syncMessages, tidyMessages, vaultMessages };

describe('the message table', () => {
  it('declares each message type in one slice only', () => {
    const owners = new Map<string, string[]>();
    for (const [slice, messages] of Object.entries(slices)) {
      for (const type of Object.keys(messages)) owners.set(type, [...(owners.get(type) ?? []), slice]);
    }
    expect([...owners].filter(([, declaredIn]) => declaredIn.length > 1)).toEqual([]);
  });

  it('holds every slice\'s messages, with that slice\'s specs, and nothing else', () => {
    const declared = Object.values(slices).flatMap((messages) => Object.entries(messages));
    expect(Object.keys(protocol).sort()).toEqual(declared.map(([type]) => type).sort());
    for (const [type, spec] of declared) expect(protocol[type as keyof typeof protocol]).toBe(spec);
  });
});
