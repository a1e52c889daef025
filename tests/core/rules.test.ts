import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENTS } from '../../src/core/events';
import { MOVES } from '../../src/core/moves';
import { POSTURE_EDGES } from '../../src/core/posture';
import { RULES } from '../../src/core/rules';
import { RULE_IDS } from '../../src/core/vocabulary';

const SOURCES = [
  'The Economist',
  'The Atlantic',
  'CNN',
  'The Diplomat',
  'Biden-Xi agreement explainer',
];
const dynamicsTests = readFileSync(new URL('./dynamics.test.ts', import.meta.url), 'utf8');

describe('the rule table', () => {
  it.each(RULE_IDS)('%s has its evidence, from a named source', (id) => {
    const rule = RULES[id];
    expect(rule.model.length).toBeGreaterThan(20);
    expect(rule.evidence.length).toBeGreaterThan(40);
    expect(SOURCES.some((s) => rule.source.includes(s))).toBe(true);
  });

  it.each(RULE_IDS)('%s has a test comparing two seeded runs', (id) => {
    expect(dynamicsTests).toMatch(new RegExp(`ruleTest\\(\\s*'${id}'`));
  });

  it('numbers the rules 1 to 12 as the brief does', () => {
    expect(RULE_IDS.map((id) => RULES[id].number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('ties every move, event and posture edge to a rule in the table', () => {
    const used = [
      ...Object.values(MOVES).map((m) => m.rule),
      ...Object.values(EVENTS).map((e) => e.rule),
      ...Object.values(POSTURE_EDGES).flatMap((edges) => edges.map((e) => e.rule)),
    ];
    for (const rule of used) expect(RULE_IDS).toContain(rule);
  });
});
