import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { encodeReplayCode } from '../core/code';
import { moveToken, turnsToCsv } from '../core/formats';
import { makeReplay, type ReplayTurn, versionNote } from '../core/replay';
import type { Scenario } from '../core/scenario';
import { MODEL_VERSION } from '../core/state';
import type { TurnRecord } from '../core/turn';
import {
  AI_LEVELS,
  type AiLevel,
  CHINA_POLICIES,
  type ChinaPolicy,
  POSTURES,
  US_POLICIES,
  type UsPolicy,
} from '../core/vocabulary';
import { type GameSnapshot, gameScores, playGame } from '../machine/driver';
import type { GameInput } from '../machine/game';
import { InputError, loadReplay, loadReplayCode, loadScenario, loadScenarioFile } from './load';
import { spread } from './stats';

const USAGE = `usage: npm run --silent sim -- --scenario <id|path> --seed <n> [options]
  --us <policy>          ${[...US_POLICIES, ...AI_LEVELS].join(' | ')} (default reciprocal)
  --china <policy>       ${[...CHINA_POLICIES, ...AI_LEVELS].join(' | ')} (default leverage)
  --turns <n>            play only the first n turns
  --format <f>           table | json | csv (default table)
  --replay <file>        play a replay file (it names its scenario and seed)
  --replay-code <code>   play a replay code (or a link with ?replay=<code>)
  --print-code           print only the replay code of the game played
  --historical           play the scenario's recorded historical moves
  --save-replay <file>   write what was played as a replay file
  --runs <k>             play seeds seed..seed+k-1 and print a summary
  --check <file>         validate a scenario file and say what is wrong, if anything`;

const FORMATS = ['table', 'json', 'csv'] as const;
type Format = (typeof FORMATS)[number];

interface Plan {
  scenario: Scenario;
  seed: number;
  us: UsPolicy | AiLevel;
  china: ChinaPolicy | AiLevel;
  turns: number | undefined;
  format: Format;
  script: ReplayTurn[];
  saveReplay: string | undefined;
  printCode: boolean;
  /** Said on stderr when a replay was recorded under another model version. */
  note: string | null;
  runs: number | undefined;
}

function wholeNumber(
  flag: string,
  text: string | undefined,
  min: number,
  max: number,
): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < min || n > max)
    throw new InputError(`${flag}: expected a whole number from ${min} to ${max}, got '${text}'`);
  return n;
}

function oneOf<T extends string>(
  flag: string,
  text: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (text === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(text))
    throw new InputError(`${flag}: expected one of ${allowed.join(', ')}, got '${text}'`);
  return text as T;
}

