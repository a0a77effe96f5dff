// Runs anywhere. Every guide message in English, Russian and Spanish, for merging into
// public/_locales. English comes from the recipes themselves (each instruction and tip carries its
// default text), so the two can never disagree; test/unit/recipes/messages.test.ts checks that
// Russian and Spanish have exactly the same keys.
import { englishMessages } from '../core/recipes/collect-messages';
import { RAW_RECIPES } from './index';
import { es } from './messages/es';
import { ru } from './messages/ru';

export const messages: { en: Record<string, string>; ru: Record<string, string>; es: Record<string, string> } = {
  en: englishMessages(RAW_RECIPES),
  ru,
  es,
};
