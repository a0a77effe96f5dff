// @vitest-environment happy-dom
// Real pages of the stores we have recipes for, from the shared corpus (../shared/corpus, or the
// folder LATCHKEY_CORPUS names; the pages are the sites', so they are read in place, never copied
// here): each lands on the right step of its recipe, read as the guide reads a page (detection
// with the page's texts, at the page's address). A sign-up page is no step of a recovery: the
// generic recipe's detour step says where to go instead. Their scripts are not run.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../eval/detect-page';
import { recogniseStep } from '../../../src/guide/core/recipes/recognise';
import type { FlowName } from '../../../src/guide/core/recipes/schema';
import { SITE_RECIPES } from '../../../src/guide/recipes/index';
import { attributeVisibility } from '../detect/attribute-visibility';

const CORPUS = resolve(process.env.LATCHKEY_CORPUS ?? join(import.meta.dirname, '../../../../shared/corpus'));

interface Case {
  file: string;
  /** Where the page lives (the corpus's original URL, or the store's own address for that page). */
  url: string;
  recipe: string;
  flow: FlowName;
  /** `step`, `generic/step` for the generic recipe's step, or null: no step of the flow. */
  expected: string | null;
}

const SIGN_UP = 'generic/sign-up-page';

export const CASES: Case[] = [
  // DuckDuckGo's autofill test forms (Apache-2.0), fragments of the stores' pages.
  { file: 'samples/ddg/etsy_password-reset.html', url: 'https://www.etsy.com/confirm.php?email=&action=reset_password', recipe: 'etsy', flow: 'recover', expected: 'new-password' },
  { file: 'samples/ddg/etsy_security-step.html', url: 'https://www.etsy.com/', recipe: 'etsy', flow: 'recover', expected: 'security-code' },
  { file: 'samples/ddg/amazon_change-password.html', url: 'https://www.amazon.com/ap/cnep?appAction=CNEP_PWD', recipe: 'amazon', flow: 'change', expected: 'change-form' },
  { file: 'samples/ddg/ebay_login.html', url: 'https://signin.ebay.com/ws/eBayISAPI.dll?SignIn&ru=https%3A%2F%2Fwww.ebay.com%2F', recipe: 'ebay', flow: 'recover', expected: 'login' },
  { file: 'samples/ddg/etsy_login.html', url: 'https://www.etsy.com/signin', recipe: 'etsy', flow: 'recover', expected: 'login' },
  { file: 'samples/ddg/walmart_login.html', url: 'https://www.walmart.com/account/login', recipe: 'walmart', flow: 'recover', expected: 'login' },
  { file: 'samples/ddg/etsy_signup.html', url: 'https://www.etsy.com/join', recipe: 'etsy', flow: 'recover', expected: SIGN_UP },
  { file: 'samples/ddg/walmart_signup.html', url: 'https://www.walmart.com/account/signup', recipe: 'walmart', flow: 'recover', expected: SIGN_UP },
  { file: 'samples/ddg/reg_ebay_com_au_signup.html', url: 'https://reg.ebay.com.au/reg/PartialReg', recipe: 'ebay', flow: 'recover', expected: SIGN_UP },
  // Mozilla's Fathom login-forms corpus: whole pages of the stores, frozen in 2019-2020.
  { file: 'samples/fathom-new-password/training/DE_35780_change.html', url: 'https://www.amazon.de/ap/cnep?appAction=CNEP_PWD', recipe: 'amazon', flow: 'change', expected: 'change-form' },
  { file: 'samples/fathom-new-password/testing/EN_124697_change.html', url: 'https://www.amazon.co.uk/ap/cnep?appAction=CNEP_PWD', recipe: 'amazon', flow: 'change', expected: 'change-form' },
  { file: 'samples/fathom-new-password/testing/FR_146524a_change.html', url: 'https://www.amazon.fr/ap/cnep?appAction=CNEP_PWD', recipe: 'amazon', flow: 'change', expected: 'change-form' },
  { file: 'samples/fathom-new-password/validation/DE_19420_change.html', url: 'https://reg.ebay.de/reg/ChangePwd', recipe: 'ebay', flow: 'change', expected: 'change-form' },
  { file: 'samples/fathom-new-password/unused/EN_63527_change.html', url: 'https://www.etsy.com/your/account?ref=hdr_user_menu-settings', recipe: 'etsy', flow: 'change', expected: 'change-form' },
  { file: 'samples/fathom-new-password/unused/TK_3453_change.html', url: 'https://passport.alibaba.com/ac/password_modify.htm?fromSite=4', recipe: 'alibaba', flow: 'change', expected: 'change-form' },
  { file: 'samples/fathom-new-password/training/EN_7337n.html', url: 'https://www.amazon.in/ap/signin', recipe: 'amazon', flow: 'recover', expected: 'login' },
  { file: 'samples/fathom-login/validation/43.html', url: 'https://www.amazon.com/ap/signin?_encoding=UTF8&ignoreAuthState=1', recipe: 'amazon', flow: 'recover', expected: 'login' },
  { file: 'samples/fathom-new-password/validation/PL_334n.html', url: 'https://signin.ebay.pl/ws/eBayISAPI.dll?SignIn&ru=https%3A%2F%2Fwww.ebay.pl%2F', recipe: 'ebay', flow: 'recover', expected: 'login' },
  { file: 'samples/fathom-new-password/training/EN_143857n.html', url: 'https://www.walmart.com/account/login?tid=0&returnUrl=%2F', recipe: 'walmart', flow: 'recover', expected: 'login' },
  { file: 'samples/fathom-new-password/testing/EN_143857.html', url: 'https://www.walmart.com/account/signup?tid=0&returnUrl=%2F', recipe: 'walmart', flow: 'recover', expected: SIGN_UP },
  { file: 'samples/fathom-login/negative/fp21.html', url: 'https://www.walmart.com/account/signup', recipe: 'walmart', flow: 'recover', expected: SIGN_UP },
  { file: 'samples/fathom-new-password/validation/PL_334.html', url: 'https://reg.ebay.pl/reg/PartialReg?ru=https%3A%2F%2Fwww.ebay.pl%2F&rv4=1', recipe: 'ebay', flow: 'recover', expected: SIGN_UP },
  { file: 'samples/fathom-new-password/testing/EN_9978.html', url: 'https://reg.ebay.com/reg/PartialReg?ru=https%3A%2F%2Fwww.ebay.com%2F', recipe: 'ebay', flow: 'recover', expected: SIGN_UP },
  { file: 'samples/fathom-new-password/training/EN_7337.html', url: 'https://www.amazon.in/ap/register?_encoding=UTF8', recipe: 'amazon', flow: 'recover', expected: SIGN_UP },
  { file: 'samples/fathom-new-password/validation/EN_17173.html', url: 'https://www.amazon.com/ap/register?_encoding=UTF8', recipe: 'amazon', flow: 'recover', expected: SIGN_UP },
  { file: 'samples/fathom-new-password/testing/JA_70243.html', url: 'https://www.amazon.co.jp/ap/register?_encoding=UTF8', recipe: 'amazon', flow: 'recover', expected: SIGN_UP },
  // The stores' pages with no credential form (checkout, address, card): the guide claims no step.
  ...[
    { file: 'samples/ddg/amazon_address.html', url: 'https://www.amazon.com/gp/buy/addressselect/handlers/display.html?hasWorkingJavascript=1', recipe: 'amazon' },
    { file: 'samples/ddg/amazon_card.html', url: 'https://www.amazon.com/gp/buy/payselect/handlers/display.html', recipe: 'amazon' },
    { file: 'samples/ddg/amazon-mobile-payment-form.html', url: 'https://www.amazon.com/gp/buy/payselect/handlers/display.html', recipe: 'amazon' },
    { file: 'samples/ddg/ebay_checkout.html', url: 'https://pay.ebay.com/rxo?action=view', recipe: 'ebay' },
    { file: 'samples/fathom-login/negative/fp54.html', url: 'https://pay.ebay.com/rgxo?action=view&sessionid=910919491', recipe: 'ebay' },
    { file: 'samples/ddg/etsy_checkout.html', url: 'https://www.etsy.com/cart', recipe: 'etsy' },
  ].flatMap((page) => (['recover', 'change'] as const).map((flow) => ({ ...page, flow, expected: null }))),
];

