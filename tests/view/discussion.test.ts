import { describe, expect, it } from 'vitest';
import { DISCUSSION } from '../../src/core/discussion';
import { RULE_IDS } from '../../src/core/vocabulary';
import { hasWords } from '../../src/words';

describe('the discussion questions', () => {
  it('have words in the catalogue for every rule, at least one each', () => {
    for (const id of RULE_IDS) expect(DISCUSSION[id].length, id).toBeGreaterThan(0);
    expect(
      Object.values(DISCUSSION)
        .flat()
        .filter((key) => !hasWords(key)),
    ).toEqual([]);
  });
});
