import seedrandom from 'seedrandom';
import { liveWords, t, withWords } from '../../words';
import { describeMove, refusalReason } from '../moves';
import { CHINA_POLICY_INFO, type PolicyInfo, policyMoves, US_POLICY_INFO } from '../policies';
import type { Scenario } from '../scenario';
import { scores } from '../score';
import { type GameState, isOver } from '../state';
import { playTurn } from '../turn';
import {
  AI_LEVELS,
  type AiLevel,
  ASKS,
  CHINA_POLICIES,
  type ChinaPolicy,
  CONTROL_CLASSES,
  isPersonality,
  type Move,
  type MoveType,
  type Personality,
  type Policy,
  SANCTION_TARGETS,
  SIDES,
  type Side,
  US_POLICIES,
  type UsPolicy,
} from '../vocabulary';
import { startGame } from '../world';
import { sampledFuture } from './futures';
import type { PastTurn, Player } from './tournament';

/**
 * The planning AI (strategy.md §5). It plays candidate move sets forward with the model over its
 * own sampled futures and a model of the other side, and keeps the set best for its own score.
 *
 * It never reads the game's luck: every sampled future replaces the state's generator and this
 * turn's draws with its own, seeded from the game's seed, the turn, the side and the sample's
 * index. The same position therefore gives the same choice in Node, a Web Worker or a server.
 */

/** One decision's effort: fixed counts, never a clock, so the choice cannot depend on speed. */
export const PLANNER = {
  /** Sampled futures per candidate; every candidate meets the same ones. */
  samples: 8,
  /** Quarters each future is played ahead; what lies beyond is read off the last quarter. */
  horizon: 6,
  /** Move sets tried besides the lines' own first moves. */
  candidates: 12,
} as const;

export interface Plan {
  moves: Move[];
  /** The choice in one sentence a player can read. */
  explanation: string;
  /** The expert only: the score it expects to gain from here to the end, over its samples. */
  expected?: number;
}

/** Each side as a sentence names it, as the one who gains and as the other side. */
const WHO = liveWords(SIDES, (side) => t('ai.who', { context: side }));
const THEM = liveWords(SIDES, (side) => t('ai.them', { context: side }));
const OTHER: Record<Side, Side> = { us: 'china', china: 'us' };

const personalityOf =
  (policy: UsPolicy | ChinaPolicy): Player =>
  (s, side, scenario) =>
    policyMoves(s, side, policy, scenario.moves[side]);

/**
 * Ways for the planner to play its own later quarters. Each is a plan the planner may keep to;
 * the first quarter is then improved on (a rollout over several base lines). For the US, beside
 * the personalities, a line that looks after results at home: credit, demand funding, Mexico.
 */
const LINES: Record<Side, { name: string; player: Player; benchmark: boolean }[]> = {
  us: [
    ...US_POLICIES.map((p) => ({ name: p, player: personalityOf(p), benchmark: true })),
    {
      name: 'atHome',
      benchmark: true,
      player: (s, side, scenario) =>
        fitting(s, side, scenario, [
          { type: 'giveCredit' },
          { type: 'fundDemandReduction' },
          { type: 'pressMexico' },
        ]),
    },
  ],
  china: [
    ...CHINA_POLICIES.map((p) => ({ name: p, player: personalityOf(p), benchmark: true })),
    {
      name: 'summitry',
      benchmark: false,
      player: (s, side, scenario) =>
        fitting(s, side, scenario, [
          { type: 'attendSummit' },
          { type: 'proposeSummit' },
          ...policyMoves(s, side, 'leverage', scenario.moves[side]),
        ]),
    },
  ],
};

/** The wishes that fit, in order: the budget, once a turn, the state and the scenario's offer. */
function fitting(s: GameState, side: Side, scenario: Scenario, wishes: readonly Move[]): Move[] {
  const chosen: Move[] = [];
  for (const m of wishes)
    if (refusalReason(s, side, chosen, m, scenario.moves[side]) === null) chosen.push(m);
  return chosen;
}

