import type { Indicator, Side } from '../core/vocabulary';
import { TREND_ARROW, trendOf } from './format';

/** Whether a change is good or bad for the side being played, or neither (no side, or no stake). */
export type Tone = 'good' | 'bad' | 'neutral';

/**
 * Which way each indicator pays each side, as the scores count it (src/core/score.ts): the US on
 * lives (deaths and what drives them: flow, other suppliers, purity; a higher street price deters
 * new use), on the tariff's cost to its economy, the relationship, and results from China
 * (enforcement); China on relief from the tariff, face (goodwill), a stable relationship and the
 * cost of enforcing against its own industry. China is not scored on US deaths for their own sake.
 */
export const STAKE: Readonly<Record<Indicator, Readonly<Record<Side, -1 | 0 | 1>>>> = {
  relations: { us: 1, china: 1 },
  goodwill: { us: 0, china: 1 },
  tariff: { us: -1, china: -1 },
  enforcement: { us: 1, china: -1 },
  precursorFlow: { us: -1, china: 0 },
  altSupply: { us: -1, china: 0 },
  streetPrice: { us: 1, china: 0 },
  purity: { us: -1, china: 0 },
  deaths: { us: -1, china: 0 },
  deaths12m: { us: -1, china: 0 },
};

/** How a change of `delta` in `indicator` reads for `side` (neutral when no side is played). */
export function toneOf(indicator: Indicator, delta: number, side: Side | null): Tone {
  if (side === null || delta === 0) return 'neutral';
  const stake = STAKE[indicator][side] * Math.sign(delta);
  return stake > 0 ? 'good' : stake < 0 ? 'bad' : 'neutral';
}

/** The arrow that goes with a change: ▲ up, ▼ down, ■ none; never colour alone. */
export function arrowOf(delta: number, tolerance = 0.05): string {
  return TREND_ARROW[trendOf(delta, tolerance)];
}
