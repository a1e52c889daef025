import type { Scenario } from './scenario';
import type { GameState } from './state';
import { playTurn, type TurnRecord } from './turn';
import type { BySide, Move, Side } from './vocabulary';

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
  /** Each indicator with the move minus without it, at the end of the horizon. */
  deltas: Record<PreviewIndicator, number>;
  /** Deaths over the horizon, with the move minus without it. */
  deaths: number;
  /** China's posture at the end of the horizon, with and without. */
  posture: { with: string; without: string };
}

/**
 * A what-if from the model itself: the quarter played with the side's pending moves plus `move`,
 * and without it, then both worlds run on with no moves for a few quarters, on the same draws.
 * Only the side's own pending moves are known; the other side is assumed to pass.
 */
export function previewMove(
  state: GameState,
  scenario: Scenario,
  side: Side,
  pending: readonly Move[],
  move: Move,
  horizon = 4,
): Preview {
  const quarters = Math.max(1, Math.min(horizon, state.turns - state.turn));
  const run = (moves: readonly Move[]) => {
    let s = state;
    let deaths = 0;
    let last: TurnRecord | null = null;
    for (let q = 0; q < quarters; q++) {
      const thisTurn: BySide<Move[]> = { us: [], china: [] };
      if (q === 0) thisTurn[side] = [...moves];
      // Beyond the last turn there are no draws to read; the preview stops at the game's end.
      const r = playTurn(s, scenario, thisTurn);
      s = r.state;
      last = r.report.record;
      deaths += last.deaths;
    }
    return { last: last as TurnRecord, deaths };
  };
  const withMove = run([...pending, move]);
  const without = run(pending);
  const deltas = Object.fromEntries(
    PREVIEW_INDICATORS.map((k) => [k, Math.round((withMove.last[k] - without.last[k]) * 10) / 10]),
  ) as Record<PreviewIndicator, number>;
  return {
    horizon: quarters,
    deltas,
    deaths: Math.round(withMove.deaths - without.deaths),
    posture: { with: withMove.last.cooperation, without: without.last.cooperation },
  };
}
