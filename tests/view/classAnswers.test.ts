import { describe, expect, it } from 'vitest';
import { encodeClassCode, encodeReplayCode } from '../../src/core/code';
import { type Answers, makeReplay, type ReplayTurn } from '../../src/core/replay';
import { TEACHING } from '../../src/core/teaching';
import { escapeHtml } from '../../src/view/brief';
import {
  classAnswers,
  classRows,
  groupAnswers,
  runClass,
  shareText,
} from '../../src/view/classResults';
import { classResultsHtml } from '../../src/view/classResultsPrint';
import { every } from '../helpers';

const code = (seed: number, turns: ReplayTurn[], answers?: Answers) =>
  encodeReplayCode(makeReplay('truce-2026', seed, turns, answers));
const classCode = encodeClassCode({ scenario: 'truce-2026', seed: 5, turns: 3, turnSeconds: 0 });
const questions = TEACHING['truce-2026'].questions;
const best = questions.map((q) => q.answer);
const wrong = questions.map((q) => (q.answer + 1) % q.options.length);
const quiet = every(3, { us: [], china: [] });

describe('the class before and after', () => {
  const pasted = [
    // Wrong on everything before, right on everything after.
    `Falcons: ${code(5, quiet, { pre: wrong, post: best })}`,
    // Right before, skipped the first question after.
    `Owls: ${code(5, quiet, { pre: best, post: [null, ...best.slice(1)] })}`,
    // Answered nothing.
    `Quiet: ${code(5, quiet)}`,
    // Another seed: its answers must not count.
    `Late: ${code(6, quiet, { pre: best, post: best })}`,
  ].join('\n');
  const run = runClass(pasted, classCode);
  if (!run.ok) throw new Error(run.error);
  const { groups } = run.value;

  it('reads each group’s answers from its code', () => {
    expect(groups[0]?.answers).toEqual({ pre: wrong, post: best });
    expect(groups[2]?.answers).toEqual({});
  });

  it('counts the share choosing the best option, before and after, over the class’s groups only', () => {
    const rows = classAnswers(groups);
    expect(rows).toHaveLength(questions.length);
    expect(rows[0]?.before).toEqual({ answered: 2, best: 1, share: 0.5 });
    expect(rows[0]?.after).toEqual({ answered: 1, best: 1, share: 1 });
    expect(rows[1]?.after).toEqual({ answered: 2, best: 2, share: 1 });
    expect(shareText(rows[1]?.before.share ?? null)).toBe('50%');
    expect(shareText(null)).toBe('—');
  });

  it('shows nothing when no group answered', () => {
    const none = runClass(`A: ${code(5, quiet)}\nB: ${code(5, quiet)}`, classCode);
    if (!none.ok) throw new Error(none.error);
    expect(classAnswers(none.value.groups)).toEqual([]);
  });

  it('prints the table, the chart, the before/after and the class’s questions', () => {
    const rows = classRows(groups, { column: 'livesSaved', descending: true });
    const html = classResultsHtml(run.value, rows, { scenarioTitle: 'The one-year truce' });
    for (const name of ['Falcons', 'Owls', 'Quiet', 'Late']) expect(html).toContain(name);
    expect(html).toContain('<polyline');
    expect(html).toContain(escapeHtml(questions[0]?.prompt ?? ''));
    expect(html).toContain('50% (1/2)');
    expect(html).toContain('For discussion');
    expect(html).toContain('break-before: page');
    // Each group that answered, before → after; Quiet answered nothing, Late played another world.
    expect(html).toContain(
      `<tr><td>Falcons</td><td class="n">0/${questions.length} right</td><td class="n">${questions.length}/${questions.length} right</td><td class="n">+${questions.length}</td></tr>`,
    );
  });

  it('lists each group’s right answers before and after', () => {
    const n = questions.length;
    expect(groupAnswers(groups)).toEqual([
      {
        group: 'Falcons',
        before: `0/${n} right`,
        after: `${n}/${n} right`,
        beforeShort: `0/${n}`,
        afterShort: `${n}/${n}`,
        change: n,
      },
      {
        group: 'Owls',
        before: `${n}/${n} right`,
        after: `${n - 1}/${n - 1} right`,
        beforeShort: `${n}/${n}`,
        afterShort: `${n - 1}/${n - 1}`,
        change: -1,
      },
    ]);
  });

  it('escapes group names', () => {
    const evil = runClass(`<img src=x onerror=alert(1)>: ${code(5, quiet)}`, classCode);
    if (!evil.ok) throw new Error(evil.error);
    const html = classResultsHtml(
      evil.value,
      classRows(evil.value.groups, { column: 'group', descending: false }),
      {
        scenarioTitle: 'T',
      },
    );
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
  });
});

describe('a group’s answers, from its session to the class results', () => {
  it('travels in the replay code the session makes', async () => {
    const { GameSession } = await import('../../src/app/session');
    const base = { scenarioId: 'truce-2026', usPolicy: 'reciprocal', chinaPolicy: 'leverage' };
    const session = new GameSession({ ...base, seat: 'watch', seed: 5, turns: 3 } as never);
    expect(session.questionnaire()?.questions).toHaveLength(questions.length);
    session.setAnswers('pre', wrong);
    while (session.phase() !== 'debrief') session.next();
    session.setAnswers('post', best);
    const shared = encodeReplayCode(session.replay());
    session.stop();
    const run = runClass(`Hawks: ${shared}`, classCode);
    if (!run.ok) throw new Error(run.error);
    const rows = classAnswers(run.value.groups);
    expect(rows.every((r) => r.before.share === 0 && r.after.share === 1)).toBe(true);
  });
});
