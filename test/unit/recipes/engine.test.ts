// The guide engine around recognition: which recipe a host gets, forward-moving recognition,
// generic recognition in other languages, falling back when a site changed, and never throwing.
import { describe, expect, it } from 'vitest';
import type { FormClass, PageReport, PageSignal } from '../../../src/detect/core/model';
import { recipeFor, recogniseStep } from '../../../src/guide/core/recipes/engine';
import { GENERIC_RECIPE } from '../../../src/guide/recipes/index';
import { loadFixture } from './fixtures';

function page(url: string, pageClass: FormClass, signals: PageSignal[] = [], headings: string[] = []) {
  const report: PageReport = {
    url,
    pageClass,
    forms: pageClass === 'none' ? [] : [{ key: 'f', class: pageClass, confidence: 0.8, reasons: [], fields: [], visible: true, host: 'document' }],
    signals,
    ms: 1,
  };
  return { url, report, headings };
}

describe('recipeFor', () => {
  it.each([
    ['login.aliexpress.com', 'aliexpress'],
    ['aliexpress.ru', 'aliexpress'],
    ['M.AliExpress.US.', 'aliexpress'],
    ['www.amazon.co.uk', 'amazon'],
    ['signin.ebay.de', 'ebay'],
    ['www.dsers.com', 'dsers'],
    ['cool-socks.myshopify.com', 'shopify'],
    ['example.com', 'generic'],
    ['notaliexpress.com', 'generic'],
  ])('%s -> %s', (host, id) => {
    expect(recipeFor(host).id).toBe(id);
  });

  it('knows a Shopify store on its own domain by its account paths', () => {
    expect(recipeFor('shop.example.com', '/account/login').id).toBe('shopify');
    expect(recipeFor('shop.example.com', '/customer/login').id).toBe('generic');
  });
});

describe('recogniseStep', () => {
  const aliexpress = recipeFor('login.aliexpress.com');

  it('prefers the step the previous one leads to when two pages look alike', () => {
    // The DSers sign-in page is the first step of recovery and the last step of a change.
    const dsers = recipeFor('dsers.com');
    const login = loadFixture('dsers', 'sign-in-again');
    expect(recogniseStep(dsers, 'change', { ...login, previousStepId: 'change-form' })?.stepId).toBe('sign-in-again');
    // A verification-code page after the change form: AliExpress's code detour, forward.
    const code = loadFixture('aliexpress', 'change-verify');
    const found = recogniseStep(aliexpress, 'change', { ...code, previousStepId: 'my-aliexpress' });
    expect(found?.stepId).toBe('change-verify');
    expect(found?.reasons).toContain('follows my-aliexpress');
  });

  it('lets the user go back to an earlier step', () => {
    const login = loadFixture('aliexpress', 'login');
    expect(recogniseStep(aliexpress, 'recover', { ...login, previousStepId: 'enter-code' })?.stepId).toBe('login');
  });

  it('guides a reset on a Spanish site with the generic recipe', () => {
    const host = 'https://tienda.example.es';
    const steps = [
      page(`${host}/cuenta/entrar`, 'login', [{ kind: 'forgot-password-link', text: '¿Olvidaste tu contraseña?' }]),
      page(`${host}/cuenta/recuperar`, 'forgot-password'),
      page(`${host}/cuenta/recuperar/enviado`, 'none', [], ['Revisa tu correo']),
      page(`${host}/cuenta/codigo`, 'verification-code'),
      page(`${host}/cuenta/nueva`, 'set-new-password'),
      page(`${host}/cuenta/listo`, 'none', [{ kind: 'success-message', text: 'Contraseña actualizada' }]),
    ];
    const recipe = recipeFor('tienda.example.es');
    let previousStepId: string | undefined;
    const seen = steps.map((p) => {
      previousStepId = recogniseStep(recipe, 'recover', { ...p, previousStepId })?.stepId;
      return previousStepId;
    });
    expect(seen).toEqual(['login', 'forgot-form', 'check-email', 'enter-code', 'new-password', 'success']);
  });

  it('recognises class-based steps whatever the language of the page', () => {
    const ru = page('https://shop.example.ru/smena', 'change-password', [], ['Смена пароля']);
    expect(recogniseStep(GENERIC_RECIPE, 'change', ru)?.stepId).toBe('change-form');
  });

  it('falls back to generic recognition by page class when the site moved its pages', () => {
    // Amazon's recogniser wants /ap/signin; a redesigned sign-in page elsewhere is still a login.
    const moved = page('https://www.amazon.com/signin/v2', 'login', [{ kind: 'forgot-password-link', text: 'Forgot password?' }]);
    const found = recogniseStep(recipeFor('www.amazon.com'), 'recover', moved);
    expect(found).toMatchObject({ recipeId: 'amazon', stepId: 'login' });
    expect(found?.reasons.join(' ')).toContain('site recogniser failed');
    expect(found?.confidence).toBeLessThan(0.5);
  });

  it('answers with the generic step when the site recipe has no step of that class', () => {
    // Shopify's flow has no verification-code step; a store app that adds one still gets guided.
    const code = page('https://cool-socks.myshopify.com/apps/otp', 'verification-code');
    expect(recogniseStep(recipeFor('cool-socks.myshopify.com'), 'recover', code)).toMatchObject({ recipeId: 'generic', stepId: 'enter-code' });
  });

  it('never throws when the page lost its elements or the report is malformed', () => {
    const gone = page('https://www.dsers.com/reset-password?token=abc', 'none');
    expect(recogniseStep(recipeFor('dsers.com'), 'recover', { ...gone, previousStepId: 'new-password' })).toBeNull();
    expect(recogniseStep(aliexpress, 'change', { ...page('not a url', 'none'), previousStepId: 'unknown-step' })).toBeNull();
    const broken = { url: 'https://login.aliexpress.com/', report: { pageClass: 'login' } as unknown as PageReport };
    expect(() => recogniseStep(aliexpress, 'recover', broken)).not.toThrow();
    expect(recogniseStep(recipeFor('myshop.myshopify.com'), 'change', loadFixture('shopify', 'login'))).toBeNull();
  });
});
