import { writeFileSync } from 'node:fs';
import { encodeReplayCode } from '../core/code';
import { moveToken, turnsToCsv } from '../core/formats';
import { makeReplay, type ReplayTurn, versionNote } from '../core/replay';
import type { Scenario } from '../core/scenario';
import { oneLine } from '../core/schema';
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
import { t } from '../words/index';
import { columns, pad, speakCommandLine } from './language';
import {
  checkScenarioFile,
  fitting,
  InputError,
  loadReplay,
  loadReplayCode,
  loadScenario,
  scenarioOfReplay,
} from './load';
import { spread } from './stats';

const USAGE = `usage: npm run --silent sim -- --scenario <id|path> --seed <n> [options]
  --us <policy>          ${[...US_POLICIES, ...AI_LEVELS].join(' | ')} (default reciprocal)
  --china <policy>       ${[...CHINA_POLICIES, ...AI_LEVELS].join(' | ')} (default leverage)
  --turns <n>            play only the first n turns
  --format <f>           table | json | csv (default table)
  --lang <l>             en | zh-CN: the language of the table (default en)
  --replay <file>        play a replay file (it names its scenario and seed)
  --replay-code <code>   play a replay code (or a link with ?replay=<code>)
  --print-code           print only the replay code of the game played
  --historical           play the scenario's recorded historical moves
  --save-replay <file>   write what was played as a replay file
  --runs <k>             play seeds seed..seed+k-1 and print a summary
  --check <file>         validate a scenario file and say what is wrong, if anything`;

/** Said after a usage error, so that the error stays one line. */
const SEE_HELP = '(--help lists the options)';

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

const OPTIONS = {
  scenario: 'string',
  seed: 'string',
  us: 'string',
  china: 'string',
  turns: 'string',
  format: 'string',
  lang: 'string',
  replay: 'string',
  'replay-code': 'string',
  'print-code': 'boolean',
  historical: 'boolean',
  'save-replay': 'string',
  runs: 'string',
  check: 'string',
  help: 'boolean',
} as const;
type Option = keyof typeof OPTIONS;
type Values = Partial<Record<Option, string | true>>;

/**
 * The command line read strictly: every option known, none given twice, every value present. A
 * value is taken as given, even one that starts with a dash (`--seed -1` is a bad seed, not an
 * ambiguity); only an argument that starts with `--` is never taken as a value.
 */
function readArgs(argv: readonly string[]): Values {
  const values: Values = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const match = arg === '-h' ? ['-h', 'help', undefined] : /^--([^=]+)(?:=(.*))?$/s.exec(arg);
    if (!match)
      throw new InputError(
        arg.startsWith('-')
          ? `unknown option '${arg}' ${SEE_HELP}`
          : `unexpected argument '${arg}': every value follows its option ${SEE_HELP}`,
      );
    const [, name = '', inline] = match;
    if (!Object.hasOwn(OPTIONS, name))
      throw new InputError(`unknown option '--${name}' ${SEE_HELP}`);
    const option = name as Option;
    if (values[option] !== undefined) throw new InputError(`--${option} is given twice`);
    if (OPTIONS[option] === 'boolean') {
      if (inline !== undefined) throw new InputError(`--${option} takes no value`);
      values[option] = true;
    } else if (inline !== undefined) values[option] = inline;
    else {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--'))
        throw new InputError(`--${option} needs a value ${SEE_HELP}`);
      values[option] = next;
      i++;
    }
  }
  return values;
}

