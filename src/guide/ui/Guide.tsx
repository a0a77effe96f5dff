// Runs in: the guide page. The guide for a tab, kept fresh while the page is open (the background
// moves it along as page reports arrive): the next action in one sentence, a problem the site
// states with what to do about it, tips, the steps, the new-password checks on that step only
// while the page shows it, and at the end what became of the new password. Framed in the shop's
// page it places itself clear of what the user must click, can be dragged or folded into a pill,
// and closes itself a moment after the flow ended.
import { useEffect, useState } from 'preact/hooks';
import type { GuideView } from '../core/view-schema';
import type { Reply } from '../../shared/protocol/reply';
import { t } from '../../shared/platform/i18n';
import { send } from '../../shared/platform/messaging';
import type { ParentLink } from '../../inpage/ui/parent-link';
import { markReady } from '../../shared/components/ready';
import { Grip } from './Grip';
import { messageText } from './message-text';
import { NewPassword } from './NewPassword';
import { Notice } from './Notice';
import { Outcome } from './Outcome';
import { Pill } from './Pill';
import { StepList } from './StepList';
import { useAutoClose } from './use-auto-close';
import { usePlacement } from './use-placement';
import { refreshWhileShown } from './refresh-while-shown';

/** How often the page asks for the guide while it is seen: a step changes when the user loads a page. */
const POLL_MS = 700;

interface GuideProps {
  tabId: number | null;
  /** The content script hosting us in the page; null when opened as a page of its own. */
  link: ParentLink | null;
}

export function Guide({ tabId, link }: GuideProps) {
  const [guide, setGuide] = useState<GuideView | null | undefined>(undefined);
  const [error, setError] = useState('');

  // In the page, the frame goes away with the guide (closed, or none here).
  useEffect(() => {
    if (link && (guide === null || guide?.status === 'dismissed')) link.close();
  }, [link, guide === null, guide?.status]);

  useEffect(() => {
    let live = true;
    const load = async () => {
      const reply = await send('guide/state', { tabId });
      if (!live) return;
      if (reply.ok) setGuide(reply.value.guide);
      else setError(reply.error.message);
      markReady();
    };
    const stop = refreshWhileShown(document, POLL_MS, () => void load());
    return () => {
      live = false;
      stop();
    };
  }, [tabId]);

  // In the page, only the user's own clicks count (DESIGN.md rule 4): a page script can click
  // into no cross-origin frame, but a synthetic event must not close or fold the guide either.
  const trusted = (event: Event) => !link || event.isTrusted;
  async function act(reply: () => Promise<Reply<{ guide: GuideView | null }>>) {
    const answer = await reply();
    if (answer.ok) setGuide(answer.value.guide);
    else setError(answer.error.message);
  }
  const fold = (event: Event, collapsed: boolean) => guide && trusted(event) && void act(() => send('guide/collapse', { guideId: guide.id, collapsed }));
  const dismiss = () => guide && void act(() => send('guide/dismiss', { guideId: guide.id }));

  const current = guide?.current ?? null;
  const collapsed = guide?.status === 'collapsed';
  const placement = usePlacement(link, collapsed, guide?.place ?? null, (place) => guide && void send('guide/place', { guideId: guide.id, place }));
  const closing = useAutoClose(link !== null && guide?.status === 'open' && current?.last === true && current.onPage, guide?.outcome ?? null, dismiss);

  // In the page, the host outlines the step's element (guide/content/pointer.ts) while the page
  // shows the step; none hides it. Asked at once, so the host starts telling where things are.
  const targets = guide?.status === 'open' && current?.onPage ? current.pointAt : [];
  const targetsKey = JSON.stringify(targets);
  useEffect(() => {
    if (link && guide) link.point(targets);
  }, [link, targetsKey, guide === undefined || guide === null]);

  if (guide === undefined) return <main />;
  if (guide === null) return <main data-testid="guide" data-state="none"><p class="muted">{error || t('guideNone')}</p></main>;
  if (guide.status === 'dismissed') return <main data-testid="guide" data-state="dismissed"><p class="muted">{t('guideDismissed')}</p></main>;

  const site = guide.recipeId === 'generic' ? guide.host : guide.recipeName;
  // While dragged the frame covers the window and the panel is drawn where the pointer takes it.
  const at = placement.dragged;
  const marks = {
    'data-testid': 'guide', 'data-state': guide.status, 'data-recipe': guide.recipeId, 'data-step': current?.id ?? '',
    'data-step-recipe': current?.recipeId ?? '', 'data-on-page': String(current?.onPage ?? false),
    ...(at ? { 'data-dragged': 'true', style: `left:${at.x}px;top:${at.y}px;width:${at.w}px;height:${at.h}px` } : {}),
  };
  if (link && (collapsed || placement.squeezed)) {
    return <Pill guide={guide} marks={marks} placement={placement} onExpand={collapsed ? (e) => fold(e, false) : null} onDismiss={(e) => trusted(e) && dismiss()} />;
  }
  const shown = current?.onPage === true;
  return (
    <main {...marks}>
      <header class="bar">
        {link && <Grip placement={placement} />}
        <h1>{t(guide.flow === 'recover' ? 'guideFlowRecover' : 'guideFlowChange', site)}</h1>
        <button type="button" class="link" data-testid="guide-collapse" onClick={(e) => fold(e, !collapsed)}>{t(collapsed ? 'guideExpand' : 'guideCollapse')}</button>
        <button type="button" class="link" data-testid="guide-dismiss" onClick={(e) => trusted(e) && dismiss()}>{t('guideDismiss')}</button>
      </header>
      {guide.notice && <Notice problem={guide.notice} />}
      <p class="now" data-testid="guide-now">
        <strong>{t('guideNow')}: </strong>
        {!current ? t('guideWaiting') : shown ? messageText(current.instruction) : t('guideWaitingNext')}
        {shown && current.last && <span> {t('guideDone')}</span>}
      </p>
      {guide.outcome && <Outcome outcome={guide.outcome} site={site} trusted={trusted} />}
      {closing && <p class="muted" data-testid="guide-closing">{t('guideClosesSoon')}</p>}
      {error && <p class="error" role="alert">{error}</p>}
      {!collapsed && shown && current.newPassword && <NewPassword rules={guide.rules} fieldMaxLength={guide.fieldMaxLength} tabId={tabId} place={link ? { kind: 'framed', link } : { kind: 'window' }} at={placement.at} />}
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