/** Every single move the side could play now, with concrete parameters, in a fixed order. */
export function menu(s: GameState, side: Side, scenario: Scenario): Move[] {
  const moves: Move[] =
    side === 'us'
      ? [...new Set([Math.min(100, s.tariff + 10), Math.max(0, s.tariff - 10), 0])].map(
          (rate): Move => ({ type: 'setTariff', rate }),
        )
      : [];
  if (side === 'us')
    moves.push(
      ...SANCTION_TARGETS.map((target): Move => ({ type: 'sanction', target })),
      ...SANCTION_TARGETS.map((target): Move => ({ type: 'liftSanction', target })),
      { type: 'listMajorProducer' },
      { type: 'delistMajorProducer' },
      { type: 'giveCredit' },
      { type: 'withholdCredit' },
      { type: 'shareIntelligence' },
      { type: 'fundDemandReduction' },
      { type: 'pressMexico' },
      { type: 'buildCoalition' },
    );
  else
    moves.push(
      { type: 'schedulePrecursors', count: 1 },
      { type: 'schedulePrecursors', count: 3 },
      ...CONTROL_CLASSES.map((c): Move => ({ type: 'scheduleClass', class: c })),
      { type: 'licenseExports' },
      { type: 'requireKYC' },
      { type: 'enforce', level: 1 },
      { type: 'enforce', level: 2 },
      { type: 'enforce', level: 3 },
      { type: 'suspendCooperation' },
      { type: 'resumeCooperation' },
      { type: 'announceConsensus' },
      { type: 'reannounce' },
      ...ASKS.map((ask): Move => ({ type: 'demandConcession', ask })),
      { type: 'relaxEnforcement' },
    );
  moves.push(
    { type: 'proposeSummit' },
    { type: 'attendSummit' },
    { type: 'acceptOffer' },
    { type: 'declineOffer' },
  );
  return moves.filter((m) => refusalReason(s, side, [], m, scenario.moves[side]) === null);
}

const keyOf = (m: Move) => JSON.stringify(m);
const setKey = (ms: readonly Move[]) => ms.map(keyOf).sort().join('|');

/** How alike two move sets are: shared moves over all moves (1 when both are empty). */
function likeness(a: readonly Move[], b: readonly Move[]): number {
  const ka = new Set(a.map(keyOf));
  const kb = new Set(b.map(keyOf));
  const shared = [...ka].filter((k) => kb.has(k)).length;
  const all = new Set([...ka, ...kb]).size;
  return all === 0 ? 1 : shared / all;
}

/**
 * The other side as a mix of its personalities, each weighed by how well it would have predicted
 * what that side did so far. The past quarters are played again from the seed (their draws are
 * the game's past, not its future); without a consistent record, every personality weighs alike.
 */
export function opponentMix(
  s: GameState,
  side: Side,
  scenario: Scenario,
  past: readonly PastTurn[] = [],
): { policy: UsPolicy | ChinaPolicy; weight: number }[] {
  const other = OTHER[side];
  const names: readonly (UsPolicy | ChinaPolicy)[] = other === 'us' ? US_POLICIES : CHINA_POLICIES;
  // Products, not sums of logarithms: plain arithmetic gives the same bits in every engine.
  const weights = names.map(() => 1);
  if (past.length === s.turn) {
    let g = startGame(scenario, s.seed, s.turns);
    for (const turn of past) {
      if (isOver(g)) break;
      const seen = turn[other];
      names.forEach((name, i) => {
        const predicted = policyMoves(g, other, name, scenario.moves[other]);
        weights[i] = (weights[i] ?? 0) * (0.1 + 0.9 * likeness(predicted, seen));
      });
      g = playTurn(g, scenario, { us: [...turn.us], china: [...turn.china] }, turn.inject).state;
    }
  }
  const total = weights.reduce((a, b) => a + b, 0);
  return names.map((policy, i) => ({ policy, weight: (weights[i] ?? 0) / total }));
}