async function pageAt(file: string, url: string) {
  const window = new Window({ url, settings: { disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true } });
  window.document.write(readFileSync(join(CORPUS, file), 'utf8'));
  const report = detectPage(window.document as unknown as Document, { texts: true, visibility: attributeVisibility });
  await window.happyDOM.close();
  return report;
}

describe('real store pages from the corpus', () => {
  if (!existsSync(join(CORPUS, 'index.json'))) {
    it.skip(`no corpus at ${CORPUS}: set LATCHKEY_CORPUS to the folder of ../shared/corpus to run these`, () => undefined);
    return;
  }
  it.each(CASES)('$file is $recipe $flow step $expected', async ({ file, url, recipe: id, flow, expected }) => {
    const recipe = SITE_RECIPES.find((r) => r.id === id);
    if (!recipe) throw new Error(`no recipe ${id}`);
    const report = await pageAt(file, url);
    const found = recogniseStep(recipe, flow, { url, report });
    const got = found ? (found.recipeId === recipe.id ? found.stepId : `${found.recipeId}/${found.stepId}`) : null;
    const why = `page class ${report.pageClass}; forms ${report.forms.map((f) => `${f.class}${f.visible ? '' : ' (hidden)'}`).join(', ')}; ${found?.reasons.join('; ') ?? 'no step'}`;
    expect(got, why).toBe(expected);
  });
});
