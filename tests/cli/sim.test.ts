import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/cli/load';
import { runSim } from '../../src/cli/sim';
import { planExpert } from '../../src/core/ai/planner';
import { startGame } from '../../src/core/scenario';
import { builtInScenario } from '../../src/core/scenarios';

const dir = mkdtempSync(join(tmpdir(), 'precursor-sim-'));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
const json = (args: string[]) => JSON.parse(runSim([...args, '--format', 'json']));
const fails = (args: string[]) => {
  try {
    runSim(args);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('expected the command to fail');
};

describe('sim: one game', () => {
  it('prints the JSON of the public format', () => {
    const out = json(['--scenario', 'truce-2026', '--seed', '7']);
    expect(Object.keys(out)).toEqual(['scenario', 'seed', 'modelVersion', 'turns', 'final']);
    expect(Object.keys(out.turns[0])).toEqual([
      'turn',
      'label',
      'usMoves',
      'chinaMoves',
      'refused',
      'events',
      'cooperation',
      'relations',
      'goodwill',
      'tariff',
      'enforcement',
      'precursorFlow',
      'altSupply',
      'streetPrice',
      'purity',
      'deaths',
      'deaths12m',
    ]);
    expect(Object.keys(out.final)).toEqual(['deathsTotal', 'usScore', 'chinaScore']);
    expect(out.turns).toHaveLength(8);
    expect(out.turns[0].label).toBe('2025 Q4');
  });

  it('--us and --china choose the policies', () => {
    const hawk = json([
      '--scenario',
      'sandbox',
      '--seed',
      '3',
      '--us',
      'hawk',
      '--china',
      'passive',
    ]);
    const passive = json([
      '--scenario',
      'sandbox',
      '--seed',
      '3',
      '--us',
      'passive',
      '--china',
      'passive',
    ]);
    expect(hawk.turns[0].usMoves.map((m: { type: string }) => m.type)).toContain('setTariff');
    expect(passive.turns.flatMap((t: { usMoves: unknown[] }) => t.usMoves)).toEqual([]);
  });

  it('--us expert and --china expert play the planning AI', () => {
    const args = ['--scenario', 'truce-2026', '--seed', '7', '--turns', '1'];
    const scenario = builtInScenario('truce-2026');
    if (!scenario) throw new Error('truce-2026');
    const start = startGame(scenario, 7, 1); // a one-quarter game, as --turns 1 plays
    for (const side of ['us', 'china'] as const) {
      const out = json([...args, `--${side}`, 'expert']);
      const moves = side === 'us' ? out.turns[0].usMoves : out.turns[0].chinaMoves;
      expect(moves).toEqual(planExpert(start, side, scenario).moves);
    }
  });

  it('--turns plays only the first n turns', () => {
    expect(json(['--scenario', 'sandbox', '--seed', '3', '--turns', '4']).turns).toHaveLength(4);
  });

  it('--save-replay writes a replay that reproduces the run, byte for byte', () => {
    const path = join(dir, 'saved.json');
    const first = runSim([
      '--scenario',
      'truce-2026',
      '--seed',
      '8',
      '--us',
      'hawk',
      '--format',
      'json',
      '--save-replay',
      path,
    ]);
    const replay = JSON.parse(readFileSync(path, 'utf8'));
    expect(replay.format).toBe('precursor-replay');
    expect(replay.turns).toHaveLength(8);
    const again = runSim([
      '--replay',
      path,
      '--format',
      'json',
      '--us',
      'passive',
      '--china',
      'passive',
    ]);
    expect(again).toBe(first);
  });

  it('a replay with absent sides plays their policies; [] passes; inject fires events', () => {
    const path = file('partial.json', {
      format: 'precursor-replay',
      version: 1,
      scenario: 'truce-2026',
      seed: 7,
      turns: [
        {
          us: [{ type: 'giveCredit' }],
          china: [{ type: 'schedulePrecursors', count: 2 }],
          inject: ['taiwanVisit'],
        },
        { us: [] },
      ],
    });
    const out = json(['--replay', path]);
    expect(out.turns[0].usMoves).toEqual([{ type: 'giveCredit' }]);
    expect(out.turns[0].events).toContain('taiwanVisit');
    expect(out.turns[0].cooperation).toBe('suspended');
    expect(out.turns[1].usMoves).toEqual([]);
    expect(out.turns[1].chinaMoves.length).toBeGreaterThan(0);
    expect(runSim(['--replay', path, '--format', 'json'])).toBe(
      runSim(['--replay', path, '--format', 'json']),
    );
  });

  it('--historical plays the recorded moves', () => {
    const out = json(['--scenario', 'history-2018', '--historical', '--seed', '1']);
    expect(out.turns[2].chinaMoves).toEqual([{ type: 'scheduleClass', class: 'fentanyl' }]);
  });

  it('prints CSV with one row per turn and a table by default', () => {
    const csv = runSim(['--scenario', 'sandbox', '--seed', '3', '--format', 'csv'])
      .trim()
      .split('\n');
    expect(csv[0]).toMatch(/^turn,label,cooperation,relations,/);
    expect(csv).toHaveLength(13);
    expect(runSim(['--scenario', 'sandbox', '--seed', '3'])).toMatch(
      /^Sandbox.*\nquarter +cooperation/,
    );
  });
});

describe('sim: replay codes', () => {
  it('--print-code prints only the code, and --replay-code plays it to the same turns', () => {
    const args = [
      '--scenario',
      'truce-2026',
      '--seed',
      '12',
      '--us',
      'hawk',
      '--china',
      'hardline',
    ];
    const code = runSim([...args, '--print-code']);
    expect(code).toMatch(/^p1\.[A-Za-z0-9_-]+\.[0-9a-z]{7}\n$/);
    const played = runSim([...args, '--format', 'json']);
    expect(runSim(['--replay-code', code.trim(), '--format', 'json'])).toBe(played);
    expect(
      runSim(['--replay-code', `https://example.org/?replay=${code.trim()}`, '--format', 'json']),
    ).toBe(played);
  });

  it('a mistyped code is one message', () => {
    const code = runSim(['--scenario', 'sandbox', '--seed', '1', '--print-code']).trim();
    const typo = `${code.slice(0, 10)}${code[10] === 'A' ? 'B' : 'A'}${code.slice(11)}`;
    expect(fails(['--replay-code', typo])).toMatch(
      /^replay code: the code is mistyped or incomplete/,
    );
  });

  it('a replay from another model version plays, with a plain note', () => {
    const path = file('old.json', {
      format: 'precursor-replay',
      version: 1,
      modelVersion: 99,
      scenario: 'sandbox',
      seed: 1,
      turns: [],
    });
    const notes: string[] = [];
    runSim(['--replay', path], (line) => notes.push(line));
    expect(notes).toEqual([
      expect.stringMatching(/recorded with model version 99; this is version \d+/),
    ]);
    const current = file('new.json', {
      format: 'precursor-replay',
      version: 1,
      scenario: 'sandbox',
      seed: 1,
      turns: [],
    });
    const none: string[] = [];
    runSim(['--replay', current], (line) => none.push(line));
    expect(none).toEqual([]);
  });
});

describe('sim: --check', () => {
  it('says a good scenario file is good', () => {
    expect(runSim(['--check', 'scenarios/truce-2026.json'])).toMatch(
      /^ok: scenarios\/truce-2026\.json: "The one-year truce", 8 turns/,
    );
  });

  it('lists what is wrong with a bad one, by field', () => {
    const path = file('mine.json', {
      ...JSON.parse(readFileSync('scenarios/sandbox.json', 'utf8')),
      turns: 0,
    });
    expect(fails(['--check', path])).toMatch(/mine\.json: turns: .*1/);
  });
});

describe('sim: many runs', () => {
  it('--runs summarizes seeds seed..seed+k-1', () => {
    const out = json(['--scenario', 'truce-2026', '--seed', '100', '--runs', '20']);
    expect(Object.keys(out)).toEqual([
      'runs',
      'deathsTotal',
      'usScore',
      'chinaScore',
      'postureShare',
    ]);
    expect(out.runs).toBe(20);
    const d = out.deathsTotal;
    expect(d.p10).toBeLessThanOrEqual(d.p50);
    expect(d.p50).toBeLessThanOrEqual(d.p90);
    const shares = Object.values(out.postureShare) as number[];
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 2);
  });
});