const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);

/** The ledger's steady sums, which go on accruing after the horizon as they did in its last quarter. */
const STEADY = [
  'deathsTotal',
  'usEconomicCost',
  'relationsSum',
  'goodwillSum',
  'chinaEnforcementCost',
  'chinaPressure',
  'chinaStanding',
] as const;

/**
 * The side's own score gained from `start` to the end of the game: exact when the future reached
 * the end, else with the quarters beyond the horizon read off the last one played.
 */
function worth(end: GameState, last: GameState, start: GameState, side: Side): number {
  const left = end.turns - end.turn;
  let at = end;
  if (left > 0) {
    const ledger = { ...end.ledger };
    for (const k of STEADY) ledger[k] += left * (end.ledger[k] - last.ledger[k]);
    at = { ...end, turn: end.turns, ledger };
  }
  const s = scores(at, start);
  return side === 'us' ? sum(s.us) : sum(s.china);
}

interface Future {
  start: GameState;
  /** Which personality of the mix the other side plays in this future. */
  type: number;
  opponent: Player;
}

interface Trial {
  moves: Move[];
  /** Worth per future. */
  values: number[];
  /** Mean worth over the futures. */
  value: number;
  /** The other side's moves in the quarter after this one, per future: its answer. */
  answers: Move[][];
}

/**
 * One future played ahead: `first` this quarter (or the line's own choice when null), then the
 * line; the other side plays its personality throughout. Returns the worth and its answer.
 */
function rollout(
  f: Future,
  side: Side,
  scenario: Scenario,
  first: Move[] | null,
  line: Player,
): { value: number; answer: Move[] } {
  const other = OTHER[side];
  let g = f.start;
  let last = g;
  let answer: Move[] = [];
  for (let q = 0; q < PLANNER.horizon && !isOver(g); q++) {
    const mine = q === 0 && first !== null ? first : line(g, side, scenario);
    const theirs = f.opponent(g, other, scenario);
    if (q === 1) answer = theirs;
    last = g;
    g = playTurn(
      g,
      scenario,
      side === 'us' ? { us: mine, china: theirs } : { us: theirs, china: mine },
    ).state;
  }
  return { value: worth(g, last, f.start, side), answer };
}

const meanOf = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/** Sets near `best`: without one of its moves, with one more, or with one swapped for another. */
function neighbours(s: GameState, side: Side, scenario: Scenario, best: Move[]): Move[][] {
  const singles = menu(s, side, scenario);
  const offered = scenario.moves[side];
  const fits = (set: Move[]) =>
    set.every((m, i) => refusalReason(s, side, set.slice(0, i), m, offered) === null);
  const out: Move[][] = [];
  for (let i = 0; i < best.length; i++) out.push(best.filter((_, j) => j !== i));
  for (const m of singles) out.push([...best, m]);
  for (let i = 0; i < best.length; i++)
    for (const m of singles) out.push([...best.filter((_, j) => j !== i), m]);
  return out.filter(fits);
}

/**
 * The expert's choice for `side` in position `s`.
 *
 * 1. The other side is a mix of its personalities, weighed by what it has done; each sampled
 *    future gives it one of them, in proportion.
 * 2. Each of the planner's lines is played through every future. Against each personality the
 *    best line is the one the planner will keep to once it knows whom it faces: later quarters
 *    are played by it, so a choice now is worth what it leads to when the planner has learnt.
 * 3. The lines' openings and doing nothing are tried as this quarter's move set, then sets near
 *    the chosen one; a set near it replaces it only when it wins clearly over the same futures.
 * 4. Safety first: a choice must do at least as well as the side's own fixed lines against every
 *    personality the other side may be playing; among the safe ones, the best on average.
 */
