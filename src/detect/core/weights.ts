// Runs anywhere. The numbers the form classifier weighs its evidence with, as data: where a class
// word appears (form-words.ts) and how much each structural hint counts for sign-up or sign-in on
// a form with one password (form-class.ts). They are data so that the evaluation can tune them on
// some corpus sources and score the tuning on another (scripts/lib/eval-loso.mjs): a weight that
// only helps the pages it was tuned on shows up there as a loss.

export interface ClassWeights {
  /** A class word in the form's submit buttons: the form names its own action. */
  button: number;
  /** In a heading or legend in or just above the form. */
  heading: number;
  /** In the form's id, name, class or action URL (developers' words). */
  attrs: number;
  /** Anywhere in the form's own text (labels, help, links). */
  text: number;
  /** In the page's title or h1 (the same for every form of the page). */
  page: number;
  /** Sign-up evidence: a lone password declared autocomplete=new-password... */
  newDeclared: number;
  /** ...or only worded so ("new", "create password"). */
  newWorded: number;
  /** Per profile field (name, address) beside the password, counted up to `profileCap`. */
  profile: number;
  profileCap: number;
  /** A select (birthday, country, gender) in the form. */
  select: number;
  /** A terms or privacy checkbox. */
  terms: number;
  /** Two or more identity fields (email and username, email and phone). */
  manyIds: number;
  /** Sign-in evidence: a "remember me" checkbox. */
  remember: number;
  /** Recovery wording in the form (a "Forgot password?" link): sign-in forms carry it. */
  forgotLink: number;
  /** Exactly one identity field and nothing else beside the password. */
  loneId: number;
}

export const CLASS_WEIGHTS: ClassWeights = {
  button: 3, heading: 2, attrs: 1.5, text: 0.5, page: 2,
  newDeclared: 3, newWorded: 2, profile: 1, profileCap: 3, select: 1, terms: 1.5, manyIds: 1,
  remember: 1.5, forgotLink: 1, loneId: 1,
};
