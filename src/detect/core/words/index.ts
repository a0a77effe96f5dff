// Runs anywhere. Every language's keyword tables, in one list. English, Russian and Spanish, then
// AliExpress's other audiences: Portuguese, French, German, Chinese, Turkish, Polish, Korean,
// Japanese and Arabic. Each language's words join one table per script (keyword-match.ts), and a
// script's table is compiled only on a page whose text uses that script.
import { AR } from './ar';
import { DE } from './de';
import { EN } from './en';
import { ES } from './es';
import { FR } from './fr';
import { HU_LT_GL } from './hu-lt-gl';
import { IT_NL } from './it-nl';
import { JA } from './ja';
import { KO } from './ko';
import { PL } from './pl';
import { PT } from './pt';
import { RU } from './ru';
import { TR } from './tr';
import type { LanguageWords } from './types';
import { ZH } from './zh';

export const LANGUAGES: readonly LanguageWords[] = [EN, RU, ES, PT, FR, DE, ZH, TR, PL, KO, JA, AR, IT_NL, HU_LT_GL];
