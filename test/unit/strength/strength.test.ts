import { describe, expect, it } from 'vitest';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { unpackZxcvbnData } from '../../../src/shared/passwords/strength-settings';
import { packedData, score } from './language-data';

describe('score', () => {
  it.each([
    ['password', 0],
    ['Password1', 0],
    ['correct horse battery staple', 4],
    ['xK9#mQ2$vL7!pR4z', 4],
  ])('%j scores %i', async (pw, expected) => {
    expect((await score(pw)).score).toBe(expected);
  });

  it('gives feedback strings for weak passwords', async () => {
    const s = await score('qwerty');
    expect(s.warning).toEqual(expect.any(String));
    expect(s.suggestions.length).toBeGreaterThan(0);
  });

  it('scores a password built from the site name low once the name is a user input', async () => {
    expect((await score('aliexpress123', ['aliexpress'])).score).toBeLessThanOrEqual(1);
  });

  it('treats what the user told the site as guessable', async () => {
    const plain = await score('annsmithshop');
    const withInputs = await score('annsmithshop', ['annsmith', 'ann.smith@example.com']);
    expect(withInputs.guessesLog10).toBeLessThan(plain.guessesLog10);
  });

  it('returns a null warning for strong passwords', async () => {
    expect((await score('xK9#mQ2$vL7!pR4z')).warning).toBeNull();
  });

  it('packs every dictionary word, in rank order, and the keyboard graphs', () => {
    const unpacked = unpackZxcvbnData(packedData());
    const original = { ...common.dictionary, ...en.dictionary };
    expect(Object.keys(unpacked.dictionary).sort()).toEqual(Object.keys(original).sort());
    for (const [name, words] of Object.entries(original)) expect(unpacked.dictionary[name]).toEqual(words.map(String));
    expect(unpacked.graphs).toEqual(common.adjacencyGraphs);
  });
});
