import { type Scenario, startGame } from './scenario';
import { type Scores, scores } from './score';
import { type GameState, isOver } from './state';
import { playTurn } from './turn';
import type { WorldEvent } from './vocabulary';

/**
 * The same seeded world with no moves by either side, played `quarters` quarters into a game of
 * `turns`, with each quarter's facilitator events (`injects[i]` for quarter i + 1): what every score
 * is read against, and what "lives saved" means.
 */
export function noMovesWorld(
  scenario: Scenario,
  seed: number,
  quarters: number,
  injects: readonly (readonly WorldEvent[])[] = [],
  turns?: number,
): GameState {
  let state = startGame(scenario, seed, turns);
  for (let i = 0; i < quarters && !isOver(state); i++)
    state = playTurn(state, scenario, { us: [], china: [] }, injects[i] ?? []).state;
  return state;
}

/** A game's scores so far, against the no-moves world at the same quarter. */
export function scoresSoFar(
  scenario: Scenario,
  game: GameState,
  injects: readonly (readonly WorldEvent[])[] = [],
): Scores {
  return scores(game, noMovesWorld(scenario, game.seed, game.turn, injects, game.turns));
}
