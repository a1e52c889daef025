import { noMovesWorld } from '../baseline';
import { policyMoves } from '../policies';
import { type Scenario, startGame } from '../scenario';
import { scores } from '../score';
import { type GameState, isOver } from '../state';
import { playTurn } from '../turn';
import {
  type BySide,
  CHINA_POLICIES,
  type ChinaPolicy,
  type Move,
  type Side,
  US_POLICIES,
  type UsPolicy,
  type WorldEvent,
} from '../vocabulary';

/** What both sides submitted in a quarter already played, and any events a facilitator added. */
export interface PastTurn {
  us: readonly Move[];
  china: readonly Move[];
  inject?: readonly WorldEvent[];
}

/**
 * Anything that chooses a side's moves from the position: a personality, a fixed script, a
 * planner. `past` holds the quarters played so far, for a player that learns from the other side.
 */
export type Player = (
  s: GameState,
  side: Side,
  scenario: Scenario,
  past?: readonly PastTurn[],
) => Move[];

export const personality =
  (policy: UsPolicy | ChinaPolicy): Player =>
  (s, side, scenario) =>
    policyMoves(s, side, policy, scenario.moves[side]);

/** One game through the bare core (the statechart plays the same games; tests hold them equal). */
export function playOut(scenario: Scenario, seed: number, players: BySide<Player>): GameState {
  let state = startGame(scenario, seed);
  const past: PastTurn[] = [];
  while (!isOver(state)) {
    const moves = {
      us: players.us(state, 'us', scenario, past),
      china: players.china(state, 'china', scenario, past),
    };
    state = playTurn(state, scenario, moves).state;
    past.push(moves);
  }
  return state;
}

export interface Outcome {
  usScore: number;
  chinaScore: number;
  deaths: number;
}

/** The same seeded world with no moves by either side, to the end: what every score is read against. */
const noMovesEnd = (scenario: Scenario, seed: number): GameState =>
  noMovesWorld(scenario, seed, scenario.turns);

export function outcome(
  scenario: Scenario,
  seed: number,
  players: BySide<Player>,
  baseline: GameState = noMovesEnd(scenario, seed),
): Outcome {
  const end = playOut(scenario, seed, players);
  const s = scores(end, baseline);
  return { usScore: s.usScore, chinaScore: s.chinaScore, deaths: end.ledger.deathsTotal };
}

export interface Stat {
  mean: number;
  sd: number;
}

export interface Cell {
  us: string;
  china: string;
  seeds: number;
  usScore: Stat;
  chinaScore: Stat;
  deaths: Stat;
  /** Per-seed outcomes, kept for paired comparisons; not printed. */
  runs: Outcome[];
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
function stat(xs: readonly number[]): Stat {
  const m = mean(xs);
  const v = xs.length > 1 ? xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1) : 0;
  return { mean: m, sd: Math.sqrt(v) };
}

export function playCell(
  scenario: Scenario,
  seeds: readonly number[],
  names: BySide<string>,
  players: BySide<Player>,
  baselines: ReadonlyMap<number, GameState>,
): Cell {
  const runs = seeds.map((seed) =>
    outcome(scenario, seed, players, baselines.get(seed) ?? noMovesEnd(scenario, seed)),
  );
  return {
    us: names.us,
    china: names.china,
    seeds: seeds.length,
    usScore: stat(runs.map((r) => r.usScore)),
    chinaScore: stat(runs.map((r) => r.chinaScore)),
    deaths: stat(runs.map((r) => r.deaths)),
    runs,
  };
}

/**
 * Whether `a` beats `b` for `side` by more than one standard error. The runs share their seeds, so
 * the error is that of the per-seed differences (common random numbers).
 */
export function beats(a: Cell, b: Cell, side: Side): boolean {
  const key = side === 'us' ? 'usScore' : 'chinaScore';
  const diffs = a.runs.map((r, i) => r[key] - (b.runs[i]?.[key] ?? 0));
  const { mean: m, sd } = stat(diffs);
  return m > sd / Math.sqrt(Math.max(1, diffs.length));
}

export interface Tournament {
  scenario: string;
  seeds: number;
  us: string[];
  china: string[];
  cells: Cell[];
  /** For each personality of the other side, the clear best response (null when none is clear). */
  bestResponse: { us: Record<string, string | null>; china: Record<string, string | null> };
  dominant: { us: string | null; china: string | null };
  /** The planning AI's rows and columns, played at their own (smaller) number of seeds. */
  planners: PlannerCells | null;
}

/**
 * The planners' cells: each planner of one side against every player of the other (planners
 * included), over the first `seeds` seeds. `behind[side][planner][rival]` names the fixed players
 * of `side` that beat the planner against `rival` by more than one standard error at those seeds
 * (strategy.md §4: there should be none).
 */
export interface PlannerCells {
  seeds: number;
  us: string[];
  china: string[];
  cells: Cell[];
  behind: BySide<Record<string, Record<string, string[]>>>;
}

