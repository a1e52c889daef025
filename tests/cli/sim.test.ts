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
      'offers',
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
    expect(code).toMatch(/^p2\.[A-Za-z0-9_-]+\.[0-9a-z]{7}\n$/);
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
      /^unknown option '--speed' \(--help lists the options\)$/,
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

describe('sim: files that are not files, and names that are not paths', () => {
  const replayDoc = (extra: object = {}) => ({
    format: 'precursor-replay',
    version: 1,
    scenario: 'sandbox',
    seed: 1,
    turns: [],
    ...extra,
  });

  it('refuses a pipe without waiting for a writer, a device and a directory', () => {
    const fifo = join(dir, 'pipe.json');
    spawnSync('mkfifo', [fifo]);
    expect(fails(['--replay', fifo])).toBe(`${fifo}: not a regular file`);
    expect(fails(['--replay', '/dev/zero'])).toBe('/dev/zero: not a regular file');
    expect(fails(['--check', dir])).toBe(`${dir}: not a regular file`);
  });

  it('refuses a file larger than 1 MB before parsing it, and text that is not UTF-8', () => {
    const big = file('big.json', `${' '.repeat(1024 * 1024)}{}`);
    expect(fails(['--replay', big])).toMatch(
      /big\.json: too large \(1048578 bytes; a file is at most 1 MB\)$/,
    );
    const latin1 = join(dir, 'latin1.json');
    writeFileSync(latin1, Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
    expect(fails(['--replay', latin1])).toBe(`${latin1}: not UTF-8 text`);
  });

  it('reads a file that starts with a byte-order mark', () => {
    const path = file('bom.json', `\uFEFF${JSON.stringify(replayDoc())}`);
    expect(json(['--replay', path]).scenario).toBe('sandbox');
  });

  it('a replay names its scenario by id: a path there is refused, and no file is read', () => {
    const target = file('target.json', 'SECRET CONTENT');
    const path = file('pathy.json', replayDoc({ scenario: target }));
    const message = fails(['--replay', path]);
    expect(message).toMatch(/pathy\.json: scenario: must be lower-case letters, digits and dashes/);
    expect(message).not.toContain('SECRET');
  });

  it('an unknown scenario named by a replay is the replay’s error, not --scenario’s', () => {
    const path = file('elsewhere.json', replayDoc({ scenario: 'elsewhere' }));
    expect(fails(['--replay', path])).toMatch(
      /elsewhere\.json: scenario: unknown scenario 'elsewhere' \(built in: .*pass its path with --scenario\)$/,
    );
  });

  it('the replay of a scenario file plays when the file is passed with --scenario', () => {
    const custom = { ...JSON.parse(readFileSync('scenarios/sandbox.json', 'utf8')), id: 'mine' };
    const scenarioPath = file('mine-scenario.json', custom);
    const path = file('mine-replay.json', replayDoc({ scenario: 'mine' }));
    expect(json(['--replay', path, '--scenario', scenarioPath]).scenario).toBe('mine');
  });

  it('refuses a replay with more turns than its scenario, instead of dropping them', () => {
    const path = file('long.json', replayDoc({ scenario: 'truce-2026', turns: Array(9).fill({}) }));
    expect(fails(['--replay', path])).toMatch(
      /long\.json: turns: the replay has 9 turns, more than the 8 of scenario 'truce-2026'/,
    );
  });

  it('a scenario with a scripted list longer than the game is refused before anything is played', () => {
    const long = {
      ...JSON.parse(readFileSync('scenarios/sandbox.json', 'utf8')),
      scripted: Array.from({ length: 41 }, (_, i) => ({ turn: i + 1, events: ['summit'] })),
    };
    const path = file('scripted.json', long);
    expect(fails(['--check', path])).toMatch(/scripted\.json: scripted: .*40/);
    expect(fails(['--scenario', path, '--seed', '1'])).toMatch(/scripted\.json: scripted: /);
  });
});

describe('sim: the command line', () => {
  const game = ['--scenario', 'truce-2026', '--seed', '4'];

  it.each([
    ['a flag given twice', [...game, '--seed', '5'], '--seed is given twice'],
    [
      'a negative seed',
      ['--scenario', 'sandbox', '--seed', '-1'],
      "--seed: expected a whole number from 0 to 2147483647, got '-1'",
    ],
    [
      'a missing value',
      ['--scenario', 'sandbox', '--seed'],
      '--seed needs a value (--help lists the options)',
    ],
    ['a missing scenario', ['--seed', '1'], '--scenario is required (--help lists the options)'],
    [
      'a stray argument',
      [...game, 'json'],
      "unexpected argument 'json': every value follows its option (--help lists the options)",
    ],
    ['a value on a switch', [...game, '--print-code=yes'], '--print-code takes no value'],
    [
      '--check with other options',
      ['--check', 'scenarios/sandbox.json', '--seed', 'x'],
      '--check takes no other options (got --seed)',
    ],
    [
      '--runs with --save-replay',
      [...game, '--runs', '3', '--save-replay', '/tmp/x.json'],
      '--runs plays many games; it cannot be used with --save-replay',
    ],
  ])('%s is one line', (_name, args, message) => {
    expect(fails(args)).toBe(message);
  });

  it('--print-code writes --save-replay too, and the two agree', () => {
    const path = join(dir, 'with-code.json');
    const code = runSim([...game, '--print-code', '--save-replay', path]).trim();
    expect(json(['--replay', path])).toEqual(json(['--replay-code', code]));
  });

  it('--runs prints CSV when asked', () => {
    const csv = runSim([...game, '--runs', '5', '--format', 'csv'])
      .trim()
      .split('\n');
    expect(csv[0]).toMatch(/^runs,deathsTotal\.mean,deathsTotal\.p10,.*,postureShare\.enforcing$/);
    expect(csv[1]).toMatch(/^5,/);
    expect(csv[1]?.split(',')).toHaveLength(csv[0]?.split(',').length ?? 0);
  });

  it('--check lists every problem of a scenario, one a line', () => {
    const bad = {
      ...JSON.parse(readFileSync('scenarios/sandbox.json', 'utf8')),
      turns: 0,
      title: '',
    };
    const lines = fails(['--check', file('two.json', bad)]).split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/two\.json: (turns|title): /);
  });

  it.each([
    [['--seed', '-1', '--scenario', 'sandbox']],
    [['--replay', '/dev/zero']],
    [['--scenario', 'sandbox', '--seed', '1', '--seed', '2']],
  ])('%j exits with status 2, one line on stderr and nothing on stdout', (args) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', ...args], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^sim: [^\n]+\n$/);
    expect(r.stdout).toBe('');
  });
});