describe('sim: bad input is one message naming the file, the turn and the field', () => {
  const replay = (turns: unknown) =>
    file('bad.json', {
      format: 'precursor-replay',
      version: 1,
      scenario: 'sandbox',
      seed: 1,
      turns,
    });
  it.each([
    [
      'an unknown scenario',
      ['--scenario', 'atlantis', '--seed', '1'],
      /--scenario: unknown scenario 'atlantis'/,
    ],
    ['a missing seed', ['--scenario', 'sandbox'], /--seed is required/],
    ['a bad seed', ['--scenario', 'sandbox', '--seed', '4.5'], /--seed: expected a whole number/],
    [
      'an unknown policy',
      ['--scenario', 'sandbox', '--seed', '1', '--us', 'cowboy'],
      /--us: expected one of hawk/,
    ],
    [
      'an unknown format',
      ['--scenario', 'sandbox', '--seed', '1', '--format', 'xml'],
      /--format: expected one of/,
    ],
    [
      'too many turns',
      ['--scenario', 'sandbox', '--seed', '1', '--turns', '99'],
      /--turns: expected a whole number from 1 to 12/,
    ],
    [
      'an unknown option',
      ['--scenario', 'sandbox', '--seed', '1', '--speed', '2'],
      /Unknown option '--speed'/,
    ],
    [
      'no history to replay',
      ['--scenario', 'sandbox', '--seed', '1', '--historical'],
      /has no recorded moves/,
    ],
    [
      'a missing file',
      ['--replay', '/nonexistent/r.json'],
      /\/nonexistent\/r\.json: cannot read the file/,
    ],
  ])('%s', (_name, args, message) => {
    expect(fails(args as string[])).toMatch(message);
  });

  it('an unknown move id names the file, turn and field', () => {
    expect(fails(['--replay', replay([{}, { us: [{ type: 'bribe' }] }])])).toMatch(
      /bad\.json: turn 2: turns\[1\]\.us\[0\]\.type/,
    );
  });

  it('an unknown event id names the file, turn and field', () => {
    expect(fails(['--replay', replay([{ inject: ['volcano'] }])])).toMatch(
      /bad\.json: turn 1: turns\[0\]\.inject\[0\]/,
    );
  });

  it('a bad parameter names the file, turn and field', () => {
    expect(fails(['--replay', replay([{ china: [{ type: 'enforce', level: 9 }] }])])).toMatch(
      /bad\.json: turn 1: turns\[0\]\.china\[0\]\.level/,
    );
  });

  it('a malformed file says so', () => {
    expect(fails(['--replay', file('broken.json', '{"format": "precursor-replay", ')])).toMatch(
      /broken\.json: not valid JSON/,
    );
  });

  it('a bad scenario file names the file and field', () => {
    const path = file('scenario.json', { id: 'x' });
    expect(fails(['--scenario', path, '--seed', '1'])).toMatch(/scenario\.json: title: /);
  });

  it('--seed with --replay is refused: the replay carries its seed', () => {
    expect(fails(['--replay', replay([]), '--seed', '3'])).toMatch(
      /--seed cannot be used with --replay/,
    );
  });

  it('exits with status 2 and no stack trace', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/sim.ts', '--scenario', 'atlantis', '--seed', '1'],
      {
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^sim: --scenario: unknown scenario/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(r.stdout).toBe('');
  });
});
