import { describe, expect, it } from 'vitest';
import { decodeClassCode, encodeClassCode, encodeReplayCode } from '../../src/core/code';
import { makeReplay, type ReplayTurn } from '../../src/core/replay';
import {
  classResults,
  classResultsCsv,
  type GroupResult,
  readCodeLines,
} from '../../src/machine/results';
import { flagWords, groupName } from '../../src/view/classResults';
import { setLanguage } from '../../src/words';
import { every } from '../helpers';

const code = (seed: number, turns: ReplayTurn[], scenario = 'truce-2026') =>
  encodeReplayCode(makeReplay(scenario, seed, turns));
/** A group's flag as the table shows it. */
const flag = (g: GroupResult) => g.flag && flagWords(g.flag);
const words = { name: groupName, flag: flagWords };
const passive = every(8, { us: [], china: [] });
const funding = every(8, { us: [{ type: 'fundDemandReduction' }], china: [] });
const hawkish = every(8, {
  us: [{ type: 'setTariff', rate: 40 }, { type: 'listMajorProducer' }],
  china: [],
});

describe('class codes', () => {
  it('carry scenario, seed, turns and the turn timer, and catch typos', () => {
    const settings = { scenario: 'truce-2026', seed: 4242, turns: 8, turnSeconds: 90 };
    const c = encodeClassCode(settings);
    expect(decodeClassCode(c)).toEqual({ ok: true, value: settings });
    expect(decodeClassCode(`https://example.org/?class=${c}`)).toEqual({
      ok: true,
      value: settings,
    });
    const typo = `${c.slice(0, 5)}${c[5] === 'A' ? 'B' : 'A'}${c.slice(6)}`;
    expect(decodeClassCode(typo)).toEqual({
      ok: false,
      error: expect.stringMatching(/^class code: the code is mistyped/),
    });
  });
});

describe('class results', () => {
  const groups = classResults(
    readCodeLines(
      [
        `Falcons: ${code(5, passive)}`,
        `Owls - ${code(5, funding)}`,
        code(5, hawkish),
        `Late: ${code(6, passive)}`,
        'Typo: p1.abc.0000000',
      ].join('\n'),
    ),
    { scenario: 'truce-2026', seed: 5, turns: 8, turnSeconds: 0 },
  );

  it('labels each group', () => {
    expect(groups.map(groupName)).toEqual(['Falcons', 'Owls', 'Group 3', 'Late', 'Typo']);
  });

  it('holds names and flags as data, put in words in the language shown', async () => {
    // The third line gave no name: its result holds its row, not English words.
    expect(groups[2]).toMatchObject({ group: '', row: 3 });
    expect(groups[3]?.flag).toEqual({
      kind: 'otherGame',
      scenario: 'truce-2026',
      seed: 6,
      expected: 'truce-2026',
      expectedSeed: 5,
    });
    await setLanguage('zh-CN');
    try {
      expect(groupName(groups[2] as GroupResult)).toBe('第 3 组');
      expect(flag(groups[3] as GroupResult)).toBe(
        '玩的是 truce-2026、种子 6，而不是 truce-2026、种子 5',
      );
    } finally {
      await setLanguage('en');
    }
  });

  it('measures lives saved against the same seed with no moves', () => {
    const [falcons, owls] = groups;
    expect(falcons?.livesSaved).toBe(0);
    expect(owls?.livesSaved).toBeGreaterThan(0);
    expect(owls?.deathsTotal).toBeLessThan(falcons?.deathsTotal ?? 0);
    expect(owls?.counterfactual).toEqual(falcons?.turns);
  });

  it('shows what China got and the rules each group brought into play', () => {
    const hawk = groups[2];
    expect(hawk?.chinaGot.tariffRelief).toBe(0);
    expect(hawk?.relationsEnd).toBeLessThan(groups[0]?.relationsEnd ?? 0);
    expect(hawk?.rules).toEqual(expect.arrayContaining(['tariffs', 'truce']));
    expect(groups[1]?.rules).toContain('demand');
    expect(groups[1]?.rules).not.toContain('tariffs');
  });

  it('flags a code from another seed instead of mixing it in, and reports a bad code', () => {
    expect(groups.slice(0, 3).map(flag)).toEqual([null, null, null]);
    expect(flag(groups[3] as GroupResult)).toMatch(
      /played truce-2026 seed 6, not truce-2026 seed 5/,
    );
    expect(groups[4]?.error).toMatch(/^replay code: /);
  });

  it('flags a game of another length, such as one left unfinished', () => {
    const short = passive.slice(0, 5);
    const withSettings = classResults(
      readCodeLines([code(5, passive), `Slow: ${code(5, short)}`].join('\n')),
      { scenario: 'truce-2026', seed: 5, turns: 8, turnSeconds: 0 },
    );
    expect(withSettings.map(flag)).toEqual([null, "played 5 of the class's 8 quarters"]);
    const byMost = classResults(
      readCodeLines([`A: ${code(5, short)}`, `B: ${code(5, short)}`, code(5, passive)].join('\n')),
    );
    expect(byMost.map(flag)).toEqual([null, null, "played 8 of the class's 5 quarters"]);
  });

  it('without class settings, flags codes against most of the class', () => {
    const rows = classResults(
      readCodeLines([code(1, passive), code(1, funding), code(2, passive, 'sandbox')].join('\n')),
    );
    expect(rows.map((r) => r.flag === null)).toEqual([true, true, false]);
  });

  it('exports one CSV row per group', () => {
    const csv = classResultsCsv(groups, words).trim().split('\n');
    expect(csv[0]).toBe(
      'group,scenario,seed,turns,livesSaved,deathsTotal,relationsEnd,usScore,chinaScore,tariffRelief,sanctionsLifted,delisted,flag,error',
    );
    expect(csv).toHaveLength(6);
    expect(csv[2]).toMatch(new RegExp(`^Owls,truce-2026,5,8,${groups[1]?.livesSaved},`));
  });
});
