import { LIMITS } from '../core/limits';
import { CHINA_MOVE_TYPES, MOVES, type MoveRecord, US_MOVE_TYPES } from '../core/moves';
import { makeReplay, type Replay, type ReplayTurn } from '../core/replay';
import type { Scenario } from '../core/scenario';
import {
  MAX_CRISES,
  MAX_OFFER_TERMS,
  MAX_OFFER_WITHIN,
  type Move,
  type MoveType,
  WORLD_EVENTS,
} from '../core/vocabulary';

/**
 * The largest inputs each schema allows, for the benchmark and the tests that hold playing them to
 * a time (bench) and to work in proportion to their size (tests): every turn of the scenario, each
 * side listing every move type it has, and every world event brought in every quarter.
 */
function fullMove(type: MoveType, turn: number): Move {
  const { param } = MOVES[type] as MoveRecord;
  if (type !== 'proposeOffer')
    return { type, ...param.fromNumber(turn % 2 ? param.high : param.low) } as Move;
  // The longest offer: the most terms on each side, with the widest parameters.
  const terms = (types: readonly MoveType[]) =>
    types
      .filter((t) => (MOVES[t] as MoveRecord).term)
      .slice(0, MAX_OFFER_TERMS)
      .map((t) => fullMove(t, turn));
  return {
    type,
    give: terms(turn % 2 ? US_MOVE_TYPES : CHINA_MOVE_TYPES),
    ask: terms(turn % 2 ? CHINA_MOVE_TYPES : US_MOVE_TYPES),
    within: MAX_OFFER_WITHIN,
  };
}

/** The largest turn a replay may hold. */
export function fullTurn(turn: number): ReplayTurn {
  return {
    us: US_MOVE_TYPES.map((t) => fullMove(t, turn)),
    china: CHINA_MOVE_TYPES.map((t) => fullMove(t, turn)),
    inject: [...WORLD_EVENTS],
  };
}

/** The largest replay of `scenario`, or of its first `turns` turns. */
export function largestReplay(scenario: Scenario, seed = 1, turns = scenario.turns): Replay {
  return makeReplay(
    scenario,
    seed,
    Array.from({ length: Math.min(turns, scenario.turns) }, (_, i) => fullTurn(i)),
  );
}

/** A scenario as long as any may be, made from `base`. */
export function longestScenario(base: Scenario): Scenario {
  return { ...base, id: `${base.id}-longest`, turns: LIMITS.turns, historical: undefined };
}

/** The most crises a class may set: one event each in the last quarters. */
export function mostCrises(
  turns: number,
): { turn: number; event: (typeof WORLD_EVENTS)[number] }[] {
  return WORLD_EVENTS.slice(0, MAX_CRISES).map((event, i) => ({
    turn: Math.max(1, turns - i),
    event,
  }));
}
