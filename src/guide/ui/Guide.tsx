// Runs in: the guide page. The guide for a tab, kept fresh while the page is open (the background
// moves it along as page reports arrive): the next action in one sentence, tips and other ways,
// the steps, and the new-password checks on that step. Collapse and close act on the guide.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { GuideView } from '../core/view-schema';
import type { Reply } from '../../shared/protocol/reply';
import { t } from '../../shared/platform/i18n';
import { send } from '../../shared/platform/messaging';
import type { ParentLink } from '../../inpage/ui/parent-link';
import { useFrameSize } from '../../keep/ui/prompt/frame-size';
import { markReady } from '../../shared/components/ready';
import { messageText } from './message-text';
import { NewPassword } from './NewPassword';
import { StepList } from './StepList';

/** How often the page asks for the guide: a step changes when the user loads a page. */
const POLL_MS = 700;

interface GuideProps {
  tabId: number | null;
  /** The content script hosting us in the page; null when opened as a page of its own. */
  link: ParentLink | null;
}

export function Guide({ tabId, link }: GuideProps) {
  const [guide, setGuide] = useState<GuideView | null | undefined>(undefined);
  const [error, setError] = useState('');

  // In the page, the frame fits its content, and goes away with the guide (closed, or none here).
  useFrameSize(link);
  useEffect(() => {
    if (link && (guide === null || guide?.status === 'dismissed')) link.close();
  }, [link, guide === null, guide?.status]);

  // In the page, the host outlines the step's element (guide/content/pointer.ts); none hides it.
  const targets = guide?.status === 'open' ? (guide.current?.pointAt ?? []) : [];
  const targetsKey = JSON.stringify(targets);
  const pointed = useRef(false);
  useEffect(() => {
    // Nothing to point at and nothing shown yet: the page gets no pointer box at all.
    if (!link || (targets.length === 0 && !pointed.current)) return;
    pointed.current = true;
    link.point(targets);
  }, [link, targetsKey]);

  useEffect(() => {
    let live = true;
    const load = async () => {
      const reply = await send('guide/state', { tabId });
      if (!live) return;
      if (reply.ok) setGuide(reply.value.guide);
      else setError(reply.error.message);
      markReady();
    };
    void load();
    const timer = setInterval(() => void load(), POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [tabId]);

  // In the page, only the user's own clicks count (DESIGN.md rule 4): a page script can click
  // into no cross-origin frame, but a synthetic event must not close or fold the guide either.
  // Folding and closing decide nothing (the popup resumes a closed guide), so they need no more.
  async function act(event: Event, reply: () => Promise<Reply<{ guide: GuideView | null }>>) {
    if (link && !event.isTrusted) return;
    const answer = await reply();
    if (answer.ok) setGuide(answer.value.guide);
    else setError(answer.error.message);
  }

  if (guide === undefined) return <main />;
  if (guide === null) return <main data-testid="guide" data-state="none"><p class="muted">{error || t('guideNone')}</p></main>;
  if (guide.status === 'dismissed') return <main data-testid="guide" data-state="dismissed"><p class="muted">{t('guideDismissed')}</p></main>;

  const collapsed = guide.status === 'collapsed';
  const current = guide.current;
  return (
    <main data-testid="guide" data-state={guide.status} data-recipe={guide.recipeId} data-step={current?.id ?? ''} data-step-recipe={current?.recipeId ?? ''}>
      <header class="bar">
        <h1>{t(guide.flow === 'recover' ? 'guideFlowRecover' : 'guideFlowChange', guide.recipeId === 'generic' ? guide.host : guide.recipeName)}</h1>
        <button type="button" class="link" data-testid="guide-collapse" onClick={(e) => void act(e, () => send('guide/collapse', { guideId: guide.id, collapsed: !collapsed }))}>
          {t(collapsed ? 'guideExpand' : 'guideCollapse')}
        </button>
        <button type="button" class="link" data-testid="guide-dismiss" onClick={(e) => void act(e, () => send('guide/dismiss', { guideId: guide.id }))}>{t('guideDismiss')}</button>
      </header>
      <p class="now" data-testid="guide-now">
        <strong>{t('guideNow')}: </strong>
        {current ? messageText(current.instruction) : t('guideWaiting')}
        {current?.last && <span> {t('guideDone')}</span>}
      </p>
      {error && <p class="error" role="alert">{error}</p>}
      {!collapsed && current?.newPassword && <NewPassword rules={guide.rules} fieldMaxLength={guide.fieldMaxLength} tabId={tabId} place={link ? { kind: 'framed', link } : { kind: 'window' }} />}
      {!collapsed && current && current.tips.length > 0 && (
        <section>
          <h2>{t('guideTips')}</h2>
          <ul class="tips" data-testid="guide-tips">{current.tips.map((tip) => <li key={tip.key}>{messageText(tip)}</li>)}</ul>
        </section>
      )}
      {!collapsed && <StepList guide={guide} />}
    </main>
  );
}
