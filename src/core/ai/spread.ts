import { noMovesWorld } from '../baseline';
import { policyMoves } from '../policies';
import { type Scenario, startGame } from '../scenario';
import { scores } from '../score';
import { isOver } from '../state';
import { playTurn } from '../turn';
import type { BySide, Personality, Side, WorldEvent } from '../vocabulary';

/**
 * Where one game's result stands among the same scenario played over many other seeds
 * (strategy.md §1: "a debrief can also place a result among the outcomes of the same scenario over
 * many seeds"). Every run goes through the bare core, as the tournament's do, and is scored against
 * its own seed's no-moves world with the game's facilitator events, as the game is.
 */
export interface SpreadInput {
  scenario: Scenario;
  /** The game's length in quarters (a facilitator may shorten the scenario). */
  turns: number;
  /** Quarters played: fewer than `turns` when the game was ended early; each run stops there too. */
  quarters: number;
  /** The personality playing each side in every run. */
  policies: BySide<Personality>;
  /** The game's facilitator events (injects and crises) for each quarter, in turn order. */
  injects: readonly (readonly WorldEvent[])[];
  seeds: readonly number[];
}

/** One seed's run: both scores and the 12-month deaths at the end of each quarter. */
export interface SpreadRun {
  seed: number;
  score: BySide<number>;
  deaths12m: number[];
}

export interface Band {
  p10: number[];
  p50: number[];
  p90: number[];
}

export interface Spread {
  /** How many runs. */
  runs: number;
  /** The 10th, 50th and 90th percentiles of the 12-month deaths, per quarter. */
  deaths12m: Band;
  /** Each side's scores over the runs, in ascending order. */
  scores: BySide<number[]>;
}

/** How many seeds a debrief places a result among. */
export const SPREAD_SEEDS = 100;

const SEED_SPACE = 2 ** 31;

/**
 * The `n` seeds after the game's own, wrapping within the seed range: never the game's own seed,
 * and the same list for everyone who played that seed (a class sharing a seed shares its spread).
 */
export function spreadSeeds(gameSeed: number, n: number = SPREAD_SEEDS): number[] {
  return Array.from({ length: n }, (_, i) => (gameSeed + 1 + i) % SEED_SPACE);
}

/** One seed played by the input's personalities for the input's quarters. */
export function spreadRun(input: SpreadInput, seed: number): SpreadRun {
  const { scenario, policies, injects } = input;
  let state = startGame(scenario, seed, input.turns);
  const deaths: number[] = [];
  for (let q = 0; q < input.quarters && !isOver(state); q++) {
    const moves = {
      us: policyMoves(state, 'us', policies.us, scenario.moves.us),
      china: policyMoves(state, 'china', policies.china, scenario.moves.china),
    };
    const played = playTurn(state, scenario, moves, injects[q] ?? []);
    state = played.state;
    deaths.push(played.report.record.deaths12m);
  }
  const baseline = noMovesWorld(scenario, seed, state.turn, injects, input.turns);
  const s = scores(state, baseline);
  return { seed, score: { us: s.usScore, china: s.chinaScore }, deaths12m: deaths };
}

/**
 * The `p`th percentile (0–100) of ascending `sorted`, interpolating linearly between the two
 * nearest ranks (the common "type 7" definition: the 0th is the least, the 100th the greatest).
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = (Math.min(100, Math.max(0, p)) / 100) * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  const a = sorted[lo] ?? 0;
  const b = sorted[hi] ?? a;
  return a + (b - a) * (at - lo);
}

/** The share (0–100) of `values` that `x` beats, a tie counting half. */
export function percentBeaten(values: readonly number[], x: number): number {
  if (values.length === 0) return Number.NaN;
  let beaten = 0;
  for (const v of values) beaten += v < x ? 1 : v === x ? 0.5 : 0;
  return (100 * beaten) / values.length;
}

const ascending = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);

/** The band and the score distributions of a set of runs. */
export function summarise(runs: readonly SpreadRun[]): Spread {
  const quarters = Math.max(0, ...runs.map((r) => r.deaths12m.length));
  const band: Band = { p10: [], p50: [], p90: [] };
  for (let q = 0; q < quarters; q++) {
    const at = ascending(runs.flatMap((r) => r.deaths12m.slice(q, q + 1)));
    band.p10.push(percentile(at, 10));
    band.p50.push(percentile(at, 50));
    band.p90.push(percentile(at, 90));
  }
  const scoresOf = (side: Side) => ascending(runs.map((r) => r.score[side]));
  return {
    runs: runs.length,
    deaths12m: band,
    scores: { us: scoresOf('us'), china: scoresOf('china') },
  };
}

/** Every seed of the input, played and summarised: what the debrief's worker computes. */
export function spread(input: SpreadInput): Spread {
  return summarise(input.seeds.map((seed) => spreadRun(input, seed)));
}