export interface TournamentOptions {
  seeds: number;
  firstSeed?: number;
  us?: Record<string, Player>;
  china?: Record<string, Player>;
  /** Players that plan (slower), played at their own seed count; best responses and dominance stay among the others. */
  planners?: { seeds: number; us?: Record<string, Player>; china?: Record<string, Player> };
}

export const PERSONALITIES: BySide<Record<string, Player>> = {
  us: Object.fromEntries(US_POLICIES.map((p) => [p, personality(p)])),
  china: Object.fromEntries(CHINA_POLICIES.map((p) => [p, personality(p)])),
};

export function seedList(first: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => first + i);
}

/** Every US player against every China player over the same seeds (strategy.md §4). */
export function runTournament(scenario: Scenario, opts: TournamentOptions): Tournament {
  const seeds = seedList(opts.firstSeed ?? 1, opts.seeds);
  const us = opts.us ?? PERSONALITIES.us;
  const china = opts.china ?? PERSONALITIES.china;
  const baselines = new Map(seeds.map((s) => [s, noMovesEnd(scenario, s)]));
  const cells: Cell[] = [];
  for (const [u, up] of Object.entries(us))
    for (const [c, cp] of Object.entries(china))
      cells.push(playCell(scenario, seeds, { us: u, china: c }, { us: up, china: cp }, baselines));
  const cell = (u: string, c: string) => cells.find((x) => x.us === u && x.china === c) as Cell;
  const bestOf = (
    side: Side,
    rivals: string[],
    mine: string[],
    at: (m: string, r: string) => Cell,
  ) =>
    Object.fromEntries(
      rivals.map((r) => {
        const best = mine.find((m) =>
          mine.every((o) => o === m || beats(at(m, r), at(o, r), side)),
        );
        return [r, best ?? null];
      }),
    );
  const usNames = Object.keys(us);
  const chinaNames = Object.keys(china);
  const bestResponse = {
    us: bestOf('us', chinaNames, usNames, (m, r) => cell(m, r)),
    china: bestOf('china', usNames, chinaNames, (m, r) => cell(r, m)),
  };
  const dominantOf = (br: Record<string, string | null>) => {
    const picks = Object.values(br);
    const first = picks[0] ?? null;
    return first !== null && picks.every((p) => p === first) ? first : null;
  };
  return {
    scenario: scenario.id,
    seeds: seeds.length,
    us: usNames,
    china: chinaNames,
    cells,
    bestResponse,
    dominant: { us: dominantOf(bestResponse.us), china: dominantOf(bestResponse.china) },
    planners: opts.planners ? plannerCells(scenario, opts, { us, china }, cells) : null,
  };
}

function plannerCells(
  scenario: Scenario,
  opts: TournamentOptions,
  fixed: BySide<Record<string, Player>>,
  fixedCells: readonly Cell[],
): PlannerCells {
  const p = opts.planners as NonNullable<TournamentOptions['planners']>;
  const seeds = seedList(opts.firstSeed ?? 1, p.seeds);
  const baselines = new Map(seeds.map((s) => [s, noMovesEnd(scenario, s)]));
  const planners = { us: p.us ?? {}, china: p.china ?? {} };
  const play = (u: string, up: Player, c: string, cp: Player) =>
    playCell(scenario, seeds, { us: u, china: c }, { us: up, china: cp }, baselines);
  const cells: Cell[] = [];
  for (const [u, up] of Object.entries(planners.us))
    for (const [c, cp] of Object.entries({ ...fixed.china, ...planners.china }))
      cells.push(play(u, up, c, cp));
  for (const [c, cp] of Object.entries(planners.china))
    for (const [u, up] of Object.entries(fixed.us)) cells.push(play(u, up, c, cp));
  // The fixed players' cells at the planners' seeds: the first of theirs, or played again.
  const fixedAt = (u: string, c: string): Cell => {
    const had = fixedCells.find((x) => x.us === u && x.china === c) as Cell;
    if (had.seeds >= seeds.length)
      return { ...had, seeds: seeds.length, runs: had.runs.slice(0, seeds.length) };
    return play(u, fixed.us[u] as Player, c, fixed.china[c] as Player);
  };
  const at = (u: string, c: string) => cells.find((x) => x.us === u && x.china === c) as Cell;
  const behind: PlannerCells['behind'] = { us: {}, china: {} };
  for (const u of Object.keys(planners.us))
    behind.us[u] = Object.fromEntries(
      Object.keys(fixed.china).map((c) => [
        c,
        Object.keys(fixed.us).filter((f) => beats(fixedAt(f, c), at(u, c), 'us')),
      ]),
    );
  for (const c of Object.keys(planners.china))
    behind.china[c] = Object.fromEntries(
      Object.keys(fixed.us).map((u) => [
        u,
        Object.keys(fixed.china).filter((f) => beats(fixedAt(u, f), at(u, c), 'china')),
      ]),
    );
  return {
    seeds: seeds.length,
    us: Object.keys(planners.us),
    china: Object.keys(planners.china),
    cells,
    behind,
  };
}
