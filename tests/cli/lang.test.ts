import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resultsTable, type StatusBody, statusTable } from '../../src/cli/classTable';
import { columns, pad, speakCommandLine } from '../../src/cli/language';
import { InputError } from '../../src/cli/load';
import { runSim } from '../../src/cli/sim';
import { encodeReplayCode } from '../../src/core/code';
import { makeReplay } from '../../src/core/replay';
import { classResults, readCodeLines } from '../../src/machine/results';
import { every } from '../helpers';

const game = ['--scenario', 'truce-2026', '--seed', '7', '--turns', '2'];

/** The shape of a JSON value: its keys all the way down, its values left out. */
const shape = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(shape)
    : v !== null && typeof v === 'object'
      ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shape(x)]))
      : typeof v;

describe('--lang', () => {
  it('prints the table in Chinese, English by default', () => {
    const zh = runSim([...game, '--lang', 'zh-CN']);
    expect(zh).toMatch(/^季度\s+合作态势\s+关系/m);
    expect(zh).toContain('工作组');
    expect(zh).toMatch(/^死亡 \d+ {2}美方得分 /m);
    const en = runSim(game);
    expect(en).toMatch(/^quarter\s+cooperation\s+rel/m);
    expect(en).toMatch(/^deaths \d+ {2}US score /m);
  });

  it('lines the columns up by the terminal width of Chinese characters', () => {
    const [head = '', row = ''] = runSim([...game, '--lang', 'zh-CN'])
      .split('\n')
      .slice(1);
    // The third column: its heading (关系) starts where its cells do, counted in terminal columns.
    const third = row.split(/ {2,}/)[2] ?? '';
    expect(columns(head.slice(0, head.indexOf('关系')))).toBe(
      columns(row.slice(0, row.indexOf(`  ${third}`) + 2)),
    );
    expect(columns('合作态势')).toBe(8);
    expect(pad('执法', 6)).toBe('执法  ');
  });

  it('leaves the JSON as it is', () => {
    const zh = JSON.parse(runSim([...game, '--lang', 'zh-CN', '--format', 'json']));
    const en = JSON.parse(runSim([...game, '--format', 'json']));
    expect(shape(zh)).toEqual(shape(en));
    expect(zh.turns.map((t: { cooperation: string }) => t.cooperation)).toEqual(
      en.turns.map((t: { cooperation: string }) => t.cooperation),
    );
  });

  it('says what is wrong with a replay file in Chinese, naming the file and the field', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'precursor-')), 'bad.json');
    writeFileSync(file, JSON.stringify({ ...makeReplay('truce-2026', 1, []), seed: 'one' }));
    expect(() => runSim(['--replay', file, '--lang', 'zh-CN'])).toThrow(
      /bad\.json: seed: 无效输入：期望 数字，实际接收 string/,
    );
    expect(() => runSim(['--replay', file])).toThrow(/bad\.json: seed: [A-Za-z]/);
  });

  it('prints the class status and results as tables in Chinese, English by default', () => {
    const settings = { scenario: 'truce-2026', seed: 5, turns: 2, turnSeconds: 0 };
    const code = (seed: number) =>
      encodeReplayCode(makeReplay('truce-2026', seed, every(2, { us: [], china: [] })));
    const results = {
      classId: 'k1',
      settings,
      groups: classResults(readCodeLines([`Owls: ${code(5)}`, code(6)].join('\n')), settings),
    };
    const status: StatusBody = {
      classId: 'k1',
      settings,
      groups: [
        {
          group: 'Owls',
          quarter: 2,
          turns: 2,
          over: false,
          paused: false,
          posture: 'Talks',
          deaths12m: 35_800,
          usScore: 1.4,
          chinaScore: null,
          holders: { us: 'person', china: 'leverage' },
          waitingFor: ['china'],
          code: null,
        },
      ],
    };
    try {
      speakCommandLine('zh-CN');
      const zhStatus = statusTable(status);
      expect(zhStatus).toMatch(/^班级 k1：truce-2026，种子 5，2 个季度$/m);
      expect(zhStatus).toMatch(/^小组\s+季度\s+状态\s+12个月死亡\s+美方得分\s+中方得分$/m);
      expect(zhStatus).toMatch(/^Owls\s+2\/2\s+等待中方\s+35800\s+1\s+—$/m);
      const zhResults = resultsTable(results);
      expect(zhResults).toMatch(/^小组\s+挽救生命\s+死亡\s+关系\s+美方得分\s+中方得分\s+备注$/m);
      // The unnamed second line and its flag, put in words here from the result's data.
      expect(zhResults).toMatch(
        /^第 2 组 .*玩的是 truce-2026、种子 6，而不是 truce-2026、种子 5$/m,
      );
    } finally {
      speakCommandLine('en');
    }
    expect(statusTable(status)).toMatch(/^Owls\s+2\/2\s+waiting for China\s+35800/m);
    expect(resultsTable(results)).toMatch(
      /^Group 2 .*played truce-2026 seed 6, not truce-2026 seed 5$/m,
    );
  });

  it('refuses a language the game does not speak', () => {
    expect(() => runSim([...game, '--lang', 'fr'])).toThrow(InputError);
  });

  it('speaks Chinese in the tournament table too', () => {
    const zh = spawnSync(
      'npx',
      [
        'tsx',
        'src/cli/tournament.ts',
        '--scenario',
        'truce-2026',
        '--seeds',
        '2',
        '--expert-seeds',
        '0',
        '--lang',
        'zh-CN',
      ],
      { encoding: 'utf8' },
    );
    expect(zh.stdout).toContain('个种子；美方得分 / 中方得分 / 死亡（均值）');
    expect(zh.stdout).toContain('占优策略：');
  }, 60_000);
});
