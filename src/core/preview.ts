import { sampledFuture } from './ai/futures';
import { policyMoves } from './policies';
import type { Scenario } from './scenario';
import type { GameState } from './state';
import { playTurn, type TurnRecord } from './turn';
import type { BySide, Move, Personality, Posture, Side } from './vocabulary';

/** The indicators a what-if preview compares. */
export const PREVIEW_INDICATORS = [
  'relations',
  'goodwill',
  'enforcement',
  'precursorFlow',
  'altSupply',
  'streetPrice',
  'deaths12m',
] as const satisfies readonly (keyof TurnRecord)[];
export type PreviewIndicator = (typeof PREVIEW_INDICATORS)[number];

export interface Preview {
  /** How many quarters ahead the comparison looks. */
  horizon: number;
  /** How many sampled futures the comparison averages over. */
  samples: number;
  /** Each indicator with the move minus without it, at the end of the horizon (mean). */
  deltas: Record<PreviewIndicator, number>;
  /** Deaths over the horizon, with the move minus without it (mean). */
  deaths: number;
  /** China's most frequent posture at the end of the horizon, with and without, and how often. */
  posture: { with: Posture; without: Posture; withCount: number; withoutCount: number };
}

export interface PreviewOptions {
  /** The personality that stands for the other side's reply. */
  reply: Personality;
  horizon?: number;
  samples?: number;
}

/** The most frequent of a list, the first seen on a tie, and how often it came up. */
function mostFrequent<T>(xs: readonly T[]): { value: T; count: number } {
  const counts = new Map<T, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best = { value: xs[0] as T, count: 0 };
  for (const [value, count] of counts) if (count > best.count) best = { value, count };
  return best;
}

/**
 * A what-if from the model itself: the side's whole plan for the quarter (its pending moves) with
 * `move` and without it, the other side answering each quarter as `reply` would, then a few
 * quarters on with the side passing. It runs over sampled futures of its own, each world with and
 * without on the same luck, and never reads the game's own future draws.
 */
export function previewMove(
  state: GameState,
  scenario: Scenario,
  side: Side,
  pending: readonly Move[],
  move: Move,
  { reply, horizon = 4, samples = 8 }: PreviewOptions,
): Preview {
  const other: Side = side === 'us' ? 'china' : 'us';
  const quarters = Math.max(1, Math.min(horizon, state.turns - state.turn));
  const run = (start: GameState, moves: readonly Move[]) => {
    let s = start;
    let deaths = 0;
    let last: TurnRecord | null = null;
    for (let q = 0; q < quarters; q++) {
      const thisTurn: BySide<Move[]> = { us: [], china: [] };
      if (q === 0) thisTurn[side] = [...moves];
      thisTurn[other] = policyMoves(s, other, reply, scenario.moves[other]);
      const r = playTurn(s, scenario, thisTurn);
      // Later quarters draw from the sample's generator, which the first quarter left in place.
      s = r.state;
      last = r.report.record;
      deaths += last.deaths;
    }
    return { last: last as TurnRecord, deaths };
  };
  const sums = Object.fromEntries(PREVIEW_INDICATORS.map((k) => [k, 0])) as Record<
    PreviewIndicator,
    number
  >;
  let deaths = 0;
  const postures: { with: Posture[]; without: Posture[] } = { with: [], without: [] };
  for (let k = 0; k < samples; k++) {
    const start = sampledFuture(state, side, `preview-${k}`, 0);
    const withMove = run(start, [...pending, move]);
    const without = run(start, pending);
    for (const key of PREVIEW_INDICATORS) sums[key] += withMove.last[key] - without.last[key];
    deaths += withMove.deaths - without.deaths;
    postures.with.push(withMove.last.cooperation);
    postures.without.push(without.last.cooperation);
  }
  const deltas = Object.fromEntries(
    PREVIEW_INDICATORS.map((key) => [key, Math.round((sums[key] / samples) * 10) / 10]),
  ) as Record<PreviewIndicator, number>;
  const w = mostFrequent(postures.with);
  const wo = mostFrequent(postures.without);
  return {
    horizon: quarters,
    samples,
    deltas,
    deaths: Math.round(deaths / samples),
    posture: { with: w.value, without: wo.value, withCount: w.count, withoutCount: wo.count },
  };
}
