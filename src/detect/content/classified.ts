// Runs in: content script. The page's classification, which the background does (detect/core runs
// there with every keyword list; the content script only reads the DOM): each snapshot goes out
// numbered (`page/report`), and only the answer to the newest one taken counts, whatever order the
// answers come back in. An answer remembers what it was for (the snapshot's forms, exactly), so
// fill can ask "what is this form, as it is now?" and get an answer without a round
// trip when the background already classified the form in exactly that state, and never one
// classified in another state (a form whose fields, words or filled state changed since).
import type { sendFromContent } from '../../shared/platform/content-messaging';
import { log } from '../../shared/platform/log';
import type { FormReport, PageReport } from '../core/model';
import type { FormSnapshot, PageSnapshot } from '../core/snapshot-types';

/** The snapshot's forms classified, in its order, with the page's report when it has one. */
export interface Classification {
  snapshot: PageSnapshot;
  forms: FormReport[];
}

export interface Detection {
  /**
   * Sends a snapshot to be classified and kept as the tab's report; resolves with its report, or
   * null when a newer snapshot overtook it on the way or the background could not answer.
   */
  report(snapshot: PageSnapshot, ms: number): Promise<PageReport | null>;
  /**
   * Calls `use` with the page as `take()` reads it now and its forms as the background classified
   * them in exactly that state: at once when it did, else after one round trip and a new look (the
   * page may have changed while it was out). Resolves with `use`'s answer, or null when the
   * background could not classify the page as it is.
   */
  classified<T>(take: () => PageSnapshot, use: (c: Classification) => T): Promise<T | null>;
  /** The report of the newest snapshot sent, once answered (the guide points with it). */
  latest(): PageReport | null;
}

// Two looks: the page changing again during the round trip once is common (a field's filled state),
// twice in a row is a page that never holds still; its forms are then not used.
const LOOKS = 2;
// Forms remembered from the last answers: enough for a page's forms, bounded for a page that
// keeps changing its own.
const REMEMBERED = 200;

// What the classifier reads of a form: the form itself and the page's title and headings
// (detect/core/form-words.ts). Equal signatures, equal classification.
const formSignature = (form: FormSnapshot, page: PageSnapshot): string => JSON.stringify([form, page.title, page.headings]);

export function detection(send: typeof sendFromContent): Detection {
  let seq = 0;
  let newest: PageReport | null = null;
  const known = new Map<string, FormReport>();

  const remember = (snapshot: PageSnapshot, report: PageReport): void => {
    // The classifier answers every form of the snapshot, in its order (detect/core/classify.ts).
    if (report.forms.length !== snapshot.forms.length) return;
    snapshot.forms.forEach((form, i) => {
      const answer = report.forms[i];
      if (answer) known.set(formSignature(form, snapshot), answer);
    });
    for (const key of known.keys()) {
      if (known.size <= REMEMBERED) break;
      known.delete(key);
    }
  };

  const report = async (snapshot: PageSnapshot, ms: number): Promise<PageReport | null> => {
    const mine = ++seq;
    const reply = await send('page/report', { seq: mine, snapshot, ms });
    if (!reply.ok) {
      log.warn('page report not classified:', reply.error.message);
      return null;
    }
    const value = reply.value.seq === mine ? reply.value.report : null;
    if (!value) return null;
    // What a form is in exactly this state stays true whichever answer comes last.
    remember(snapshot, value);
    // An answer to a snapshot a newer one replaced describes a page that is no longer there.
    if (mine === seq) newest = value;
    return value;
  };

  const classified = async <T>(take: () => PageSnapshot, use: (c: Classification) => T): Promise<T | null> => {
    for (let look = 0; look <= LOOKS; look++) {
      const snapshot = take();
      const forms = snapshot.forms.map((f) => known.get(formSignature(f, snapshot)));
      if (forms.every((f) => f !== undefined)) return use({ snapshot, forms: forms as FormReport[] });
      if (look === LOOKS) break;
      // Overtaken or not, the answers that came meanwhile may hold the forms as they are now.
      await report(snapshot, 0);
    }
    return null;
  };

  return { report, classified, latest: () => newest };
}