export function planExpert(
  s: GameState,
  side: Side,
  scenario: Scenario,
  past: readonly PastTurn[] = [],
): Plan {
  const mix = opponentMix(s, side, scenario, past);
  const futures: Future[] = [];
  for (let k = 0; k < PLANNER.samples; k++) {
    // Systematic sampling: future k takes the personality where (k + ½)/K falls in the mix.
    const u = (k + 0.5) / PLANNER.samples;
    let acc = 0;
    let type = mix.length - 1;
    for (let i = 0; i < mix.length; i++) {
      acc += mix[i]?.weight ?? 0;
      if (u < acc) {
        type = i;
        break;
      }
    }
    const policy = mix[type]?.policy ?? 'passive';
    futures.push({
      start: sampledFuture(s, side, 'plan', k),
      type,
      opponent: personalityOf(policy),
    });
  }
  const lines = LINES[side];
  const lineValues = lines.map((l) =>
    futures.map((f) => rollout(f, side, scenario, null, l.player)),
  );
  const types = [...new Set(futures.map((f) => f.type))];
  /** The mean over the futures where the other side plays personality `type`. */
  const typeMean = (values: readonly number[], type: number) =>
    meanOf(futures.flatMap((f, k) => (f.type === type ? [values[k] ?? 0] : [])));
  const lineMean = (i: number, type: number) =>
    typeMean(
      (lineValues[i] ?? []).map((r) => r.value),
      type,
    );
  // Against each personality, the line the planner will keep to once it knows whom it faces.
  const bestLine = new Map(
    types.map((type) => {
      let best = 0;
      for (let i = 1; i < lines.length; i++) if (lineMean(i, type) > lineMean(best, type)) best = i;
      return [type, best];
    }),
  );
  // What the side's own fixed lines get against each personality: the bar a choice must clear.
  const benchmark = new Map(
    types.map((type) => [
      type,
      Math.max(...lines.flatMap((l, i) => (l.benchmark ? [lineMean(i, type)] : []))),
    ]),
  );

  // This quarter's sets are taken from a position with the planner's own luck, never the game's.
  const own = futures[0]?.start ?? s;
  const seen = new Set<string>();
  // What each future's line would open with there: a set it opens with is already played.
  const lineOpening = futures.map((f) => {
    const i = bestLine.get(f.type) ?? 0;
    return setKey((lines[i] as (typeof lines)[number]).player(f.start, side, scenario));
  });
  const trialOf = (moves: Move[]): Trial | null => {
    const key = setKey(moves);
    if (seen.has(key)) return null;
    seen.add(key);
    const runs = futures.map((f, k) => {
      const i = bestLine.get(f.type) ?? 0;
      const played = lineValues[i]?.[k];
      if (played && lineOpening[k] === key) return played;
      return rollout(f, side, scenario, moves, (lines[i] as (typeof lines)[number]).player);
    });
    const values = runs.map((r) => r.value);
    return { moves, values, value: meanOf(values), answers: runs.map((r) => r.answer) };
  };
  const shortfall = (t: Trial) =>
    Math.max(...types.map((type) => (benchmark.get(type) ?? 0) - typeMean(t.values, type)));
  /**
   * Safety first (strategy.md §4): against every personality the other side may be playing, a
   * choice must do at least as well as the side's own fixed lines. Among safe choices the best on
   * average; when none is safe, the smallest worst shortfall.
   */
  const pick = (ts: readonly Trial[]): Trial | null => {
    const safe = ts.filter((t) => shortfall(t) <= 0);
    if (safe.length > 0) return safe.reduce((a, b) => (b.value > a.value ? b : a));
    if (ts.length === 0) return null;
    return ts.reduce((a, b) => {
      const fa = shortfall(a);
      const fb = shortfall(b);
      return fb < fa || (fb === fa && b.value > a.value) ? b : a;
    });
  };
  const openings = [...lines.map((l) => l.player(own, side, scenario)), []]
    .map(trialOf)
    .filter((t): t is Trial => t !== null);
  const idle = openings.find((t) => t.moves.length === 0) ?? null;
  let chosen = pick(openings) as Trial;
  const nearby: Trial[] = [];
  for (const set of neighbours(own, side, scenario, chosen.moves)) {
    if (nearby.length >= PLANNER.candidates) break;
    const t = trialOf(set);
    if (t) nearby.push(t);
  }
  // A set near a safe opening displaces it only when it is safe too and wins clearly over the same
  // futures, so that noise in a few samples does not steer the choice.
  if (shortfall(chosen) <= 0) {
    for (const t of nearby) if (shortfall(t) <= 0 && clearlyBetter(t, chosen)) chosen = t;
  } else chosen = pick([chosen, ...nearby]) as Trial;
  return {
    moves: chosen.moves,
    explanation: explain(side, chosen, idle, mix),
    expected: chosen.value,
  };
}

