/**
 * The debrief's placing of a result among the same scenario over many seeds: which games to play
 * (the request a worker computes) and what the debrief says about the answer. Plain data, so Node
 * tests compute the same sentence the screen shows.
 */
import {
  percentBeaten,
  SPREAD_SEEDS,
  type Spread,
  type SpreadInput,
  spreadSeeds,
} from '../core/ai/spread';
import { scoresSoFar } from '../core/baseline';
import { CHINA_POLICY_INFO, US_POLICY_INFO } from '../core/policies';
import type { Seat } from '../core/save';
import {
  type BySide,
  isPersonality,
  type Personality,
  type Policy,
  type Side,
} from '../core/vocabulary';
import { defaultPolicy, type GameContext } from '../machine/game';
import { t } from '../words';

export interface PlacementRequest {
  /** Who sat where, read from who held each side at the end. */
  seat: Seat;
  /** What to play: the scenario over other seeds, with these personalities in the seats. */
  input: SpreadInput;
  /** This game's score for each side that is placed. */
  placed: { side: Side; score: number }[];
}

export interface PlacementView {
  runs: number;
  /** The band's name in the legend. */
  bandName: string;
  /** The 10th–90th percentile band of the 12-month deaths, per quarter. */
  band: { lo: number[]; hi: number[] };
  /** The verdict, one sentence per line (and a note when it was not computed in a worker). */
  lines: string[];
  /** For each placed side, the share (0–100, whole) of the games its score beats. */
  percent: Partial<BySide<number>>;
}

const SIDE_SHORT: Record<Side, string> = { us: 'US', china: 'China' };

function personalityLabel(side: Side, policy: Policy): string {
  const info = side === 'us' ? US_POLICY_INFO : CHINA_POLICY_INFO;
  return (info as Record<string, { label: string }>)[policy]?.label ?? policy;
}

/** The seat a finished game was played from: people on both sides, one, or none. */
export function seatOf(controllers: GameContext['controllers']): Seat {
  const us = controllers.us === 'human';
  const china = controllers.china === 'human';
  if (us && china) return 'hotseat';
  if (us) return 'us';
  if (china) return 'china';
  return 'watch';
}

/**
 * What a finished game is placed among, and with whom in the seats. A person's side is played by
 * the standard personality (`defaultPolicy`) against the personality they faced; with people on
 * both sides (hot seat), both sides are standard and each side is placed; with no one (watching),
 * the same two personalities play, so the result is placed among the same match on other seeds.
 * The seeds are the `seeds` after the game's own, never the game's own.
 */
export function placementRequest(
  ctx: Pick<GameContext, 'scenario' | 'game' | 'played' | 'controllers' | 'policies'>,
  seeds: number = SPREAD_SEEDS,
): PlacementRequest {
  const seat = seatOf(ctx.controllers);
  // A person's seat is played by the side's standard personality; so is an AI level (the planner
  // is too slow for a hundred games on the page), whose place is read against the standard line.
  const standard = (side: Side): Personality => {
    const p = ctx.policies[side];
    return ctx.controllers[side] === 'human' || !isPersonality(p)
      ? (defaultPolicy(side) as Personality)
      : p;
  };
  const injects = ctx.played.map((p) => p.inject);
  const s = scoresSoFar(ctx.scenario, ctx.game, injects);
  const score: BySide<number> = { us: s.usScore, china: s.chinaScore };
  const sides: Side[] = seat === 'us' || seat === 'china' ? [seat] : ['us', 'china'];
  return {
    seat,
    input: {
      scenario: ctx.scenario,
      turns: ctx.game.turns,
      quarters: ctx.game.turn,
      policies: { us: standard('us'), china: standard('china') },
      injects,
      seeds: spreadSeeds(ctx.game.seed, seeds),
    },
    placed: sides.map((side) => ({ side, score: score[side] })),
  };
}

/** What the debrief shows while the games are played. */
export function placingNote(request: PlacementRequest): string {
  const n = request.input.seeds.length;
  const seat = request.seat === 'watch' || request.seat === 'hotseat' ? request.seat : 'side';
  return t('placement.placing', { context: seat, n });
}

/** The legend's name for the band: whose games they are. */
export function bandName(request: PlacementRequest): string {
  const n = request.input.seeds.length;
  const who =
    request.seat === 'us' || request.seat === 'china'
      ? t('placement.standard', { side: SIDE_SHORT[request.seat] })
      : request.seat === 'hotseat'
        ? t('placement.standardSides')
        : t('placement.sameMatch');
  return t('placement.band', { n, who });
}

/** Said under the verdict when the games were played on the page, not in a worker. */
export const onPageNote = (): string => t('placement.onPage');

/**
 * The verdict and the band, from the spread computed for `request`, in a worker or (`where`
 * 'page') on the page.
 */
export function placementView(
  request: PlacementRequest,
  spread: Spread,
  where: 'worker' | 'page' = 'worker',
): PlacementView {
  const n = spread.runs;
  const { policies } = request.input;
  const percent: Partial<BySide<number>> = {};
  for (const p of request.placed)
    percent[p.side] = Math.round(percentBeaten(spread.scores[p.side], p.score));
  const standardIn = (side: Side) =>
    t('placement.standardIn', {
      side: SIDE_SHORT[side],
      personality: personalityLabel(side, policies[side]),
    });
  const lines = request.placed.map((p) => {
    const pct = `${percent[p.side] ?? 0}%`;
    const said = { score: p.score, pct, n, side: SIDE_SHORT[p.side], standard: standardIn(p.side) };
    if (request.seat === 'us' || request.seat === 'china') return t('placement.yours', said);
    // Two sides placed: a line each, short enough not to wrap.
    if (request.seat === 'hotseat') return t('placement.hotseat', said);
    return t('placement.watch', said);
  });
  if (where === 'page') lines.push(onPageNote());
  return {
    runs: n,
    bandName: bandName(request),
    band: { lo: [...spread.deaths12m.p10], hi: [...spread.deaths12m.p90] },
    lines,
    percent,
  };
}