function plan(argv: string[]): Plan | 'help' | { check: string } {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        scenario: { type: 'string' },
        seed: { type: 'string' },
        us: { type: 'string' },
        china: { type: 'string' },
        turns: { type: 'string' },
        format: { type: 'string' },
        replay: { type: 'string' },
        'replay-code': { type: 'string' },
        'print-code': { type: 'boolean' },
        historical: { type: 'boolean' },
        'save-replay': { type: 'string' },
        runs: { type: 'string' },
        check: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (e) {
    throw new InputError(`${(e as Error).message.split('\n')[0]}\n${USAGE}`);
  }
  if (values.help) return 'help';
  if (typeof values.check === 'string') return { check: values.check };
  const str = (k: string) => values[k] as string | undefined;
  const replayPath = str('replay');
  const replayCode = str('replay-code');
  const given = [
    replayPath !== undefined && '--replay',
    replayCode !== undefined && '--replay-code',
    values.historical === true && '--historical',
  ].filter((x): x is string => typeof x === 'string');
  if (given.length > 1) throw new InputError(`${given.join(' and ')} cannot be used together`);
  const fromReplay = replayPath !== undefined || replayCode !== undefined;
  if (fromReplay && str('seed') !== undefined)
    throw new InputError(`--seed cannot be used with ${given[0]}: the replay carries its own seed`);
  if (str('runs') !== undefined && given.length > 0)
    throw new InputError(`--runs plays policies on many seeds; it cannot be used with ${given[0]}`);
  if (str('runs') !== undefined && values['print-code'])
    throw new InputError('--print-code prints the code of one game; it cannot be used with --runs');

  const replay =
    replayPath !== undefined
      ? loadReplay(replayPath)
      : replayCode !== undefined
        ? loadReplayCode(replayCode)
        : undefined;
  const scenarioArg = str('scenario') ?? replay?.scenario;
  if (!scenarioArg) throw new InputError(`--scenario is required\n${USAGE}`);
  const scenario = loadScenario(scenarioArg);
  if (replay && replay.scenario !== scenario.id)
    throw new InputError(
      `${replayPath ?? 'replay code'}: scenario: the replay is for '${replay.scenario}', not '${scenario.id}'`,
    );
  const seed = replay?.seed ?? wholeNumber('--seed', str('seed'), 0, 2 ** 31 - 1);
  if (seed === undefined) throw new InputError(`--seed is required\n${USAGE}`);

  let script: ReplayTurn[] = replay?.turns ?? [];
  if (values.historical) {
    if (!scenario.historical)
      throw new InputError(`--historical: scenario '${scenario.id}' has no recorded moves`);
    script = scenario.historical.map((t) => ({ us: t.us, china: t.china }) as ReplayTurn);
  }
  return {
    scenario,
    seed,
    us: oneOf('--us', str('us'), [...US_POLICIES, ...AI_LEVELS], 'reciprocal'),
    china: oneOf('--china', str('china'), [...CHINA_POLICIES, ...AI_LEVELS], 'leverage'),
    turns: wholeNumber('--turns', str('turns'), 1, scenario.turns),
    format: oneOf('--format', str('format'), FORMATS, 'table'),
    script,
    saveReplay: str('save-replay'),
    printCode: values['print-code'] === true,
    note: replay ? versionNote(replay) : null,
    runs: wholeNumber('--runs', str('runs'), 1, 100_000),
  };
}

function input(p: Plan, seed: number, controllers: GameInput['controllers']): GameInput {
  return {
    scenario: p.scenario,
    seed,
    turns: p.turns ?? p.scenario.turns,
    controllers,
    policies: { us: p.us, china: p.china },
  };
}

/** Runs the `sim` command and returns what it prints. Bad input throws InputError. */
export function runSim(argv: string[], warn: (line: string) => void = () => {}): string {
  const p = plan(argv);
  if (p === 'help') return `${USAGE}\n`;
  if ('check' in p) {
    const scenario = loadScenarioFile(p.check);
    return `ok: ${p.check}: "${scenario.title}", ${scenario.turns} turns from ${scenario.start.year} Q${scenario.start.quarter}\n`;
  }
  if (p.note) warn(p.note);
  if (p.runs !== undefined) return summarize(p, p.runs);

  // Both sides are 'human' to the statechart: the script's moves are sent as events, and a side the
  // script leaves out asks the machine for its policy's moves, turn by turn.
  const snapshot = playGame(input(p, p.seed, { us: 'human', china: 'human' }), p.script, p.turns);
  const replay = makeReplay(p.scenario.id, p.seed, snapshot.context.played);
  if (p.printCode) return `${encodeReplayCode(replay)}\n`;
  if (p.saveReplay) {
    try {
      writeFileSync(p.saveReplay, `${JSON.stringify(replay, null, 2)}\n`);
    } catch (e) {
      throw new InputError(
        `--save-replay: cannot write ${p.saveReplay} (${(e as NodeJS.ErrnoException).code})`,
      );
    }
  }
  return formatGame(p, snapshot);
}

