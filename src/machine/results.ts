import { type ClassSettings, decodeReplayCode } from '../core/code';
import { EVENTS } from '../core/events';
import { csvTable } from '../core/formats';
import { LIMITS } from '../core/limits';
import { MOVES } from '../core/moves';
import type { Answers, Replay } from '../core/replay';
import { builtInScenario, unknownScenario } from '../core/scenarios';
import type { TurnRecord } from '../core/turn';
import type { RuleId } from '../core/vocabulary';
import { gameScores, playWithoutMoves, send, sendTurn, startActor } from './driver';
import type { GameInput } from './game';

/** One group's game, as the class results table shows it. */
export interface GroupResult {
  /** The name its line gave it, or '' when it gave none: then it is shown as "Group <row>". */
  group: string;
  /** Its line among those pasted, from 1. */
  row: number;
  code: string;
  /** Why the code could not be read or played; the other fields are then empty. */
  error: string | null;
  /** Why this group is not comparable with the class; put in words where it is shown. */
  flag: GroupFlag | null;
  scenario: string;
  seed: number;
  turns: TurnRecord[];
  /** The same seed with no moves by either side, turn by turn. */
  counterfactual: TurnRecord[];
  deathsTotal: number;
  livesSaved: number;
  relationsEnd: number;
  usScore: number;
  chinaScore: number;
  chinaGot: { tariffRelief: number; sanctionsLifted: number; delisted: boolean };
  /** The rules the group's moves, events and posture changes brought into play. */
  rules: RuleId[];
  /** The group's questionnaire answers before and after, as its code carries them. */
  answers: Answers;
}

/**
 * Why a group is not comparable with the class: its code pasted twice (`group` and `row` say
 * where first), another scenario or seed than the class's, or fewer or more quarters.
 */
export type GroupFlag =
  | { kind: 'sameCode'; group: string; row: number }
  | { kind: 'otherGame'; scenario: string; seed: number; expected: string; expectedSeed: number }
  | { kind: 'quarters'; played: number; expected: number };

/**
 * Reads pasted lines — `Group name: <code>` or a bare code — into labelled codes. A name longer than
 * LIMITS.groupName characters is cut there, with an ellipsis.
 */
/** A pasted line: the group's name ('' when it gave none) and its code. */
export interface CodeLine {
  group: string;
  code: string;
}

export function readCodeLines(text: string): CodeLine[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const at = line.search(/(?:\S*replay=)?p[12]\./);
      // A line with no code in it keeps its "Name:" all the same, so its row says whose it is.
      const named = at < 0 ? /^([^:]{1,80}?)\s*:(?!\/\/)\s*(.*)$/.exec(line) : null;
      const code = at >= 0 ? line.slice(at) : named ? (named[2] ?? '') : line;
      const label =
        at > 0
          ? line
              .slice(0, at)
              .replace(/[:\s-]+$/, '')
              .trim()
          : (named?.[1]?.trim() ?? '');
      const group =
        label.length > LIMITS.groupName ? `${label.slice(0, LIMITS.groupName - 1)}…` : label;
      return { group, code };
    });
}

interface Played {
  turns: TurnRecord[];
  rules: Set<RuleId>;
  scores: { usScore: number; chinaScore: number };
  chinaGot: GroupResult['chinaGot'];
}

type ReplayInput = Omit<GameInput, 'controllers' | 'policies'>;

/** What a replay is played with: its scenario, seed and length, or why it cannot be. */
function inputOf(replay: Replay): ReplayInput | string {
  const scenario = builtInScenario(replay.scenario);
  if (!scenario) return unknownScenario(replay.scenario);
  const turns = Math.min(Math.max(replay.turns.length, 1), scenario.turns);
  return { scenario, seed: replay.seed, turns };
}

/** Plays a group's replay as recorded, collecting what the table shows. */
function play(replay: Replay, input: ReplayInput): Played {
  const actor = startActor({
    ...input,
    controllers: { us: 'human', china: 'human' },
    policies: { us: 'passive', china: 'passive' },
  });
  const rules = new Set<RuleId>();
  const start = actor.getSnapshot().context.game;
  const total = start.turns;
  for (let i = 0; i < total; i++) {
    sendTurn(actor, replay.turns[i] ?? {});
    const report = actor.getSnapshot().context.report;
    if (report) {
      for (const m of [...report.record.usMoves, ...report.record.chinaMoves])
        rules.add(MOVES[m.type].rule);
      for (const e of report.record.events) rules.add(EVENTS[e].rule);
      for (const c of report.causes)
        if (c.indicator === 'posture' || c.rule === 'truce') rules.add(c.rule);
    }
    send(actor, { type: 'report.next' });
  }
  const end = actor.getSnapshot().context;
  actor.stop();
  const s = gameScores(end);
  const count = (x: typeof start.sanctions) => Object.values(x).filter(Boolean).length;
  return {
    turns: end.history,
    rules,
    scores: { usScore: s.usScore, chinaScore: s.chinaScore },
    chinaGot: {
      tariffRelief: Math.max(0, start.tariff - end.game.tariff),
      sanctionsLifted: Math.max(0, count(start.sanctions) - count(end.game.sanctions)),
      delisted: start.listedMajorProducer && !end.game.listedMajorProducer,
    },
  };
}

