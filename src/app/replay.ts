/**
 * Playing a replay's turns through the statechart: for the replay viewer, for resuming a saved
 * game and for "take over from here". Every turn's moves are sent as events with the seed of the
 * replay, so the draws are the ones of the game that was recorded.
 */
import type { ReplayTurn } from '../core/replay';
import type { GameState } from '../core/state';
import type { BySide } from '../core/vocabulary';
import {
  type GameActor,
  type GameSnapshot,
  phase,
  send,
  sendTurn,
  startActor,
} from '../machine/driver';
import type { Controller, GameInput } from '../machine/game';

const SCRIPTED: BySide<Controller> = { us: 'human', china: 'human' };

/**
 * Plays `turns` in order and returns the snapshot at the start and at each turn's report
 * (index k = after k turns). Stops early if the game ends before the script does.
 */
export function replaySnapshots(
  input: GameInput,
  turns: readonly ReplayTurn[],
): { snapshots: GameSnapshot[]; persisted: unknown[] } {
  const actor = startActor({ ...input, controllers: SCRIPTED });
  const snapshots = [actor.getSnapshot()];
  const persisted: unknown[] = [actor.getPersistedSnapshot()];
  playScript(actor, turns, () => {
    snapshots.push(actor.getSnapshot());
    persisted.push(actor.getPersistedSnapshot());
  });
  actor.stop();
  return { snapshots, persisted };
}

/** The game as the statechart begins it for `input`, before the first quarter. */
export function startOf(input: GameInput): GameState {
  const actor = startActor({ ...input, controllers: SCRIPTED });
  const start = actor.getSnapshot().context.game;
  actor.stop();
  return start;
}

/** Plays the turns in order to each one's report, calling `after` at each; stops at the debrief. */
function playScript(actor: GameActor, turns: readonly ReplayTurn[], after?: () => void): void {
  for (const [i, turn] of turns.entries()) {
    if (i > 0) send(actor, { type: 'report.next' });
    if (phase(actor.getSnapshot()) === 'debrief') break;
    sendTurn(actor, turn);
    after?.();
  }
}

/**
 * A live actor standing where a replay's first turns leave the game (at the report of the last
 * one), with `input.controllers` in charge from then on: the seat of a resumed save, or the side
 * a player takes over. The turns are played with both sides scripted, then the statechart is told
 * who holds each side now (`seats.set`). With no turns it is simply a new game. `start` is the
 * game as the statechart began it: the seed enters there and nowhere else.
 */
export function continueAfter(
  input: GameInput,
  turns: readonly ReplayTurn[],
): { actor: GameActor; start: GameState } {
  const actor = startActor({ ...input, controllers: SCRIPTED });
  const start = actor.getSnapshot().context.game;
  playScript(actor, turns);
  send(actor, {
    type: 'seats.set',
    controllers: input.controllers,
    ...(input.policies ? { policies: input.policies } : {}),
  });
  return { actor, start };
}
