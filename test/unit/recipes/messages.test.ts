// Guide text: every message a recipe uses has one English text, and Russian and Spanish cover
// exactly the same keys (another engineer merges these into public/_locales).
import { describe, expect, it } from 'vitest';
import { messageConflicts } from '../../../src/core/recipes/collect-messages';
import { RAW_RECIPES } from '../../../src/recipes/index';
import { messages } from '../../../src/recipes/messages';

const keys = (r: Record<string, string>) => Object.keys(r).sort();

describe('guide messages', () => {
  it('uses each key with a single English text', () => {
    expect(messageConflicts(RAW_RECIPES)).toEqual([]);
  });

  it.each(['ru', 'es'] as const)('%s has exactly the English keys', (locale) => {
    expect(keys(messages[locale])).toEqual(keys(messages.en));
  });

  it.each(['en', 'ru', 'es'] as const)('%s has no empty or untranslated text', (locale) => {
    for (const [key, text] of Object.entries(messages[locale])) {
      expect(text.trim(), key).not.toBe('');
      if (locale !== 'en') expect(text, key).not.toBe(messages.en[key]);
    }
  });
});
