import { policyLabel } from '../core/ai/planner';
import { PREVIEW_INDICATORS, previewMove } from '../core/preview';
import type { Scenario } from '../core/scenario';
import type { GameState } from '../core/state';
import type { Move, Personality, Side } from '../core/vocabulary';
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
      text: trend === 'flat' ? '■ no change' : `${TREND_ARROW[trend]} ${signed(delta, 1)}`,
      trend,
    };
  });
  const deathsTrend = trendOf(p.deaths, 0.5);
  const q = p.horizon === 1 ? 'next quarter' : `next ${p.horizon} quarters`;
  const often = (n: number) => (n === p.samples ? '' : ` (${n} of ${p.samples})`);
  const posture =
    p.posture.with === p.posture.without
      ? `Cooperation: ${POSTURE_LABEL[p.posture.with]} either way${often(Math.min(p.posture.withCount, p.posture.withoutCount))}`
      : `Cooperation: ${POSTURE_LABEL[p.posture.with]}${often(p.posture.withCount)} instead of ${POSTURE_LABEL[p.posture.without]}${often(p.posture.withoutCount)}`;
  const them = side === 'us' ? 'China' : 'the US';
  return {
    heading: `What if: ${title}`,
    note: `Model runs, ${q}, with vs without, over ${p.samples} futures; ${them} answers as ${policyLabel(reply)}.`,
    lines,
    deaths: {
      label: `Deaths, ${q}`,
      delta: p.deaths,
      text:
        deathsTrend === 'flat' ? '■ no change' : `${TREND_ARROW[deathsTrend]} ${signed(p.deaths)}`,
      trend: deathsTrend,
    },
    posture,
  };
}
