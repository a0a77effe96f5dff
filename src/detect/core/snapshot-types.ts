// Runs anywhere (no DOM types). What the content script reads from a page, as plain data: the
// classifier works on these so it can be table-tested without a browser. Field values never
// appear here, only whether a field is filled (and one "passwords equal" flag).
import type { FormHost } from './model';

export interface FieldSnapshot {
  /** 'input' | 'select' | 'textarea'. */
  tag: string;
  /** Lowercased `type` attribute for inputs ('text' when missing), the tag otherwise. */
  type: string;
  name: string;
  id: string;
  /** Lowercased autocomplete tokens, e.g. ['section-a', 'new-password']. */
  autocomplete: string[];
  placeholder: string;
  ariaLabel: string;
  /** Text of the associated <label> (for=, wrapping, aria-labelledby), trimmed and capped. */
  label: string;
  className: string;
  /** -1 when absent. */
  maxLength: number;
  minLength: number;
  inputMode: string;
  pattern: string;
  /** 1 when the field is filled, else 0: the snapshot leaves the page, a password's length must not. */
  valueLength: number;
  visible: boolean;
  readOnly: boolean;
  disabled: boolean;
}

export interface LinkSnapshot {
  text: string;
  href: string;
}

export interface FormSnapshot {
  /** Stable key: derived from position and attributes, not from values. */
  key: string;
  host: FormHost;
  /** True for a real <form>, false for a form-less group of inputs. */
  isFormElement: boolean;
  visible: boolean;
  /** Visible area in CSS px² (0 when unknown, e.g. no layout). */
  area: number;
  /** Document-order index among the snapshot's forms (position tie-breaker). */
  order: number;
  /** Distance from the top of the document in px (0 when unknown). */
  top: number;
  id: string;
  name: string;
  className: string;
  action: string;
  fields: FieldSnapshot[];
  /** Texts of buttons and submit inputs (value/aria-label/title for inputs). */
  buttons: string[];
  /** Headings, legends and titles in or just above the form. */
  headings: string[];
  links: LinkSnapshot[];
  /** Capped visible-ish text of the form container. */
  text: string;
  /** Two or more filled password fields with identical values (computed without exposing values). */
  passwordsEqual?: boolean;
  /** Fields were truncated at the cap. */
  truncated: boolean;
}

export interface PageSnapshot {
  url: string;
  title: string;
  /** The page's h1 texts (main heading, often names the flow: "Reset your password"). */
  headings: string[];
  forms: FormSnapshot[];
  /** Links anywhere on the page whose text may be a signal (capped). */
  links: LinkSnapshot[];
  /** Short texts of alert/status/error/success elements (capped). */
  messages: string[];
  /** Hints of a captcha or slider check: iframe srcs, class names, widget texts (capped). */
  captchaHints: string[];
  /** Visible texts, read only while a guide follows the tab (PageReport.texts). */
  texts?: string[];
}
