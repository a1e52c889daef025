import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { GLOSSARY, NOTES, RUBRIC, TEACHING, TEACHING_SCENARIOS } from '../../src/core/teaching';
import { escapeHtml } from '../../src/view/brief';
import { glossaryItems } from '../../src/view/glossary';
import {
  answerSheetHtml,
  questionnaireView,
  startQuestionnaire,
  stepBy,
} from '../../src/view/questionnaire';
import { glossaryMarkdown, teachingMarkdown } from '../../src/view/teachingDocs';
import {
  glossaryHtml,
  lessonCardHtml,
  questionnaireHtml,
  teacherNotesHtml,
  teachingScenario,
} from '../../src/view/teachingPrint';
import { setLanguage } from '../../src/words';

const docs = (name: string) =>
  readFileSync(new URL(`../../docs/teaching/${name}`, import.meta.url), 'utf8');

const scenario = (id: string) => {
  const s = teachingScenario(id);
  if (!s) throw new Error(id);
  return s;
};

describe('teaching printables', () => {
  for (const id of TEACHING_SCENARIOS) {
    const t = TEACHING[id];
    it(`${id}: the lesson card names every objective and the open question`, () => {
      const html = lessonCardHtml(scenario(id));
      expect(html.startsWith('<!doctype html>')).toBe(true);
      for (const o of t.objectives) expect(html).toContain(escapeHtml(o.text));
      expect(html).toContain(escapeHtml(t.open));
    });

    it(`${id}: the questionnaire shows the key only when asked`, () => {
      const plain = questionnaireHtml(scenario(id), false);
      const keyed = questionnaireHtml(scenario(id), true);
      for (const q of t.questions) {
        expect(plain).toContain(escapeHtml(q.prompt));
        for (const o of q.options) expect(plain).toContain(escapeHtml(o));
      }
      expect(plain).not.toContain('Answer:');
      expect(plain).not.toContain('class="key"');
      expect(keyed.match(/Answer: [A-J]/g)?.length).toBe(t.questions.length);
      expect(keyed.match(/class="key"/g)?.length).toBe(t.questions.length);
    });

    it(`${id}: the teacher's notes carry the figures, the turning points and the rubric`, () => {
      const html = teacherNotesHtml(scenario(id));
      for (const p of NOTES[id].usually) expect(html).toContain(escapeHtml(p));
      for (const c of NOTES[id].commands) expect(html).toContain(escapeHtml(c));
      for (const p of NOTES[id].turningPoints) expect(html).toContain(escapeHtml(p.watch));
      expect(html).toContain('Rubric');
      if (id === 'history-2018') {
        expect(html).toContain('What really happened');
        expect(html).toContain('2023 Q4');
        expect(html).toContain('Woodside');
      } else expect(html).not.toContain('What really happened');
    });

    it(`${id}: docs/teaching/${id}.md is in step with the data`, () => {
      expect(docs(`${id}.md`)).toBe(teachingMarkdown(scenario(id)));
    });
  }

  it('prints every glossary entry, escaped', () => {
    const html = glossaryHtml();
    for (const g of GLOSSARY) {
      expect(html).toContain(escapeHtml(g.term));
      expect(html).toContain(escapeHtml(g.text));
    }
    expect(html).not.toMatch(/<script/i);
  });

  it('docs/teaching/glossary.md is in step with the data', () => {
    expect(docs('glossary.md')).toBe(glossaryMarkdown());
  });

  it('knows no teaching material for a scenario that is not built in', () => {
    expect(teachingScenario('atlantis')).toBeUndefined();
  });
});

/** Every text of the teaching material as it reads now: objectives, questions, notes, rubric, glossary. */
function teachingTexts(): string[] {
  const texts: string[] = [];
  for (const id of TEACHING_SCENARIOS) {
    const t = TEACHING[id];
    texts.push(t.open, ...t.objectives.map((o) => o.text));
    for (const q of t.questions) texts.push(q.prompt, ...q.options);
    texts.push(...NOTES[id].usually);
    for (const p of NOTES[id].turningPoints) texts.push(p.when, p.watch, ...p.ask);
  }
  for (const r of RUBRIC) texts.push(r.criterion, ...r.levels);
  for (const g of GLOSSARY) texts.push(g.term, g.text);
  return texts;
}

/** Everything a teacher or a group reads of the teaching material, in the language shown. */
function everyPage(): string {
  const pages = [
    glossaryHtml(),
    glossaryItems()
      .map((g) => `${g.term} ${g.text}`)
      .join('\n'),
  ];
  for (const id of TEACHING_SCENARIOS) {
    const t = TEACHING[id];
    pages.push(
      lessonCardHtml(scenario(id)),
      questionnaireHtml(scenario(id), false),
      questionnaireHtml(scenario(id), true),
      teacherNotesHtml(scenario(id)),
      answerSheetHtml(scenario(id).title, t, { pre: t.questions.map(() => 0) }, {}),
    );
    let s = startQuestionnaire(t, 'pre');
    for (let step = 0; step <= t.questions.length; step++, s = stepBy(t, s, 1)) {
      const v = questionnaireView(t, s);
      pages.push([v.prompt, ...v.options.map((o) => o.label)].join('\n'));
    }
  }
  return pages.join('\n');
}

describe('the teaching material in Chinese', () => {
  afterEach(() => setLanguage('en'));

  it('shows no sentence of the English material on any page or questionnaire step', async () => {
    // Sentences and phrases only: a bare "PC" or "KYC" is written the same in Chinese.
    const english = teachingTexts().filter((text) => /[A-Za-z]+ [A-Za-z]+/.test(text));
    expect(english.length).toBeGreaterThan(250);
    await setLanguage('zh-CN');
    const shown = everyPage();
    const left = english.filter((text) => shown.includes(escapeHtml(text)) || shown.includes(text));
    expect(left).toEqual([]);
    // And the Chinese is there instead, every piece of it.
    const chinese = teachingTexts();
    expect(chinese.every((text) => /[\u4e00-\u9fff]/.test(text))).toBe(true);
    const missing = chinese.filter((text) => !shown.includes(escapeHtml(text)));
    expect(missing).toEqual([]);
  });

  it('punctuates the turning points in Chinese', async () => {
    await setLanguage('zh-CN');
    expect(lessonCardHtml(scenario('truce-2026'))).toContain('<strong>第1–2季度：</strong>');
    expect(teacherNotesHtml(scenario('truce-2026'))).toContain('<strong>第1–2季度。</strong>');
  });

  it('sorts the glossary in Chinese order, and back in English', async () => {
    await setLanguage('zh-CN');
    const terms = glossaryItems().map((g) => g.term);
    expect(terms).toContain('前体化学品');
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'zh-CN')));
    await setLanguage('en');
    expect(glossaryItems().map((g) => g.term)).toContain('Precursor');
  });
});
