import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/core/rules';
import { RULE_IDS } from '../../src/core/vocabulary';
import { rulePages } from '../../src/view/rules';

describe('the How it works rule pages', () => {
  it('show every rule once, in order, with its model, evidence and source from the core', () => {
    const cards = rulePages(3).flat();
    expect(cards).toHaveLength(RULE_IDS.length);
    RULE_IDS.forEach((id, i) => {
      expect(cards[i]?.heading).toBe(`Rule ${RULES[id].number}: ${RULES[id].title}`);
      expect(cards[i]?.evidence).toBe(RULES[id].evidence);
      expect(cards[i]?.source).toBe(RULES[id].source);
    });
    expect(rulePages(3).every((p) => p.length <= 3)).toBe(true);
  });
});
