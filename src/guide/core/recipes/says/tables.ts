// Runs anywhere. Every language the guide reads pages in: detection's languages (DESIGN.md:
// English, Russian, Spanish, Portuguese, French, German, Chinese). To add one, write
// lang/<tag>.ts after en.ts and list it here; test/unit/recipes/says.test.ts wants examples of
// each kind in it.
import type { PageSays } from './kinds';
import type { LanguagePhrases } from './phrase';
import { de } from './lang/de';
import { en } from './lang/en';
import { es } from './lang/es';
import { fr } from './lang/fr';
import { pt } from './lang/pt';
import { ru } from './lang/ru';
import { zh } from './lang/zh';

export const LANGUAGES: readonly LanguagePhrases<PageSays>[] = [en, ru, es, pt, fr, de, zh];
