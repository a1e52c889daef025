import { parseArgs } from 'node:util';
import { expert } from '../core/ai/planner';
import { type Cell, runTournament, type Tournament } from '../core/ai/tournament';
import { InputError, loadScenario } from './load';

const USAGE =
  'usage: npm run --silent tournament -- --scenario <id|path> --seeds <n> [--seed <first>] [--expert-seeds <m>] [--format table|json]';

const r1 = (x: number) => Math.round(x * 10) / 10;

const stat = (s: { mean: number; sd: number }) => ({ mean: r1(s.mean), sd: r1(s.sd) });
const cellJson = (c: Cell) => ({
  us: c.us,
  china: c.china,
  seeds: c.seeds,
  usScore: stat(c.usScore),
  chinaScore: stat(c.chinaScore),
  deaths: { mean: Math.round(c.deaths.mean), sd: Math.round(c.deaths.sd) },
});

function toJson(t: Tournament): unknown {
  const p = t.planners;
  return {
    scenario: t.scenario,
    seeds: t.seeds,
    us: t.us,
    china: t.china,
    cells: t.cells.map(cellJson),
    bestResponse: t.bestResponse,
    dominant: t.dominant,
    ...(p
      ? {
          expert: {
            seeds: p.seeds,
            us: p.us,
            china: p.china,
            cells: p.cells.map(cellJson),
            behind: p.behind,
          },
        }
      : {}),
  };
}

const cellText = (cell: Cell) =>
  `${r1(cell.usScore.mean)} / ${r1(cell.chinaScore.mean)} / ${Math.round(cell.deaths.mean / 1000)}k`;

/** The planning AI's row and column, and whether any fixed player does clearly better than it. */
function plannerTable(t: Tournament): string[] {
  const p = t.planners;
  if (!p) return [];
  const w = 24;
  const find = (u: string, c: string) => p.cells.find((x) => x.us === u && x.china === c);
  const columns = [...t.china, ...p.china];
  const lines = [
    '',
    `planning AI: ${p.seeds} seeds; US score / China score / deaths (means)`,
    ['US \\ China'.padEnd(12), ...columns.map((c) => c.padStart(w))].join(''),
  ];
  for (const u of [...p.us, ...t.us]) {
    const row = columns.map((c) => {
      const cell = find(u, c);
      return (cell ? cellText(cell) : '').padStart(w);
    });
    lines.push([u.padEnd(12), ...row].join(''));
  }
  for (const side of ['us', 'china'] as const)
    for (const [name, byRival] of Object.entries(p.behind[side])) {
      const gaps = Object.entries(byRival).filter(([, fixed]) => fixed.length > 0);
      const who = side === 'us' ? 'US' : 'China';
      lines.push(
        gaps.length === 0
          ? `${who} ${name}: no fixed ${who} player does better by more than one standard error`
          : `${who} ${name} behind: ${gaps.map(([rival, fixed]) => `${fixed.join(', ')} against ${rival}`).join('; ')}`,
      );
    }
  return lines;
}

function toTable(t: Tournament): string {
  const lines = [`${t.scenario}: ${t.seeds} seeds; US score / China score / deaths (means)`];
  const w = 24;
  lines.push(['US \\ China'.padEnd(12), ...t.china.map((c) => c.padStart(w))].join(''));
  for (const u of t.us) {
    const row = t.china.map((c) => {
      const cell = t.cells.find((x) => x.us === u && x.china === c) as Cell;
      return cellText(cell).padStart(w);
    });
    lines.push([u.padEnd(12), ...row].join(''));
  }
  const br = (m: Record<string, string | null>) =>
    Object.entries(m)
      .map(([k, v]) => `${k}→${v ?? '—'}`)
      .join(', ');
  lines.push(`US best response to each China: ${br(t.bestResponse.us)}`);
  lines.push(`China best response to each US: ${br(t.bestResponse.china)}`);
  lines.push(`dominant: US ${t.dominant.us ?? 'none'}, China ${t.dominant.china ?? 'none'}`);
  lines.push(...plannerTable(t));
  return lines.join('\n');
}

function main(argv: string[]): void {
  const { values } = parseArgs({
    args: argv,
    options: {
      scenario: { type: 'string' },
      seeds: { type: 'string' },
      seed: { type: 'string' },
      'expert-seeds': { type: 'string' },
      format: { type: 'string' },
    },
    strict: true,
  });
  if (!values.scenario) throw new InputError('--scenario: required');
  const count = (flag: string, text: string | undefined, fallback: number, min = 1) => {
    if (text === undefined) return fallback;
    const n = Number(text);
    if (!Number.isInteger(n) || n < min || n > 100_000)
      throw new InputError(
        `--${flag}: must be a whole number from ${min} to 100000, not '${text}'`,
      );
    return n;
  };
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'json')
    throw new InputError(`--format: must be table or json, not '${format}'`);
  const scenario = loadScenario(values.scenario);
  const expertSeeds = count('expert-seeds', values['expert-seeds'], 20, 0);
  const t = runTournament(scenario, {
    seeds: count('seeds', values.seeds, 200),
    firstSeed: count('seed', values.seed, 1),
    // The planning AI is slower: its row and column are played at fewer seeds (0: none).
    ...(expertSeeds > 0
      ? { planners: { seeds: expertSeeds, us: { expert }, china: { expert } } }
      : {}),
  });
  process.stdout.write(`${format === 'json' ? JSON.stringify(toJson(t)) : toTable(t)}\n`);
}

try {
  main(process.argv.slice(2));
} catch (e) {
  const message = e instanceof Error ? e.message : String(e);
  process.stderr.write(
    `${e instanceof InputError ? message : `tournament: ${message}`}\n${USAGE}\n`,
  );
  process.exit(2);
}