function formatGame(p: Plan, snapshot: GameSnapshot): string {
  const turns = snapshot.context.history;
  const s = gameScores(snapshot.context);
  const final = {
    deathsTotal: Math.round(snapshot.context.game.ledger.deathsTotal),
    usScore: s.usScore,
    chinaScore: s.chinaScore,
  };
  if (p.format === 'json')
    return `${JSON.stringify({ scenario: p.scenario.id, seed: p.seed, modelVersion: MODEL_VERSION, turns, final })}\n`;
  if (p.format === 'csv') return turnsToCsv(turns);
  return `${p.scenario.title} — seed ${p.seed}\n${table(turns)}\ndeaths ${final.deathsTotal}  US score ${final.usScore}  China score ${final.chinaScore}\n`;
}

function table(turns: readonly TurnRecord[]): string {
  const head = [
    'quarter',
    'cooperation',
    'rel',
    'goodw',
    'tariff',
    'enf',
    'flow',
    'alt',
    'price',
    'purity',
    'deaths',
    '12m',
    'moves',
  ];
  const rows = turns.map((t) => [
    t.label,
    t.cooperation,
    t.relations.toFixed(0),
    t.goodwill.toFixed(0),
    `${t.tariff}%`,
    t.enforcement.toFixed(0),
    t.precursorFlow.toFixed(0),
    t.altSupply.toFixed(0),
    t.streetPrice.toFixed(0),
    t.purity.toFixed(1),
    String(t.deaths),
    String(t.deaths12m),
    [
      ...t.usMoves.map((m) => `US ${moveToken(m)}`),
      ...t.chinaMoves.map((m) => `CN ${moveToken(m)}`),
      ...t.events.map((e) => `! ${e}`),
      ...t.refused.map((r) => `refused ${moveToken(r.move)}: ${r.reason}`),
    ].join(', '),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(head), ...rows.map(line)].join('\n');
}

function summarize(p: Plan, runs: number): string {
  const deaths: number[] = [];
  const us: number[] = [];
  const china: number[] = [];
  const postures = Object.fromEntries(POSTURES.map((x) => [x, 0])) as Record<
    (typeof POSTURES)[number],
    number
  >;
  let quarters = 0;
  for (let k = 0; k < runs; k++) {
    const snapshot = playGame(input(p, p.seed + k, { us: 'ai', china: 'ai' }), [], p.turns);
    const s = gameScores(snapshot.context);
    deaths.push(snapshot.context.game.ledger.deathsTotal);
    us.push(s.usScore);
    china.push(s.chinaScore);
    for (const t of snapshot.context.history) {
      postures[t.cooperation] += 1;
      quarters += 1;
    }
  }
  const postureShare = Object.fromEntries(
    POSTURES.map((x) => [x, Math.round((1000 * postures[x]) / quarters) / 1000]),
  );
  const summary = {
    runs,
    deathsTotal: spread(deaths),
    usScore: spread(us),
    chinaScore: spread(china),
    postureShare,
  };
  if (p.format === 'json') return `${JSON.stringify(summary)}\n`;
  const row = (name: string, v: { mean: number; p10: number; p50: number; p90: number }) =>
    `${name.padEnd(12)} mean ${v.mean}  p10 ${v.p10}  p50 ${v.p50}  p90 ${v.p90}`;
  return [
    `${p.scenario.title} — ${runs} runs from seed ${p.seed}, US ${p.us} vs China ${p.china}`,
    row('deaths', summary.deathsTotal),
    row('US score', summary.usScore),
    row('China score', summary.chinaScore),
    `cooperation  ${POSTURES.map((x) => `${x} ${postureShare[x]}`).join('  ')}`,
    '',
  ].join('\n');
}

function main(): void {
  try {
    process.stdout.write(
      runSim(process.argv.slice(2), (line) => process.stderr.write(`sim: note: ${line}\n`)),
    );
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(`sim: ${e.message}\n`);
      process.exit(2);
    }
    process.stderr.write(`sim: internal error: ${(e as Error).message}\n`);
    process.exit(1);
  }
}

if (process.argv[1]?.endsWith('sim.ts')) main();
