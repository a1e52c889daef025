import { describe, expect, it } from 'vitest';
import { GameSession } from '../../src/app/session';
import { encodeClassCode, encodeReplayCode } from '../../src/core/code';
import { TEACHING } from '../../src/core/teaching';
import { escapeHtml } from '../../src/view/brief';
import { classAnswers, groupAnswers, runClass } from '../../src/view/classResults';
import {
  answerSheetHtml,
  choose,
  isLastStep,
  questionnaireView,
  recordedAnswers,
  startQuestionnaire,
  stepBy,
} from '../../src/view/questionnaire';
import {
  applyClassCode,
  asksQuestionnaire,
  defaultChoice,
  questionnaireLabel,
} from '../../src/view/setup';

const t = TEACHING['truce-2026'];
const n = t.questions.length;

describe('the questionnaire in the browser', () => {
  it('steps through each question, then the open one, and no further', () => {
    let s = startQuestionnaire(t, 'pre');
    expect(s.answers).toEqual(t.questions.map(() => null));
    const first = questionnaireView(t, s);
    expect(first.progress).toBe(`Question 1 of ${n + 1}`);
    expect(first.kind).toBe('choice');
    expect(first.prompt).toBe(t.questions[0]?.prompt);
    expect(first.options.map((o) => o.key)).toEqual(
      ['A', 'B', 'C', 'D'].slice(0, t.questions[0]?.options.length),
    );
    expect(stepBy(t, s, -1)).toBe(s);
    for (let i = 0; i < n; i++) s = stepBy(t, s, 1);
    expect(isLastStep(t, s)).toBe(true);
    const open = questionnaireView(t, s);
    expect(open.kind).toBe('open');
    expect(open.prompt).toBe(t.open);
    expect(open.options).toEqual([]);
    expect(open.next).toContain('briefing');
    expect(stepBy(t, s, 1)).toBe(s);
    expect(questionnaireView(t, { ...s, when: 'post' }).next).toContain('debrief');
  });

  it('chooses an option, changes it, and clears it when chosen again', () => {
    let s = startQuestionnaire(t, 'pre');
    s = choose(t, s, 2);
    expect(s.answers[0]).toBe(2);
    expect(questionnaireView(t, s).options[2]?.selected).toBe(true);
    expect(questionnaireView(t, s).answered).toBe(`1 of ${n} answered`);
    s = choose(t, s, 1);
    expect(s.answers[0]).toBe(1);
    s = choose(t, s, 1);
    expect(s.answers[0]).toBeNull();
    // An option the question does not have changes nothing.
    expect(choose(t, s, 9)).toBe(s);
  });

  it('records the answers given, or nothing when none was', () => {
    let s = startQuestionnaire(t, 'post');
    expect(recordedAnswers(s)).toBeNull();
    s = stepBy(t, choose(t, s, 1), 1);
    s = choose(t, s, 0);
    expect(recordedAnswers(s)).toEqual([1, 0, ...Array(n - 2).fill(null)]);
  });

  it('starts again from the answers already given, dropping any that do not fit', () => {
    const s = startQuestionnaire(t, 'pre', [3, 7, null], 'we think…');
    expect(s.answers.slice(0, 3)).toEqual([3, null, null]);
    expect(s.open).toBe('we think…');
    expect(s.step).toBe(0);
  });

  it('carries the answers from the screen to the class’s before and after', () => {
    const classCode = encodeClassCode({
      scenario: 'truce-2026',
      seed: 11,
      turns: 2,
      turnSeconds: 0,
    });
    const applied = applyClassCode(defaultChoice(1), classCode);
    if (!applied.ok) throw new Error(applied.error);
    expect(asksQuestionnaire(applied.value)).toBe(true);
    const session = new GameSession({ ...applied.value, seat: 'watch' });
    const teaching = session.questionnaire();
    if (!teaching) throw new Error('no questionnaire');
    // Before: every answer wrong; after: every answer right, as a group would click them.
    let pre = startQuestionnaire(teaching, 'pre');
    let post = startQuestionnaire(teaching, 'post');
    teaching.questions.forEach((q) => {
      pre = stepBy(teaching, choose(teaching, pre, (q.answer + 1) % q.options.length), 1);
      post = stepBy(teaching, choose(teaching, post, q.answer), 1);
    });
    session.setAnswers('pre', recordedAnswers(pre) ?? []);
    while (session.phase() !== 'debrief') session.next();
    session.setAnswers('post', recordedAnswers(post) ?? []);
    const code = encodeReplayCode(session.replay());
    session.stop();
    const run = runClass(`Herons: ${code}`, classCode);
    if (!run.ok) throw new Error(run.error);
    const rows = classAnswers(run.value.groups);
    expect(rows.map((r) => [r.before.share, r.after.share])).toEqual(
      teaching.questions.map(() => [0, 1]),
    );
    expect(groupAnswers(run.value.groups)).toEqual([
      {
        group: 'Herons',
        before: `0/${n} right`,
        after: `${n}/${n} right`,
        beforeShort: `0/${n}`,
        afterShort: `${n}/${n}`,
        change: n,
      },
    ]);
  });

  it('is asked only where set up, and a class code sets it', () => {
    const plain = defaultChoice(3);
    expect(asksQuestionnaire(plain)).toBe(false);
    expect(questionnaireLabel(plain)).toBe('No questionnaire');
    expect(questionnaireLabel({ ...plain, questionnaire: true })).toBe('Questionnaire');
    expect(asksQuestionnaire({ ...plain, questionnaire: true })).toBe(true);
  });

  it('prints the group’s answers, before and after, with what it wrote', () => {
    const html = answerSheetHtml(
      'The one-year truce',
      t,
      { pre: [0, null], post: [t.questions[0]?.answer ?? 0] },
      { pre: '<b>tariffs</b> work', post: '' },
    );
    expect(html).toContain(escapeHtml(t.questions[0]?.options[0] ?? ''));
    expect(html).toContain('&lt;b&gt;tariffs&lt;/b&gt; work');
    expect(html).not.toContain('<b>tariffs');
    expect(html).toContain(escapeHtml(t.open));
  });
});
