import { describe, expect, it } from 'vitest';
import { encodeClassCode, encodeReplayCode } from '../../src/core/code';
import { makeReplay, type ReplayTurn } from '../../src/core/replay';
import {
  classDiscussion,
  classRows,
  classSeries,
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
    expect(rows.map((r) => r.cells.group)).toEqual(['Falcons', 'Late', 'Owls', 'Typo']);
    expect(rows.find((r) => r.cells.group === 'Late')?.mark).toMatch(/seed 6/);
    expect(rows.find((r) => r.cells.group === 'Typo')?.mark).toMatch(/can’t be read/);
    expect(rows.find((r) => r.cells.group === 'Owls')?.mark).toBeNull();
    expect(run.ok && run.value.against).toContain('seed 5');
  });

  it('sorts by a column, flips on a second press, and keeps unreadable codes last', () => {
    const byLives = classRows(groups, { column: 'livesSaved', descending: true });
    expect(byLives[0]?.cells.group).toBe('Owls');
    expect(byLives.at(-1)?.cells.group).toBe('Typo');
    expect(nextSort({ column: 'livesSaved', descending: true }, 'livesSaved').descending).toBe(
      false,
    );
    expect(nextSort({ column: 'group', descending: false }, 'usScore')).toEqual({
      column: 'usScore',
      descending: true,
    });
    expect(byLives.map((r) => r.index).sort()).toEqual([0, 1, 2, 3]);
  });

  it('charts every readable group and lists questions for the rules the class triggered', () => {
    const series = classSeries(groups);
    expect(series.map((s) => s.name)).toEqual(['Falcons', 'Owls', 'Late']);
    expect(series[0]?.values).toHaveLength(4);
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
});