/** The value seen most often; ties go to the first seen, or to the first by `prefer`. */
function mostCommon<T>(values: readonly T[], prefer?: (a: T, b: T) => number): T | undefined {
  const tally = new Map<T, number>();
  for (const v of values) tally.set(v, (tally.get(v) ?? 0) + 1);
  return [...tally.entries()].sort((a, b) => b[1] - a[1] || (prefer?.(a[0], b[0]) ?? 0))[0]?.[0];
}

/**
 * Plays every group's code and the shared counterfactual, and flags groups whose scenario, seed or
 * number of quarters differ from the class settings (or, without settings, from most of the
 * class): an unfinished game's totals are not comparable with the others'.
 */
export function classResults(lines: readonly CodeLine[], settings?: ClassSettings): GroupResult[] {
  const decoded = lines.map((l) => ({ ...l, replay: decodeReplayCode(l.code) }));
  const key = (r: { scenario: string; seed: number }) => JSON.stringify([r.scenario, r.seed]);
  const readable = decoded.flatMap((d) => (d.replay.ok ? [d.replay.value] : []));
  const expected = settings ? key(settings) : mostCommon(readable.map(key));
  // The class's length: the settings', or what most groups of the class's world played.
  const expectedTurns =
    settings?.turns ??
    mostCommon(
      readable.filter((r) => key(r) === expected).map((r) => r.turns.length),
      (a, b) => b - a,
    );
  const counterfactuals = new Map<string, TurnRecord[]>();
  // The same code pasted again under the same name, or with no name to tell the groups apart,
  // is one game twice: the first keeps its place, the others are flagged. Two named groups may
  // well have played the same moves on the class's seed, and both count.
  const firstWithCode = new Map<string, { group: string; row: number }>();

  return decoded.map(({ group, code, replay }, i) => {
    const row = i + 1;
    const first = firstWithCode.get(code);
    if (first === undefined) firstWithCode.set(code, { group, row });
    const sameAs =
      first && (first.group === group || first.group === '' || group === '') ? first : undefined;
    const empty: GroupResult = {
      group,
      row,
      code,
      error: null,
      flag: null,
      scenario: '',
      seed: 0,
      turns: [],
      counterfactual: [],
      deathsTotal: 0,
      livesSaved: 0,
      relationsEnd: 0,
      usScore: 0,
      chinaScore: 0,
      chinaGot: { tariffRelief: 0, sanctionsLifted: 0, delisted: false },
      rules: [],
      answers: {},
    };
    if (!replay.ok) return { ...empty, error: replay.error };
    const r = replay.value;
    const input = inputOf(r);
    if (typeof input === 'string') return { ...empty, error: input };
    const played = play(r, input);
    const injects = r.turns.map((t) => t.inject ?? []);
    const cfKey = `${key(r)}:${played.turns.length}:${JSON.stringify(injects)}`;
    const cf = counterfactuals.get(cfKey) ?? playWithoutMoves(input, injects);
    counterfactuals.set(cfKey, cf);
    const deathsTotal = played.turns.reduce((a, t) => a + t.deaths, 0);
    const cfDeaths = cf.reduce((a, t) => a + t.deaths, 0);
    return {
      ...empty,
      scenario: r.scenario,
      seed: r.seed,
      flag: flagOf(sameAs, r, expected, expectedTurns),
      turns: played.turns,
      counterfactual: cf,
      deathsTotal,
      livesSaved: cfDeaths - deathsTotal,
      relationsEnd: played.turns[played.turns.length - 1]?.relations ?? 0,
      usScore: played.scores.usScore,
      chinaScore: played.scores.chinaScore,
      chinaGot: played.chinaGot,
      rules: [...played.rules].sort(),
      answers: ('answers' in r && r.answers) || {},
    };
  });
}

/** Why a group's game is not comparable with the class's (`expected`, a key), or null. */
function flagOf(
  sameAs: { group: string; row: number } | undefined,
  r: Replay,
  expected: string | undefined,
  expectedTurns: number | undefined,
): GroupFlag | null {
  if (sameAs !== undefined) return { kind: 'sameCode', ...sameAs };
  if (expected !== undefined && JSON.stringify([r.scenario, r.seed]) !== expected) {
    const [scenario, seed] = JSON.parse(expected) as [string, number];
    return {
      kind: 'otherGame',
      scenario: r.scenario,
      seed: r.seed,
      expected: scenario,
      expectedSeed: seed,
    };
  }
  if (expectedTurns !== undefined && r.turns.length !== expectedTurns)
    return { kind: 'quarters', played: r.turns.length, expected: expectedTurns };
  return null;
}

const CSV_HEAD = [
  'group',
  'scenario',
  'seed',
  'turns',
  'livesSaved',
  'deathsTotal',
  'relationsEnd',
  'usScore',
  'chinaScore',
  'tariffRelief',
  'sanctionsLifted',
  'delisted',
  'flag',
  'error',
];

/** The results as CSV, with each group's name and flag as `words` puts them (the screen's words). */
export function classResultsCsv(
  groups: readonly GroupResult[],
  words: { name: (g: GroupResult) => string; flag: (f: GroupFlag) => string },
): string {
  const rows = groups.map((g) => [
    words.name(g),
    g.scenario,
    g.seed,
    g.turns.length,
    g.livesSaved,
    g.deathsTotal,
    g.relationsEnd,
    g.usScore,
    g.chinaScore,
    g.chinaGot.tariffRelief,
    g.chinaGot.sanctionsLifted,
    g.chinaGot.delisted,
    g.flag && words.flag(g.flag),
    g.error,
  ]);
  return csvTable(CSV_HEAD, rows);
}
