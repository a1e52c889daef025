import { assertEvent, assign, raise, setup } from 'xstate';
import { aiMoves } from '../core/ai/planner';
import { refusalReason } from '../core/moves';
import { POSTURE_CONDITIONS, POSTURE_EDGES, type PostureCondition } from '../core/posture';
import { resolveQuarter } from '../core/resolve';
import { eventsForTurn, type Scenario, startGame } from '../core/scenario';
import { beginTurn, type GameState, isOver } from '../core/state';
import { applyPostureEdge, makeRecord, type TurnRecord, type TurnReport } from '../core/turn';
import {
  type BySide,
  type Cause,
  type Crisis,
  type Move,
  type Offer,
  POSTURES,
  type Policy,
  type Posture,
  type Refusal,
  type Side,
  type WorldEvent,
} from '../core/vocabulary';

/** Who plays a side: a person at the keyboard (or a replay file), or the side's AI policy. */
export type Controller = 'human' | 'ai';

export interface GameInput {
  scenario: Scenario;
  seed: number;
  /** Play only the first n turns of the scenario. */
  turns?: number;
  controllers: BySide<Controller>;
  /** The policy that plays a side when it is AI, or when a human side asks for an automatic turn. */
  policies?: Partial<BySide<Policy>>;
  /** A class's crises: world events a facilitator set in advance for given quarters. */
  crises?: readonly Crisis[];
}

export type { Crisis };

/** What was submitted in one turn: enough, with the seed, to play the turn again exactly. */
export interface PlayedTurn {
  us: Move[];
  china: Move[];
  inject: WorldEvent[];
}

export interface GameContext {
  scenario: Scenario;
  game: GameState;
  controllers: BySide<Controller>;
  policies: BySide<Policy>;
  pending: BySide<Move[]>;
  /** A facilitator's events for the next resolution. */
  injects: WorldEvent[];
  /** Events set in advance for given quarters; each joins that quarter's injects once. */
  crises: readonly Crisis[];
  /** Moves refused this turn, when they were added or when they were resolved. */
  refused: Refusal[];
  lastRefusal: Refusal | null;
  /** The quarter being resolved, between resolution and report. */
  quarter: {
    applied: BySide<Move[]>;
    events: WorldEvent[];
    causes: Cause[];
    offers: Offer[];
  } | null;
  history: TurnRecord[];
  report: TurnReport | null;
  /** Every turn's submitted moves and injects: the replay log. */
  played: PlayedTurn[];
}

export type GameEvent =
  | { type: 'game.start' }
  | { type: 'us.move.add'; move: Move }
  | { type: 'us.move.remove'; index: number }
  | { type: 'us.turn.end' }
  | { type: 'us.turn.auto' }
  | { type: 'china.move.add'; move: Move }
  | { type: 'china.move.remove'; index: number }
  | { type: 'china.turn.end' }
  | { type: 'china.turn.auto' }
  | { type: 'facilitator.inject'; event: WorldEvent }
  /** Hands sides to people or the computer mid-game: a resumed save, a replay taken over. */
  | { type: 'seats.set'; controllers: BySide<Controller>; policies?: Partial<BySide<Policy>> }
  | { type: 'posture.review' }
  | { type: 'report.next' }
  | { type: 'game.quit' };

const withPending = (ctx: GameContext, side: Side, moves: Move[]): BySide<Move[]> => ({
  ...ctx.pending,
  [side]: moves,
});

const moveOf = (event: GameEvent): Move => (event as { move: Move }).move;

/** The posture region's transitions, built from the core's table: one source for the rules. */
const postureStates = Object.fromEntries(
  POSTURES.map((posture) => [
    posture,
    {
      on: {
        'posture.review': POSTURE_EDGES[posture].map((edge, index) => ({
          target: edge.to,
          guard: { type: 'postureCondition' as const, params: { when: edge.when } },
          actions: { type: 'takePostureEdge' as const, params: { from: posture, index } },
        })),
      },
    },
  ]),
) as Record<Posture, object>;

