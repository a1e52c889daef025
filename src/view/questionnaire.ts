/**
 * The questionnaire in the browser, before the briefing and after the debrief: one question at a
 * time (the scenario's multiple-choice questions, then its open question), what each step shows,
 * and what is recorded. The multiple-choice answers go to the session (`setAnswers`), which
 * writes them into the replay code and file; the open answer is never carried in a code, so it
 * is printed with the group's answers for the teacher.
 */
import type { Teaching } from '../core/teaching';
import { t } from '../words';
import { escapeHtml as e } from './brief';
import { KEYS } from './keys';
import { teachingPage } from './teachingPrint';

export type QuestionnaireWhen = 'pre' | 'post';

/** Where a group is in the questionnaire, and what it has answered so far. */
export interface QuestionnaireState {
  when: QuestionnaireWhen;
  /** 0 … questions − 1 for a multiple-choice question; `questions` for the open one. */
  step: number;
  /** An option's index per question, or null while unanswered. */
  answers: (number | null)[];
  open: string;
}

/** The letters of the options, which are also their keys. */
export const OPTION_KEYS = KEYS.questionnaire.options;

/** A fresh start, keeping any answers the group already gave (going back to change them). */
export function startQuestionnaire(
  teaching: Teaching,
  when: QuestionnaireWhen,
  given: readonly (number | null)[] = [],
  open = '',
): QuestionnaireState {
  return {
    when,
    step: 0,
    answers: teaching.questions.map((q, i) => {
      const a = given[i];
      return a !== undefined && a !== null && a >= 0 && a < q.options.length ? a : null;
    }),
    open,
  };
}

/** Chooses option `option` of the current question; choosing it again clears the answer. */
export function choose(
  teaching: Teaching,
  s: QuestionnaireState,
  option: number,
): QuestionnaireState {
  const q = teaching.questions[s.step];
  if (!q || option < 0 || option >= q.options.length) return s;
  const answers = [...s.answers];
  answers[s.step] = answers[s.step] === option ? null : option;
  return { ...s, answers };
}

/** Moves to the next (1) or previous (−1) step, staying within the questionnaire. */
export function stepBy(
  teaching: Teaching,
  s: QuestionnaireState,
  delta: number,
): QuestionnaireState {
  const step = Math.min(teaching.questions.length, Math.max(0, s.step + delta));
  return step === s.step ? s : { ...s, step };
}

/** True on the last step (the open question): going on finishes the questionnaire. */
export function isLastStep(teaching: Teaching, s: QuestionnaireState): boolean {
  return s.step >= teaching.questions.length;
}

/** What goes to the session's `setAnswers`: the answers, or null when none was given. */
export function recordedAnswers(s: QuestionnaireState): (number | null)[] | null {
  return s.answers.some((a) => a !== null) ? [...s.answers] : null;
}

export interface QuestionnaireOption {
  /** The letter shown and pressed: A, B, C, … */
  key: string;
  label: string;
  selected: boolean;
}

/** One step of the questionnaire screen. */
export interface QuestionnaireView {
  title: string;
  /** What the questionnaire is for, under the title. */
  intro: string;
  /** "Question 2 of 6". */
  progress: string;
  kind: 'choice' | 'open';
  prompt: string;
  options: QuestionnaireOption[];
  /** "3 of 5 answered". */
  answered: string;
  /** The label of the button that goes on. */
  next: string;
  /** For the open question: where its answer goes. */
  openNote: string;
}

export function questionnaireView(teaching: Teaching, s: QuestionnaireState): QuestionnaireView {
  const count = teaching.questions.length;
  const total = count + 1;
  const answered = s.answers.filter((a) => a !== null).length;
  const q = teaching.questions[s.step];
  const last = !q;
  return {
    title: t('screen.questionnaire.title', { context: s.when }),
    intro: t('screen.questionnaire.intro', { context: s.when }),
    progress: t('screen.questionnaire.progress', { step: Math.min(s.step, count) + 1, total }),
    kind: last ? 'open' : 'choice',
    prompt: q ? q.prompt : teaching.open,
    options: q
      ? q.options.map((label, i) => ({
          key: (OPTION_KEYS[i] ?? '').toUpperCase(),
          label,
          selected: s.answers[s.step] === i,
        }))
      : [],
    answered: t('screen.questionnaire.answered', { answered, count }),
    next: t('screen.questionnaire.next', { context: last ? s.when : 'question' }),
    openNote: t('screen.questionnaire.openNote'),
  };
}

/**
 * The group's answers on one printable page: each question with the option chosen before and
 * after, and the open answers, for the teacher (the open answer travels in no code).
 */
export function answerSheetHtml(
  scenarioTitle: string,
  teaching: Teaching,
  answers: { pre?: readonly (number | null)[]; post?: readonly (number | null)[] },
  open: { pre?: string; post?: string },
): string {
  const chosen = (q: number, list: readonly (number | null)[] | undefined) => {
    const a = list?.[q];
    const option = a === undefined || a === null ? undefined : teaching.questions[q]?.options[a];
    return option === undefined
      ? '—'
      : `${(OPTION_KEYS[a as number] ?? '').toUpperCase()}. ${e(option)}`;
  };
  const rows = teaching.questions
    .map(
      (q, i) =>
        `<tr><td>${i + 1}</td><td>${e(q.prompt)}</td><td>${chosen(i, answers.pre)}</td><td>${chosen(i, answers.post)}</td></tr>`,
    )
    .join('\n');
  const written = (text: string | undefined) =>
    text?.trim() ? `<p>${e(text.trim()).replace(/\n/g, '<br>')}</p>` : '<p class="rules">—</p>';
  const w = (key: string) => e(t(key));
  return teachingPage(
    t('print.answers.title', { scenario: scenarioTitle }),
    `<h1>${w('print.answers.heading')}</h1>
<p class="meta">${e(t('print.answers.meta', { scenario: scenarioTitle }))}</p>
<p>${w('print.teach.name')}</p>
<table>
<thead><tr><th>#</th><th>${w('print.class.column.question')}</th><th>${w('print.class.column.before')}</th><th>${w('print.class.column.after')}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<h2>${teaching.questions.length + 1}. ${e(teaching.open)}</h2>
<h3>${w('print.class.column.before')}</h3>
${written(open.pre)}
<h3>${w('print.class.column.after')}</h3>
${written(open.post)}
<p class="rules">${w('print.answers.travel')}</p>`,
  );
}