function wholeNumber(
  flag: string,
  text: string | undefined,
  min: number,
  max: number,
): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^\d{1,16}$/.test(text) || !Number.isSafeInteger(n) || n < min || n > max)
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
  const values = readArgs(argv);
  if (values.help) return 'help';
  const str = (k: Option) => {
    const v = values[k];
    return typeof v === 'string' ? v : undefined;
  };
  const check = str('check');
  if (check !== undefined) {
    const others = Object.keys(values).filter((k) => k !== 'check');
    if (others.length)
      throw new InputError(`--check takes no other options (got --${others.join(', --')})`);
    return { check };
  }
  // Everything that needs no file first, so a bad option is reported before any file is read.
  const us = oneOf('--us', str('us'), [...US_POLICIES, ...AI_LEVELS], 'reciprocal');
  const china = oneOf('--china', str('china'), [...CHINA_POLICIES, ...AI_LEVELS], 'leverage');
  const format = oneOf('--format', str('format'), FORMATS, 'table');
  speakCommandLine(str('lang'));
  const runs = wholeNumber('--runs', str('runs'), 1, 100_000);
  const givenSeed = wholeNumber('--seed', str('seed'), 0, 2 ** 31 - 1);
  wholeNumber('--turns', str('turns'), 1, Number.MAX_SAFE_INTEGER);
  const replayPath = str('replay');
  const replayCode = str('replay-code');
  const given = [
    replayPath !== undefined && '--replay',
    replayCode !== undefined && '--replay-code',
    values.historical === true && '--historical',
  ].filter((x): x is string => typeof x === 'string');
  if (given.length > 1) throw new InputError(`${given.join(' and ')} cannot be used together`);
  const fromReplay = replayPath !== undefined || replayCode !== undefined;
  if (fromReplay && givenSeed !== undefined)
    throw new InputError(`--seed cannot be used with ${given[0]}: the replay carries its own seed`);
  if (runs !== undefined) {
    const single = [
      ...given,
      ...(values['print-code'] ? ['--print-code'] : []),
      ...(values['save-replay'] !== undefined ? ['--save-replay'] : []),
    ];
    if (single.length)
      throw new InputError(`--runs plays many games; it cannot be used with ${single[0]}`);
  }

  const source = replayPath ?? 'replay code';
  const replay =
    replayPath !== undefined
      ? loadReplay(replayPath)
      : replayCode !== undefined
        ? loadReplayCode(replayCode)
        : undefined;
  const scenarioArg = str('scenario');
  let scenario: Scenario;
  if (scenarioArg !== undefined) {
    scenario = loadScenario(scenarioArg);
    if (replay && replay.scenario !== scenario.id)
      throw new InputError(
        `${source}: scenario: the replay is for '${replay.scenario}', not '${scenario.id}'`,
      );
  } else if (replay) scenario = scenarioOfReplay(replay, source);
  else throw new InputError(`--scenario is required ${SEE_HELP}`);
  if (replay) fitting(replay, scenario, source);
  const seed = replay?.seed ?? givenSeed;
  if (seed === undefined) throw new InputError(`--seed is required ${SEE_HELP}`);

  let script: ReplayTurn[] = replay?.turns ?? [];
  if (values.historical) {
    if (!scenario.historical)
      throw new InputError(`--historical: scenario '${scenario.id}' has no recorded moves`);
    script = scenario.historical.map((t) => ({ us: t.us, china: t.china }) as ReplayTurn);
  }
  return {
    scenario,
    seed,
    us,
    china,
    turns: wholeNumber('--turns', str('turns'), 1, scenario.turns),
    format,
    script,
    saveReplay: str('save-replay'),
    printCode: values['print-code'] === true,
    note: replay ? versionNote(replay) : null,
    runs,
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

/**
 * Runs the `sim` command and returns what it prints; a note (an old model version) is handed to
 * `warn` only once everything has been computed. Bad input throws InputError, before any output.
 */
export function runSim(argv: string[], warn: (line: string) => void = () => {}): string {
  const p = plan(argv);
  if (p === 'help') return `${USAGE}\n`;
  if ('check' in p) {
    const { scenario, problems } = checkScenarioFile(p.check);
    if (!scenario || problems.length) throw new InputError(problems);
    return `ok: ${p.check}: "${scenario.title}", ${scenario.turns} turns from ${scenario.start.year} Q${scenario.start.quarter}\n`;
  }
  if (p.runs !== undefined) return summarize(p, p.runs);

  // Both sides are 'human' to the statechart: the script's moves are sent as events, and a side the
  // script leaves out asks the machine for its policy's moves, turn by turn.
  const snapshot = playGame(input(p, p.seed, { us: 'human', china: 'human' }), p.script, p.turns);
  const replay = makeReplay(p.scenario, p.seed, snapshot.context.played);
  const out = p.printCode ? `${encodeReplayCode(replay)}\n` : formatGame(p, snapshot);
  if (p.saveReplay) {
    try {
      writeFileSync(p.saveReplay, `${JSON.stringify(replay, null, 2)}\n`);
    } catch (e) {
      throw new InputError(
        `--save-replay: cannot write ${p.saveReplay} (${(e as NodeJS.ErrnoException).code})`,
      );
    }
  }
  if (p.note) warn(p.note);
  return out;
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
  const heading = t('cli.sim.heading', { title: p.scenario.title, seed: p.seed });
  const us = final.usScore;
  const closing = t('cli.sim.final', { deaths: final.deathsTotal, us, china: final.chinaScore });
  return `${heading}\n${table(turns)}\n${closing}\n`;
}

/** The table's columns, by the key of their heading (`cli.sim.<column>`). */
const HEADINGS = [
  'quarter',
  'cooperation',
  'relations',
  'goodwill',
  'tariff',
  'enforcement',
  'flow',
  'altSupply',
  'price',
  'purity',
  'deaths',
  'deaths12m',
  'moves',
] as const;

function table(turns: readonly TurnRecord[]): string {
  const head = HEADINGS.map((h) => t(`cli.sim.${h}`));
  const rows = turns.map((turn) => [
    turn.label,
    t(`posture.${turn.cooperation}`),
    turn.relations.toFixed(0),
    turn.goodwill.toFixed(0),
    `${turn.tariff}%`,
    turn.enforcement.toFixed(0),
    turn.precursorFlow.toFixed(0),
    turn.altSupply.toFixed(0),
    turn.streetPrice.toFixed(0),
    turn.purity.toFixed(1),
    String(turn.deaths),
    String(turn.deaths12m),
    [
      ...turn.usMoves.map((m) => `US ${moveToken(m)}`),
      ...turn.chinaMoves.map((m) => `CN ${moveToken(m)}`),
      ...turn.events.map((e) => `! ${e}`),
      ...turn.refused.map((r) =>
        t('cli.sim.refused', { move: moveToken(r.move), reason: r.reason }),
      ),
    ].join(', '),
  ]);
  const widths = head.map((h, i) => Math.max(columns(h), ...rows.map((r) => columns(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i] ?? 0)))
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
  if (p.format === 'csv') {
    const stats = ['deathsTotal', 'usScore', 'chinaScore'] as const;
    const head = [
      'runs',
      ...stats.flatMap((k) => ['mean', 'p10', 'p50', 'p90'].map((q) => `${k}.${q}`)),
      ...POSTURES.map((x) => `postureShare.${x}`),
    ];
    const row = [
      runs,
      ...stats.flatMap((k) => [summary[k].mean, summary[k].p10, summary[k].p50, summary[k].p90]),
      ...POSTURES.map((x) => postureShare[x]),
    ];
    return `${head.join(',')}\n${row.join(',')}\n`;
  }
  const row = (name: string, v: { mean: number; p10: number; p50: number; p90: number }) =>
    t('cli.sim.stat', { ...v, name: pad(t(name), 12) });
  const { title } = p.scenario;
  return [
    t('cli.sim.runsHeading', { title, runs, seed: p.seed, us: p.us, china: p.china }),
    row('cli.sim.statDeaths', summary.deathsTotal),
    row('cli.sim.statUs', summary.usScore),
    row('cli.sim.statChina', summary.chinaScore),
    `${pad(t('cli.sim.cooperationShare'), 12)} ${POSTURES.map((x) => `${t(`posture.${x}`)} ${postureShare[x]}`).join('  ')}`,
    '',
  ].join('\n');
}

function main(): void {
  let out: string;
  const notes: string[] = [];
  try {
    out = runSim(process.argv.slice(2), (line) => notes.push(line));
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(
        e.message
          .split('\n')
          .map((line) => `sim: ${line}\n`)
          .join(''),
      );
      process.exit(2);
    }
    process.stderr.write(`sim: internal error: ${oneLine(String((e as Error)?.message ?? e))}\n`);
    process.exit(1);
  }
  for (const line of notes) process.stderr.write(`sim: note: ${line}\n`);
  process.stdout.write(out);
}

if (process.argv[1]?.endsWith('sim.ts')) main();