const sideTurn = (side: Side, next: string) => ({
  always: {
    guard: { type: 'isAI' as const, params: { side } },
    actions: { type: 'playPolicy' as const, params: { side } },
    target: next,
  },
  on: {
    [`${side}.move.add`]: [
      {
        guard: { type: 'moveFits' as const, params: { side } },
        actions: { type: 'addMove' as const, params: { side } },
      },
      { actions: { type: 'refuseMove' as const, params: { side } } },
    ],
    [`${side}.move.remove`]: { actions: { type: 'removeMove' as const, params: { side } } },
    [`${side}.turn.end`]: { target: next },
    [`${side}.turn.auto`]: {
      actions: { type: 'playPolicy' as const, params: { side } },
      target: next,
    },
  },
});

export const gameMachine = setup({
  types: {
    context: {} as GameContext,
    events: {} as GameEvent,
    input: {} as GameInput,
  },
  guards: {
    isAI: ({ context }, p: { side: Side }) => context.controllers[p.side] === 'ai',
    moveFits: ({ context, event }, p: { side: Side }) =>
      refusalReason(
        context.game,
        p.side,
        context.pending[p.side],
        moveOf(event),
        offered(context, p.side),
      ) === null,
    postureCondition: ({ context }, p: { when: PostureCondition }) =>
      POSTURE_CONDITIONS[p.when](context.game),
    gameOver: ({ context }) => isOver(context.game),
    truceIs: ({ context }, p: { status: 'none' | 'running' | 'renewed' | 'lapsed' }) =>
      (context.game.truce?.status ?? 'none') === p.status,
  },
  actions: {
    addMove: assign(({ context, event }, p: { side: Side }) => ({
      pending: withPending(context, p.side, [...context.pending[p.side], moveOf(event)]),
      lastRefusal: null,
    })),
    refuseMove: assign(({ context, event }, p: { side: Side }) => {
      const move = moveOf(event);
      const reason =
        refusalReason(
          context.game,
          p.side,
          context.pending[p.side],
          move,
          offered(context, p.side),
        ) ?? 'refused';
      const refusal = { side: p.side, move, reason };
      return { refused: [...context.refused, refusal], lastRefusal: refusal };
    }),
    removeMove: assign(({ context, event }, p: { side: Side }) => {
      const index = (event as { index: number }).index;
      return {
        pending: withPending(
          context,
          p.side,
          context.pending[p.side].filter((_, i) => i !== index),
        ),
      };
    }),
    playPolicy: assign(({ context }, p: { side: Side }) => ({
      pending: withPending(
        context,
        p.side,
        aiMoves(context.game, p.side, context.policies[p.side], context.scenario, context.played),
      ),
    })),
    setSeats: assign(({ context, event }) => {
      assertEvent(event, 'seats.set');
      return {
        controllers: event.controllers,
        policies: { ...context.policies, ...event.policies },
      };
    }),
    // An event happens once a quarter however often it is brought in: a repeat changes nothing.
    inject: assign(({ context, event }) => {
      assertEvent(event, 'facilitator.inject');
      if (context.injects.includes(event.event)) return {};
      return { injects: [...context.injects, event.event] };
    }),
    resolve: assign(({ context }) => {
      const quarter = context.game.turn + 1;
      const injects = [...context.injects];
      for (const c of context.crises)
        if (c.turn === quarter && !injects.includes(c.event)) injects.push(c.event);
      const events = eventsForTurn(context.scenario, context.game, injects);
      const q = resolveQuarter(context.game, { moves: context.pending, events });
      return {
        game: q.state,
        injects: [],
        refused: [...context.refused, ...q.refused],
        quarter: { applied: q.applied, events, causes: q.causes, offers: q.offers },
        played: [
          ...context.played,
          { us: context.pending.us, china: context.pending.china, inject: injects },
        ],
      };
    }),
    takePostureEdge: assign(({ context }, p: { from: Posture; index: number }) => {
      const causes = [...(context.quarter?.causes ?? [])];
      const game = applyPostureEdge(context.game, POSTURE_EDGES[p.from][p.index] ?? null, causes);
      return { game, quarter: context.quarter && { ...context.quarter, causes } };
    }),
    report: assign(({ context }) => {
      const q = context.quarter ?? {
        applied: { us: [], china: [] },
        events: [],
        causes: [],
        offers: [],
      };
      const record = makeRecord(context.game, q.applied, context.refused, q.events, q.offers);
      return {
        history: [...context.history, record],
        report: { record, causes: q.causes },
        quarter: null,
      };
    }),
    nextTurn: assign(({ context }) => ({
      game: beginTurn(context.game),
      pending: { us: [], china: [] },
      refused: [],
      lastRefusal: null,
    })),
  },
}).createMachine({
  id: 'precursor',
  type: 'parallel',
  // Who plays a side can change at any point; an AI side whose turn it is then plays at once.
  on: { 'seats.set': { actions: 'setSeats' } },
  context: ({ input }) => ({
    scenario: input.scenario,
    game: startGame(input.scenario, input.seed, input.turns),
    controllers: input.controllers,
    policies: {
      us: input.policies?.us ?? defaultPolicy('us'),
      china: input.policies?.china ?? defaultPolicy('china'),
    },
    pending: { us: [], china: [] },
    injects: [],
    crises: input.crises ?? [],
    refused: [],
    lastRefusal: null,
    quarter: null,
    history: [],
    report: null,
    played: [],
  }),
  states: {
    // China's cooperation posture (rules 1-3 and 7): entered at the scenario's posture, then moved
    // only by the edges of the core's posture table, reviewed once a quarter.
    posture: {
      initial: 'entering',
      states: {
        entering: {
          always: POSTURES.map((p) => ({
            target: p,
            guard: ({ context }: { context: GameContext }) => context.game.posture === p,
          })),
        },
        ...postureStates,
      },
    },
    // The truce clock (rule 12): the core decides at reassessment; the region shows where it stands.
    truce: {
      initial: 'entering',
      states: {
        entering: {
          always: [
            { target: 'none', guard: { type: 'truceIs', params: { status: 'none' } } },
            { target: 'running' },
          ],
        },
        none: {},
        running: {
          on: {
            'posture.review': [
              { target: 'renewed', guard: { type: 'truceIs', params: { status: 'renewed' } } },
              { target: 'lapsed', guard: { type: 'truceIs', params: { status: 'lapsed' } } },
            ],
          },
        },
        renewed: {},
        lapsed: {},
      },
    },
    flow: {
      initial: 'setup',
      states: {
        setup: { on: { 'game.start': 'turn' } },
        turn: {
          initial: 'usMoves',
          on: {
            'facilitator.inject': { actions: 'inject' },
            'game.quit': { target: 'debrief' },
          },
          states: {
            usMoves: sideTurn('us', 'chinaMoves'),
            chinaMoves: sideTurn('china', 'resolution'),
            resolution: {
              entry: ['resolve', raise({ type: 'posture.review' })],
              on: { 'posture.review': 'report' },
            },
            report: {
              entry: 'report',
              on: {
                'report.next': [
                  { guard: 'gameOver', target: '#precursor.flow.debrief' },
                  { target: 'usMoves', actions: 'nextTurn' },
                ],
              },
            },
          },
        },
        debrief: { type: 'final' },
      },
    },
  },
});

function offered(ctx: GameContext, side: Side) {
  return ctx.scenario.moves[side];
}

/** The policy a side plays when none is chosen: the brief's defaults. */
export function defaultPolicy(side: Side): Policy {
  return side === 'us' ? 'reciprocal' : 'leverage';
}
