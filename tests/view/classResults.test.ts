import { describe, expect, it } from 'vitest';
import { encodeClassCode, encodeReplayCode } from '../../src/core/code';
import { csvField } from '../../src/core/formats';
import { makeReplay, type ReplayTurn } from '../../src/core/replay';
import {
  CLASS_ROWS_PER_PAGE,
  classChart,
  classDiscussion,
  classPages,
  classRows,
  classSummary,
  nextSort,
  runClass,
} from '../../src/view/classResults';
import { every } from '../helpers';

const code = (seed: number, turns: ReplayTurn[]) =>
  encodeReplayCode(makeReplay('truce-2026', seed, turns));
const classCode = encodeClassCode({ scenario: 'truce-2026', seed: 5, turns: 4, turnSeconds: 0 });
const pasted = [
  `Falcons: ${code(5, every(4, { us: [], china: [] }))}`,
  `Owls: ${code(5, every(4, { us: [{ type: 'fundDemandReduction' }], china: [] }))}`,
  `Late: ${code(6, every(4, { us: [], china: [] }))}`,
  'Typo: p1.abc.0000000',
].join('\n');

describe('the class results screen', () => {
  const run = runClass(pasted, classCode);
  if (!run.ok) throw new Error(run.error);
  const { groups } = run.value;

  it('marks groups from another seed and unreadable codes', () => {
    const rows = classRows(groups, { column: 'group', descending: false });
    expect(rows.map((r) => r.cells.group)).toEqual(['Falcons', 'Owls', 'Late', 'Typo']);
    expect(rows.find((r) => r.cells.group === 'Late')?.mark).toMatch(/seed 6/);
    expect(rows.find((r) => r.cells.group === 'Typo')?.mark).toMatch(/can’t be read/);
    expect(rows.find((r) => r.cells.group === 'Owls')?.mark).toBeNull();
    expect(run.ok && run.value.against).toContain('seed 5');
  });

  it('flags a code pasted twice under one name or none, counting the game once, and keeps the name of a line with no code', () => {
    const owls = code(5, every(4, { us: [{ type: 'fundDemandReduction' }], china: [] }));
    const twice = runClass(
      [`Owls: ${owls}`, `Owls: ${owls}`, `Kites: ${owls}`, owls, 'Ravens: not a code at all'].join(
        '\n',
      ),
      classCode,
    );
    if (!twice.ok) throw new Error(twice.error);
    const rows = classRows(twice.value.groups, { column: 'group', descending: false });
    expect(rows.map((r) => [r.cells.group, r.mark])).toEqual([
      ['Kites', null],
      ['Owls', null],
      ['Group 4', 'the same code as Owls'],
      ['Owls', 'the same code as Owls'],
      ['Ravens', expect.stringMatching(/can’t be read/)],
    ]);
    expect(classChart(rows, twice.value.groups, 0).map((l) => l.name)).toEqual(['Kites', 'Owls']);
  });

  it('sorts by a column, flips on a second press, and keeps other worlds and unreadable codes last', () => {
    const byLives = classRows(groups, { column: 'livesSaved', descending: true });
    expect(byLives.map((r) => r.cells.group)).toEqual(['Owls', 'Falcons', 'Late', 'Typo']);
    const fewest = classRows(groups, { column: 'livesSaved', descending: false });
    expect(fewest.map((r) => r.cells.group)).toEqual(['Falcons', 'Owls', 'Late', 'Typo']);
    expect(nextSort({ column: 'livesSaved', descending: true }, 'livesSaved').descending).toBe(
      false,
    );
    expect(nextSort({ column: 'group', descending: false }, 'usScore')).toEqual({
      column: 'usScore',
      descending: true,
    });
    expect(byLives.map((r) => r.index).sort()).toEqual([0, 1, 2, 3]);
  });

  it('charts every group of the class’s world and lists questions for the rules the class triggered', () => {
    const rows = classRows(groups, { column: 'group', descending: false });
    const lines = classChart(rows, groups, 0);
    expect(lines.map((s) => [s.name, s.slot])).toEqual([
      ['Falcons', 0],
      ['Owls', 1],
    ]);
    expect(lines[0]?.values).toHaveLength(4);
    expect(classSummary(run.ok ? run.value : (undefined as never))).toBe(
      '4 groups, compared with the class code: truce-2026 seed 5 · 4 quarters.',
    );
    const discussion = classDiscussion(groups);
    expect(discussion.length).toBeGreaterThan(0);
    expect(discussion.every((d) => d.questions.length > 0)).toBe(true);
    expect(run.ok && run.value.csv.split('\n')[0]).toMatch(/^group,/);
  });

  it('says what is wrong with an empty paste or a bad class code', () => {
    expect(runClass('  \n', '').ok).toBe(false);
    const bad = runClass(pasted, 'c1.nope.0000000');
    expect(!bad.ok && bad.error).toMatch(/class code/);
  });

  it('pages forty groups eight rows at a time, the page’s groups in colour on the chart', () => {
    const many = Array.from(
      { length: 40 },
      (_, i) =>
        `Group ${String(i + 1).padStart(2, '0')}: ${code(5, every(4, { us: i % 2 ? [{ type: 'giveCredit' }] : [], china: [] }))}`,
    );
    const forty = runClass(many.join('\n'), classCode);
    if (!forty.ok) throw new Error(forty.error);
    const rows = classRows(forty.value.groups, { column: 'group', descending: false });
    expect(classPages(rows.length)).toBe(5);
    const third = classChart(rows, forty.value.groups, 2);
    expect(third).toHaveLength(40);
    const lit = third.filter((l) => l.slot !== null);
    expect(lit.map((l) => l.name)).toEqual(rows.slice(16, 24).map((r) => r.cells.group));
    expect(lit.map((l) => l.slot)).toEqual([...Array(CLASS_ROWS_PER_PAGE).keys()]);
  });
});

describe('what a pasted list can carry', () => {
  const idle = code(5, every(2, { us: [], china: [] }));

  it('group names that a spreadsheet would run are written as text; numbers stay numbers', () => {
    const names = ['=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)', 'Plain'];
    const run = runClass(names.map((n) => `${n}: ${idle}`).join('\n'), '');
    if (!run.ok) throw new Error(run.error);
    const rows = run.value.csv.trim().split('\n').slice(1);
    expect(rows.map((r) => r.split(',')[0])).toEqual([
      `"'=HYPERLINK(""http://x""`,
      "'+1",
      "'-2+3",
      "'@SUM(A1)",
      'Plain',
    ]);
    for (const row of rows) expect(row).not.toMatch(/(^|,)[=+@]/);
    expect(csvField(-12)).toBe('-12');
    expect(csvField('-12')).toBe("'-12");
  });

  it('a long group name is cut, and more codes than a class has are refused with a message', () => {
    const long = runClass(`${'K'.repeat(200)}: ${idle}`, '');
    expect(long.ok && long.value.groups[0]?.group).toBe(`${'K'.repeat(59)}…`);
    const many = runClass(Array(61).fill(idle).join('\n'), '');
    expect(many).toEqual({
      ok: false,
      error: 'Paste at most 60 replay codes, one per line (61 lines were pasted).',
    });
  });
});
