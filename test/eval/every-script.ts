// Runs in: the evaluation bundles (scripts/lib/eval-bundle.mjs builds them with the extension's
// defines). The content script asks the background for the keyword lists of the scripts it does
// not carry, one round trip the first time a page uses one (detect/content/keyword-loader.ts);
// the evaluation scores and times the classifier as it runs once they are there, so it adds them
// all before the first page.
import { addScriptPart } from '../../src/detect/core/keyword-lists';
import { LOADABLE_SCRIPTS } from '../../src/detect/core/keyword-match';
import { KEYWORD_TABLES } from '../../src/detect/core/keyword-sources';

if (typeof __KEYWORD_SCRIPTS__ === 'object') {
  for (const script of LOADABLE_SCRIPTS) addScriptPart(KEYWORD_TABLES, script, __KEYWORD_SCRIPTS__[script]);
}
