import { parseArgs } from 'node:util';
import { expert } from '../core/ai/planner';
import { type Cell, runTournament, type Tournament } from '../core/ai/tournament';
import { t } from '../words/index';
import { pad, speakCommandLine } from './language';
import { InputError, loadScenario } from './load';

const USAGE =
  'usage: npm run --silent tournament -- --scenario <id|path> --seeds <n> [--seed <first>] [--expert-seeds <m>] [--format table|json] [--lang en|zh-CN]';

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

function toJson(tour: Tournament): unknown {
  const p = tour.planners;
  return {
    scenario: tour.scenario,
    seeds: tour.seeds,
    us: tour.us,
    china: tour.china,
    cells: tour.cells.map(cellJson),
    bestResponse: tour.bestResponse,
    dominant: tour.dominant,
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
function plannerTable(tour: Tournament): string[] {
  const p = tour.planners;
  if (!p) return [];
  const w = 24;
  const find = (u: string, c: string) => p.cells.find((x) => x.us === u && x.china === c);
  const rivals = [...tour.china, ...p.china];
  const lines = [
    '',
    t('cli.tournament.planners', { seeds: p.seeds }),
    [corner(), ...rivals.map((c) => pad(c, w, 'start'))].join(''),
  ];
  for (const u of [...p.us, ...tour.us]) {
    const row = rivals.map((c) => {
      const cell = find(u, c);
      return pad(cell ? cellText(cell) : '', w, 'start');
    });
    lines.push([u.padEnd(12), ...row].join(''));
  }
  for (const side of ['us', 'china'] as const)
    for (const [name, byRival] of Object.entries(p.behind[side])) {
      const gaps = Object.entries(byRival).filter(([, fixed]) => fixed.length > 0);
      const list = gaps
        .map(([rival, fixed]) => t('cli.tournament.against', { players: fixed.join(', '), rival }))
        .join('; ');
      lines.push(
        gaps.length === 0
          ? t('cli.tournament.notBehind', { context: side, name })
          : t('cli.tournament.behind', { context: side, name, list }),
      );
    }
  return lines;
}

/** The table's corner: whose strategies are the rows, and whose the columns. */
const corner = () => pad(t('cli.tournament.corner'), 12);

function toTable(tour: Tournament): string {
  const lines = [t('cli.tournament.heading', { scenario: tour.scenario, seeds: tour.seeds })];
  const w = 24;
  lines.push([corner(), ...tour.china.map((c) => pad(c, w, 'start'))].join(''));
  for (const u of tour.us) {
    const row = tour.china.map((c) => {
      const cell = tour.cells.find((x) => x.us === u && x.china === c) as Cell;
      return pad(cellText(cell), w, 'start');
    });
    lines.push([u.padEnd(12), ...row].join(''));
  }
  const br = (m: Record<string, string | null>) =>
    Object.entries(m)
      .map(([k, v]) => `${k}→${v ?? '—'}`)
      .join(', ');
  lines.push(t('cli.tournament.bestUs', { list: br(tour.bestResponse.us) }));
  lines.push(t('cli.tournament.bestChina', { list: br(tour.bestResponse.china) }));
  const none = t('cli.tournament.none');
  const dominant = { us: tour.dominant.us ?? none, china: tour.dominant.china ?? none };
  lines.push(t('cli.tournament.dominant', dominant));
  lines.push(...plannerTable(tour));
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
      lang: { type: 'string' },
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
  speakCommandLine(values.lang);
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
