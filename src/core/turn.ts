import { policyMoves } from './policies';
import type { PostureEdge } from './posture';
import { reviewPosture } from './posture';
import { type QuarterInput, resolveQuarter } from './resolve';
import type { Scenario } from './scenario';
import { beginTurn, deaths12m, type GameState, isOver, quarterLabel } from './state';
import type {
  BySide,
  Cause,
  Indicator,
  Move,
  Offer,
  OfferStatus,
  Personality,
  Posture,
  Refusal,
  Side,
  WorldEvent,
} from './vocabulary';
import { eventsForTurn, startGame } from './world';

/** One played turn, in the shape of the `sim` tool's JSON `turns`. */
export interface TurnRecord {
  turn: number;
  label: string;
  usMoves: Move[];
  chinaMoves: Move[];
  refused: Refusal[];
  events: WorldEvent[];
  /** Offers made, answered or settled this quarter (strategy.md §3). */
  offers: OfferRecord[];
  cooperation: Posture;
  relations: number;
  goodwill: number;
  tariff: number;
  enforcement: number;
  precursorFlow: number;
  altSupply: number;
  streetPrice: number;
  purity: number;
  deaths: number;
  deaths12m: number;
}

/** An offer as a turn record tells it: who offered what for what, and where it stands now. */
export interface OfferRecord {
  id: number;
  from: Side;
  give: Move[];
  ask: Move[];
  within: number;
  status: OfferStatus;
  /** Who failed their part of a breached deal. */
  breachedBy?: Side[];
}

export function offerRecord(o: Offer): OfferRecord {
  const base = {
    id: o.id,
    from: o.from,
    give: o.give,
    ask: o.ask,
    within: o.within,
    status: o.status,
  };
  return o.status === 'breached' ? { ...base, breachedBy: o.breachedBy } : base;
}

/** A turn's report: the record and the causes behind it, for "why?". */
export interface TurnReport {
  record: TurnRecord;
  causes: Cause[];
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** China's posture takes the edge chosen by the rules; the change is a cause like any other. */
export function applyPostureEdge(
  state: GameState,
  edge: PostureEdge | null,
  causes: Cause[],
): GameState {
  if (!edge) return state;
  causes.push({
    rule: edge.rule,
    indicator: 'posture',
    delta: 0,
    note: 'cause.posture',
    vars: { from: `posture.${state.posture}`, to: `posture.${edge.to}` },
  });
  return { ...state, posture: edge.to, postureSince: state.turn };
}

/** The indicators of a state, rounded as a turn record keeps them (and the screens show them). */
export function roundedIndicators(state: GameState): Record<Indicator, number> {
  return {
    relations: round1(state.relations),
    goodwill: round1(state.goodwill),
    tariff: state.tariff,
    enforcement: round1(state.enforcement),
    precursorFlow: round1(state.precursorFlow),
    altSupply: round1(state.altSupply),
    streetPrice: round1(state.streetPrice),
    purity: Math.round(state.purity * 100) / 100,
    deaths: Math.round(state.deathsHistory[state.deathsHistory.length - 1] ?? 0),
    deaths12m: Math.round(deaths12m(state)),
  };
}

export function makeRecord(
  state: GameState,
  applied: BySide<Move[]>,
  refused: Refusal[],
  events: WorldEvent[],
  offers: readonly Offer[] = [],
): TurnRecord {
  const turn = state.turn;
  return {
    turn,
    label: quarterLabel(state, turn - 1),
    usMoves: applied.us,
    chinaMoves: applied.china,
    refused,
    events,
    offers: offers.map(offerRecord),
    cooperation: state.posture,
    ...roundedIndicators(state),
  };
}

/**
 * The bare core step, without the statechart: events, resolution, posture review, next turn's draws.
 * The statechart calls the same functions in the same order (machine/game.ts); tests hold them equal.
 */
export function playTurn(
  state: GameState,
  scenario: Scenario,
  moves: QuarterInput['moves'],
  injected: readonly WorldEvent[] = [],
): { state: GameState; report: TurnReport } {
  const events = eventsForTurn(scenario, state, injected);
  const q = resolveQuarter(state, { moves, events });
  const causes = q.causes;
  const reviewed = applyPostureEdge(q.state, reviewPosture(q.state), causes);
  const record = makeRecord(reviewed, q.applied, q.refused, events, q.offers);
  return { state: isOver(reviewed) ? reviewed : beginTurn(reviewed), report: { record, causes } };
}

/**
 * A whole game through the bare core, both sides played by policies: the benchmark's yardstick
 * for the statechart, and the tests' check that the two run the same rules.
 */
export function playCoreGame(
  scenario: Scenario,
  seed: number,
  policies: BySide<Personality>,
  turns?: number,
): { state: GameState; records: TurnRecord[] } {
  let state = startGame(scenario, seed, turns);
  const records: TurnRecord[] = [];
  while (!isOver(state)) {
    const moves = {
      us: policyMoves(state, 'us', policies.us, scenario.moves.us),
      china: policyMoves(state, 'china', policies.china, scenario.moves.china),
    };
    const played = playTurn(state, scenario, moves);
    state = played.state;
    records.push(played.report.record);
  }
  return { state, records };
}