/** Whether `a` beats `b` over the same futures by more than one standard error of the differences. */
function clearlyBetter(a: Trial, b: Trial): boolean {
  const d = a.values.map((v, i) => v - (b.values[i] ?? 0));
  const n = d.length;
  const mean = d.reduce((x, y) => x + y, 0) / n;
  const variance = n > 1 ? d.reduce((x, y) => x + (y - mean) ** 2, 0) / (n - 1) : 0;
  return mean > Math.sqrt(variance / n);
}

/** What the other side does in answer, as the sentence names it, and in how many futures. */
const NOTABLE: ReadonlySet<MoveType> = new Set<MoveType>([
  'licenseExports',
  'requireKYC',
  'scheduleClass',
  'enforce',
  'suspendCooperation',
  'resumeCooperation',
  'demandConcession',
  'relaxEnforcement',
  'attendSummit',
  'setTariff',
  'sanction',
  'liftSanction',
  'delistMajorProducer',
  'listMajorProducer',
  'giveCredit',
  'withholdCredit',
]);

function explain(
  side: Side,
  chosen: Trial,
  idle: Trial | null,
  mix: { policy: string; weight: number }[],
): string {
  const n = chosen.values.length;
  const what =
    chosen.moves.length === 0
      ? t('ai.explain.nothing')
      : capitalize(chosen.moves.map(describeMove).join(t('ai.list')));
  const read = mix.reduce((a, b) => (b.weight > a.weight ? b : a));
  const them = THEM[OTHER[side]];
  const reading =
    read.weight >= 0.6 ? t('ai.explain.reading', { them, policy: policyLabel(read.policy) }) : '';
  const counts = new Map<string, number>();
  for (const answer of chosen.answers)
    for (const text of new Set(answer.filter((m) => NOTABLE.has(m.type)).map(describeMove)))
      counts.set(text, (counts.get(text) ?? 0) + 1);
  const common = [...counts.entries()].reduce<[string, number] | null>(
    (a, b) => (a === null || b[1] > a[1] ? b : a),
    null,
  );
  const answer =
    common && common[1] * 2 >= n
      ? t('ai.explain.answer', { count: common[1], n, them, move: common[0] })
      : '';
  const gain = idle && idle !== chosen ? chosen.value - idle.value : null;
  const worth =
    gain === null
      ? t('ai.explain.best', { n, reading })
      : t('ai.explain.worth', { n, reading, gain: signed(gain), who: WHO[side] });
  return t('ai.explain.line', { what, worth, answer });
}

export function policyLabel(p: string): string {
  const info =
    (US_POLICY_INFO as Record<string, { label: string }>)[p] ??
    (CHINA_POLICY_INFO as Record<string, { label: string }>)[p];
  return (info?.label ?? p).toLowerCase();
}

