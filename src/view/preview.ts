import { policyLabel } from '../core/ai/planner';
import { PREVIEW_INDICATORS, previewMove } from '../core/preview';
import type { Scenario } from '../core/scenario';
import type { GameState } from '../core/state';
import type { Move, Personality, Side } from '../core/vocabulary';
import { t } from '../words';
import { signed, TREND_ARROW, type Trend, trendOf } from './format';
import { INDICATOR_INFO, POSTURE_LABEL } from './words';

export interface PreviewLine {
  label: string;
  delta: number;
  text: string;
  trend: Trend;
}

export interface PreviewView {
  heading: string;
  /** The model's assumptions, said plainly. */
  note: string;
  lines: PreviewLine[];
  deaths: PreviewLine;
  posture: string;
}

/**
 * What the model expects `move` to change: the core's previewMove (the plan played with and
 * without it against the other side's likely reply, over sampled futures). Nothing here is
 * written by hand.
 * A move already picked is previewed as "with it" against "without it" all the same.
 */
export function previewView(
  g: GameState,
  scenario: Scenario,
  side: Side,
  pending: readonly Move[],
  move: Move,
  title: string,
  reply: Personality,
): PreviewView {
  const others = pending.filter((p) => JSON.stringify(p) !== JSON.stringify(move));
  const p = previewMove(g, scenario, side, others, move, { reply });
  const lines = PREVIEW_INDICATORS.filter((k) => k !== 'deaths12m').map((k) => {
    const info = INDICATOR_INFO[k];
    const delta = p.deltas[k];
    const trend = trendOf(delta, info.tolerance / 5);
    return {
      label: info.short,
      delta,
      text: trend === 'flat' ? t('preview.noChange') : `${TREND_ARROW[trend]} ${signed(delta, 1)}`,
      trend,
    };
  });
  const deathsTrend = trendOf(p.deaths, 0.5);
  const when = t('preview.next', { count: p.horizon });
  const often = (n: number) =>
    n === p.samples ? '' : t('preview.often', { n, samples: p.samples });
  const posture =
    p.posture.with === p.posture.without
      ? t('preview.postureSame', {
          posture: POSTURE_LABEL[p.posture.with],
          often: often(Math.min(p.posture.withCount, p.posture.withoutCount)),
        })
      : t('preview.postureDiffers', {
          with: POSTURE_LABEL[p.posture.with],
          withOften: often(p.posture.withCount),
          without: POSTURE_LABEL[p.posture.without],
          withoutOften: often(p.posture.withoutCount),
        });
  const them = t('preview.them', { context: side === 'us' ? 'china' : 'us' });
  return {
    heading: t('preview.heading', { title }),
    note: t('preview.note', { when, samples: p.samples, them, policy: policyLabel(reply) }),
    lines,
    deaths: {
      label: t('preview.deaths', { when }),
      delta: p.deaths,
      text:
        deathsTrend === 'flat'
          ? t('preview.noChange')
          : `${TREND_ARROW[deathsTrend]} ${signed(p.deaths)}`,
      trend: deathsTrend,
    },
    posture,
  };
}
