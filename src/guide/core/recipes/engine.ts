// Runs anywhere. The guide's pure core in one import: which recipe guides a site, which step of a
// flow a page is, where to change the password, and which password rules apply.
export { recipeFor } from './recipe-for';
export { recogniseStep, type RecogniseInput, type Recognised } from './recognise';
export { matchStep, type StepMatch } from './match-step';
export { changePasswordUrl, wellKnownTrusted, type ChangePasswordUrl } from './change-url';
export { rulesFor, type GuideRules } from './rules-for';
export type { PageView } from './page-view';
