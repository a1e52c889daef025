import type { Scenario } from './scenario';
import { createGame, type GameState, type World } from './state';
import type { WorldEvent } from './vocabulary';

/**
 * A scenario in play: the game it starts and the events each turn brings. Apart from scenario.ts,
 * whose schema library the code that only plays (the planning AI's Web Worker) need not carry.
 */
export function startGame(scenario: Scenario, seed: number, turns?: number): GameState {
  return createGame({
    scenarioId: scenario.id,
    seed,
    turns: Math.min(turns ?? scenario.turns, scenario.turns),
    start: scenario.start,
    budget: scenario.budget,
    world: scenario.initial as World,
    truceAfter: scenario.truce?.reassessAfter ?? null,
  });
}

/**
 * The events of a turn (1-based in files, `state.turn` is 0-based): scripted ones, a facilitator's
 * injects, and the random table rolled against the turn's draws.
 */
export function eventsForTurn(
  scenario: Scenario,
  state: GameState,
  injected: readonly WorldEvent[],
): WorldEvent[] {
  const turnNumber = state.turn + 1;
  const events: WorldEvent[] = [];
  for (const s of scenario.scripted) if (s.turn === turnNumber) events.push(...s.events);
  // An event happens once a quarter, however many ways it was brought in.
  for (const e of injected) if (!events.includes(e)) events.push(e);
  scenario.randomEvents.forEach((r, i) => {
    if ((state.draws[i] ?? 1) < r.chance && !events.includes(r.event)) events.push(r.event);
  });
  return events;
}
