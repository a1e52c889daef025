import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GLOSSARY, NOTES, TEACHING, TEACHING_SCENARIOS } from '../../src/core/teaching';
import { escapeHtml } from '../../src/view/brief';
import { glossaryMarkdown, teachingMarkdown } from '../../src/view/teachingDocs';
import {
  glossaryHtml,
  lessonCardHtml,
  questionnaireHtml,
  teacherNotesHtml,
  teachingScenario,
} from '../../src/view/teachingPrint';

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
