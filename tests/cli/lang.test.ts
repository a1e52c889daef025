import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { columns, pad } from '../../src/cli/language';
import { InputError } from '../../src/cli/load';
import { runSim } from '../../src/cli/sim';

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
