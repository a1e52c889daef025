import { type Actor, createActor, type SnapshotFrom } from 'xstate';
import { scoresSoFar } from '../core/baseline';
import type { ReplayTurn } from '../core/replay';
import type { Scores } from '../core/score';
import type { TurnRecord } from '../core/turn';
import type { Side, WorldEvent } from '../core/vocabulary';
import { type GameContext, type GameEvent, type GameInput, gameMachine } from './game';

export type GameSnapshot = SnapshotFrom<typeof gameMachine>;
export type GameActor = Actor<typeof gameMachine>;

/**
 * Headless play through the statechart: the `sim` tool, the benchmark and the tests drive games
 * with these, and the browser sends the same events to its actor. An actor is used rather than the
 * pure `transition` function because `transition` builds a throwaway actor on every call, which
 * costs more than the whole turn (see `npm run bench`).
 */
export function startActor(input: GameInput): GameActor {
  const actor = started(createActor(gameMachine, { input }));
  send(actor, { type: 'game.start' });
  return actor;
}

/** Resumes a game from a persisted snapshot (the JSON of `getPersistedSnapshot()`). */
export function resumeActor(persisted: unknown): GameActor {
  // The input only seeds a new game's context; a restored snapshot brings its own.
  const options = { snapshot: persisted as GameSnapshot, input: undefined as unknown as GameInput };
  return started(createActor(gameMachine, options));
}

/**
 * Starts an actor whose errors reach the caller. Left to itself, an actor whose action throws
 * rethrows the error later, from a timer, where no caller can catch it (after `sim` had printed a
 * result, once); with an observer the error stays on the snapshot, and `send` throws it at once.
 */
function started(actor: GameActor): GameActor {
  work.actors += 1;
  actor.subscribe({ error: () => {} });
  actor.start();
  throwIfFailed(actor);
  return actor;
}

/**
 * Work done, counted rather than timed: every event sent to a statechart, and every actor started.
 * Tests and the benchmark read it to check that playing an input costs work in proportion to its
 * size (a test cannot time that reliably on a shared machine).
 */
export const work = { events: 0, actors: 0 };

/** Sends an event; if the statechart failed on it, the error is thrown here, to the sender. */
export function send(actor: GameActor, event: GameEvent): void {
  work.events += 1;
  actor.send(event);
  throwIfFailed(actor);
}

function throwIfFailed(actor: GameActor): void {
  const snapshot = actor.getSnapshot();
  if (snapshot.status !== 'error') return;
  const error = snapshot.error;
  throw error instanceof Error ? error : new Error(String(error));
}

export function phase(snapshot: GameSnapshot): string {
  const flow = (snapshot.value as { flow: string | Record<string, string> }).flow;
  return typeof flow === 'string' ? flow : (Object.values(flow)[0] ?? '');
}

/** Plays one turn up to its report: a side's listed moves (or its policy when absent). */
export function sendTurn(actor: GameActor, spec: ReplayTurn = {}): void {
  for (const event of spec.inject ?? []) send(actor, { type: 'facilitator.inject', event });
  for (const side of ['us', 'china'] as Side[]) {
    if (phase(actor.getSnapshot()) !== `${side}Moves`) continue;
    const moves = spec[side];
    if (moves === undefined) {
      send(actor, { type: `${side}.turn.auto` } as GameEvent);
      continue;
    }
    for (const move of moves) send(actor, { type: `${side}.move.add`, move } as GameEvent);
    send(actor, { type: `${side}.turn.end` } as GameEvent);
  }
}

/**
 * Plays a game, or its first `turns` turns, following `script` turn by turn (policies fill what
 * it leaves out). Stops in the debrief, or at the report of the last turn asked for. A script's
 * injects reach a quarter only where people hold the sides (an AI side plays the moment its turn
 * opens, before they are sent); for events set in advance, use the input's `crises`.
 */
export function playGame(
  input: GameInput,
  script: readonly ReplayTurn[] = [],
  turns?: number,
): GameSnapshot {
  const actor = startActor(input);
  const total = actor.getSnapshot().context.game.turns;
  const limit = Math.min(turns ?? total, total);
  for (let i = 0; i < limit; i++) {
    sendTurn(actor, script[i]);
    if (i < limit - 1 || limit === total) send(actor, { type: 'report.next' });
  }
  const snapshot = actor.getSnapshot();
  actor.stop();
  return snapshot;
}

/**
 * The same world with no moves by either side, what "lives saved" is measured against: the input's
 * scenario, seed and length, with each quarter's facilitator events (`injects[i]` for quarter
 * i + 1) and any crises. Returns the turn records.
 */
export function playWithoutMoves(
  input: Omit<GameInput, 'controllers' | 'policies'>,
  injects: readonly (readonly WorldEvent[])[],
): TurnRecord[] {
  const snapshot = playGame(
    {
      ...input,
      controllers: { us: 'human', china: 'human' },
      policies: { us: 'passive', china: 'passive' },
    },
    injects.map((inject) => ({ us: [], china: [], inject: [...inject] })),
  );
  return snapshot.context.history;
}

/** Scores already read, by game state: a state's scores do not change while moves are picked. */
const scoresOf = new WeakMap<
  GameContext['game'],
  { scenario: GameContext['scenario']; played: GameContext['played']; scores: Scores }
>();

/**
 * The scores of a game so far, read against its no-moves world with the same facilitator events.
 * Playing that world costs a game; the answer is kept for the same state, scenario and log (the
 * turn screen asks again for every move picked, the room server for every seat's view).
 */
export function gameScores(ctx: Pick<GameContext, 'scenario' | 'game' | 'played'>): Scores {
  const known = scoresOf.get(ctx.game);
  if (known && known.scenario === ctx.scenario && known.played === ctx.played) return known.scores;
  const scores = scoresSoFar(
    ctx.scenario,
    ctx.game,
    ctx.played.map((p) => p.inject),
  );
  scoresOf.set(ctx.game, { scenario: ctx.scenario, played: ctx.played, scores });
  return scores;
}