const capitalize = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)}`;

/** The levels on the setup screen, beside the personalities (the "standard" level). */
export const LEVEL_INFO: Record<AiLevel, PolicyInfo> = withWords(
  AI_LEVELS,
  () => ({}),
  ['label', 'summary'],
  (id, field) => `level.${id}.${field}`,
);

/** The personality a level builds on: the side's default (strategy.md §5's "standard"). */
export const STANDARD: Record<Side, UsPolicy | ChinaPolicy> = {
  us: 'reciprocal',
  china: 'leverage',
};

/**
 * The personality that stands for a side's reply where it cannot be planned in full (the what-if):
 * its own, if it plays one; else the standard one its level builds on, or a person would face.
 */
export function likelyReply(policy: Policy | undefined, side: Side): Personality {
  return policy && isPersonality(policy) ? policy : STANDARD[side];
}

/**
 * A novice: the standard personality, but it errs. Whether it drops a move or plays a stray one
 * comes from the planner's own generator (seeded from the game's seed, the turn and the side).
 */
export function planNovice(s: GameState, side: Side, scenario: Scenario): Plan {
  const prng = seedrandom.alea(`precursor-novice:${s.seed}:${s.turn}:${side}`);
  const meant = policyMoves(s, side, STANDARD[side], scenario.moves[side]);
  let moves = meant;
  let slip = '';
  const dropped =
    moves.length > 0 && prng() < 0.35 ? moves[Math.floor(prng() * moves.length)] : null;
  if (dropped) {
    moves = moves.filter((m) => m !== dropped);
    slip = t('ai.novice.forgot', { move: describeMove(dropped) });
  }
  if (prng() < 0.35) {
    const stray = menu(s, side, scenario).filter(
      (m) => refusalReason(s, side, moves, m, scenario.moves[side]) === null,
    );
    const extra = stray[Math.floor(prng() * stray.length)];
    if (extra) {
      moves = [...moves, extra];
      const added = t('ai.novice.added', { move: describeMove(extra) });
      slip = slip ? t('ai.novice.both', { first: slip, second: added }) : added;
    }
  }
  const label = policyLabel(STANDARD[side]);
  return {
    moves,
    explanation: slip
      ? t('ai.novice.slip', { line: label, slip })
      : t('ai.novice.byTheBook', { line: label }),
  };
}

/** What the side really did this quarter, from the scenario's record; nothing where there is none. */
export function planRecord(s: GameState, side: Side, scenario: Scenario): Plan {
  const moves = scenario.historical?.[s.turn]?.[side] ?? [];
  return {
    moves: [...moves],
    explanation: moves.length
      ? t('ai.record.moves', { moves: moves.map(describeMove).join(t('ai.record.list')) })
      : scenario.historical
        ? t('ai.record.none')
        : t('ai.record.missing'),
  };
}

/** The move set and its sentence for any AI policy: a personality, a novice or the expert. */
export function aiPlan(
  s: GameState,
  side: Side,
  policy: Policy,
  scenario: Scenario,
  past: readonly PastTurn[] = [],
): Plan {
  if (policy === 'expert') return planExpert(s, side, scenario, past);
  if (policy === 'novice') return planNovice(s, side, scenario);
  if (policy === 'record') return planRecord(s, side, scenario);
  const info =
    (US_POLICY_INFO as Record<string, { label: string; summary: string }>)[policy] ??
    (CHINA_POLICY_INFO as Record<string, { label: string; summary: string }>)[policy];
  return {
    moves: policyMoves(s, side, policy, scenario.moves[side]),
    explanation: `${info?.label ?? policy}: ${info?.summary ?? ''}`,
  };
}

/** The moves of any AI policy; a personality's are computed without the sentence. */
export function aiMoves(
  s: GameState,
  side: Side,
  policy: Policy,
  scenario: Scenario,
  past: readonly PastTurn[] = [],
): Move[] {
  if (!isPersonality(policy)) return aiPlan(s, side, policy, scenario, past).moves;
  return policyMoves(s, side, policy, scenario.moves[side]);
}

/** The expert as a tournament player. */
export const expert: Player = (s, side, scenario, past) =>
  planExpert(s, side, scenario, past).moves;
/** The novice as a tournament player. */
export const novice: Player = (s, side, scenario) => planNovice(s, side, scenario).moves;
