// Runs anywhere. zxcvbn-ts's English feedback strings, alone: the package's dictionaries are
// not imported here (it is side-effect free, so the bundler drops them); they ship once, packed
// (strength-settings.ts).
export { translations } from '@zxcvbn-ts/language-en';
