import { afterEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/core/limits';
import { SCENARIO_IDS } from '../../src/core/scenarios';
import {
  findTerm,
  GLOSSARY,
  glossaryEntry,
  TEACHING,
  TEACHING_SCENARIOS,
  TERM_FOR_EVENT,
  TERM_FOR_INDICATOR,
  TERM_FOR_MOVE,
  TERM_FOR_POSTURE,
} from '../../src/core/teaching';
import { RULE_IDS } from '../../src/core/vocabulary';
import { setLanguage } from '../../src/words';

describe('teaching material', () => {
  it('covers every built-in scenario and nothing else', () => {
    expect([...TEACHING_SCENARIOS].sort()).toEqual([...SCENARIO_IDS].sort());
  });

  for (const id of TEACHING_SCENARIOS) {
    const t = TEACHING[id];
    it(`${id}: 3-5 objectives, each on real rules, each checked by a question`, () => {
      expect(t.objectives.length).toBeGreaterThanOrEqual(3);
      expect(t.objectives.length).toBeLessThanOrEqual(5);
      expect(new Set(t.objectives.map((o) => o.id)).size).toBe(t.objectives.length);
      for (const o of t.objectives) {
        expect(o.rules.length, o.id).toBeGreaterThan(0);
        for (const r of o.rules) expect(RULE_IDS, `${o.id} names ${r}`).toContain(r);
        expect(
          t.questions.some((q) => q.objective === o.id),
          `no question checks ${o.id}`,
        ).toBe(true);
      }
    });

    it(`${id}: 4-6 multiple-choice questions a replay code can carry, and one open question`, () => {
      expect(t.questions.length).toBeGreaterThanOrEqual(4);
      expect(t.questions.length).toBeLessThanOrEqual(Math.min(6, LIMITS.answers));
      const objectives = t.objectives.map((o) => o.id);
      for (const q of t.questions) {
        expect(objectives, q.prompt).toContain(q.objective);
        expect(q.options.length).toBeGreaterThanOrEqual(2);
        // Answers travel as one digit each.
        expect(q.options.length).toBeLessThanOrEqual(10);
        expect(q.answer).toBeGreaterThanOrEqual(0);
        expect(q.answer).toBeLessThan(q.options.length);
        expect(new Set(q.options).size).toBe(q.options.length);
      }
      expect(t.open.length).toBeGreaterThan(20);
    });
  }
});

/** The words a student meets on the turn and report screens in English that the glossary must explain. */
const REQUIRED_TERMS = [
  'PC',
  'KYC',
  'scheduling',
  'class control',
  'major-producer list',
  'export licensing',
  'working group',
  'enforcing',
  'posture',
  'goodwill',
  'relations',
  'credit',
  're-announce',
  'chips',
  'tariff',
  'sanctions',
  'forensic-science institute',
  'coalition',
  'naloxone',
  'purity',
  'street price',
  'alt supply',
  'other producers',
  '12-month deaths',
  'truce',
  'summit',
  'offer',
  'deal',
  'breach',
  'credibility',
  'lives saved',
  'no-moves world',
  'seed',
] as const;

describe('glossary', () => {
  it('has unique ids and terms, each explained in a sentence or two', () => {
    expect(new Set(GLOSSARY.map((g) => g.id)).size).toBe(GLOSSARY.length);
    expect(new Set(GLOSSARY.map((g) => g.term.toLowerCase())).size).toBe(GLOSSARY.length);
    for (const g of GLOSSARY) {
      const sentences = g.text.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 1);
      expect(sentences.length, g.term).toBeGreaterThanOrEqual(1);
      expect(sentences.length, g.term).toBeLessThanOrEqual(2);
    }
  });

  it('explains every required word', () => {
    const missing = REQUIRED_TERMS.filter((w) => !findTerm(w));
    expect(missing).toEqual([]);
  });

  it('has an entry for every move card, indicator, posture and world event', () => {
    const named = [
      ...Object.values(TERM_FOR_MOVE),
      ...Object.values(TERM_FOR_INDICATOR),
      ...Object.values(TERM_FOR_POSTURE),
      ...Object.values(TERM_FOR_EVENT),
    ];
    const missing = named.filter((id) => !glossaryEntry(id));
    expect(missing).toEqual([]);
  });

  it('finds terms by any of their names, and not words it does not know', () => {
    expect(findTerm('kyc')?.id).toBe('kyc');
    expect(findTerm('Alt supply')?.id).toBe('otherProducers');
    expect(findTerm('marmalade')).toBeUndefined();
  });

  describe('in each language', () => {
    afterEach(() => setLanguage('en'));
    for (const lng of ['en', 'zh-CN'] as const)
      it(`${lng}: every name of an entry finds that entry, and no other`, async () => {
        await setLanguage(lng);
        for (const g of GLOSSARY)
          for (const name of [g.term, ...(g.aka ?? [])])
            expect(findTerm(name)?.id, name).toBe(g.id);
        expect(new Set(GLOSSARY.map((g) => g.term.toLowerCase())).size).toBe(GLOSSARY.length);
      });

    it('zh-CN: finds the words the Chinese screens use', async () => {
      await setLanguage('zh-CN');
      expect(findTerm('前体')?.id).toBe('precursor');
      expect(findTerm('来自别处')?.id).toBe('otherProducers');
      expect(findTerm('kyc')?.id).toBe('kyc');
      expect(findTerm('Precursor')).toBeUndefined();
    });
  });
});
