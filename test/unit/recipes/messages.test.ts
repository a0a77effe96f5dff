// Guide text: every message a recipe uses has one English text, and public/_locales carries it in
// English (the same text as the recipe's default), Russian and Spanish (translated, not copied).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishMessages, messageConflicts } from '../../../src/guide/core/recipes/collect-messages';
import { RAW_RECIPES } from '../../../src/guide/recipes/index';

const recipeTexts = englishMessages(RAW_RECIPES);

function locale(name: 'en' | 'ru' | 'es'): Record<string, { message: string } | undefined> {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, `../../../public/_locales/${name}/messages.json`), 'utf8')) as Record<string, { message: string }>;
}

describe('guide messages', () => {
  it('uses each key with a single English text', () => {
    expect(messageConflicts(RAW_RECIPES)).toEqual([]);
  });

  it('en has every recipe message, word for word', () => {
    const en = locale('en');
    for (const [key, text] of Object.entries(recipeTexts)) expect(en[key]?.message, key).toBe(text);
  });

  it.each(['ru', 'es'] as const)('%s translates every recipe message', (name) => {
    const messages = locale(name);
    for (const [key, text] of Object.entries(recipeTexts)) {
      const translated = messages[key]?.message ?? '';
      expect(translated.trim(), key).not.toBe('');
      expect(translated, key).not.toBe(text);
    }
  });
});
