// Runs in: the options page. The health score as a picture: a ring filled to the score, coloured by
// band, with the number inside. For assistive tech it is one image whose name says the score; the
// figure's caption repeats it in words.
import { t } from '../../../shared/platform/i18n';

interface ScoreRingProps { score: number; caption: string }

const RADIUS = 52;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;
/** Bands as the old meter had them: below 50 is poor, 80 and over is good. */
const band = (score: number) => (score >= 80 ? 'good' : score >= 50 ? 'fair' : 'poor');

export function ScoreRing({ score, caption }: ScoreRingProps) {
  const filled = (CIRCUMFERENCE * Math.min(100, Math.max(0, score))) / 100;
  const label = t('healthScoreLabel', String(score));
  return (
    <figure class={`score-ring ${band(score)}`} data-testid="score-ring">
      <svg viewBox="0 0 120 120" width="120" height="120" role="img" aria-label={label}>
        <circle class="ring-track" cx="60" cy="60" r={RADIUS} />
        <circle class="ring-value" cx="60" cy="60" r={RADIUS} stroke-dasharray={`${filled} ${CIRCUMFERENCE}`} transform="rotate(-90 60 60)" />
        <text x="60" y="60" text-anchor="middle" dominant-baseline="central" aria-hidden="true">{score}</text>
      </svg>
      <figcaption>
        <strong data-testid="health-score" data-score={score}>{score}</strong>
        <span class="muted"> / 100 · {caption}</span>
      </figcaption>
    </figure>
  );
}
