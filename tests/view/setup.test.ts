import { describe, expect, it } from 'vitest';
import { scenarioFacts, setupOptions } from '../../src/view/setup';

describe('the setup screen’s words', () => {
  it('says when a scenario starts, how many quarters, its truce and its history', () => {
    const option = {
      id: 'x',
      title: 'X',
      briefing: '',
      turns: 8,
      startLabel: '2026 Q1',
      hasTruce: true,
      isHistory: false,
    };
    expect(scenarioFacts(option)).toEqual(['Starts 2026 Q1 · 8 quarters', 'A truce clock runs']);
    expect(scenarioFacts({ ...option, turns: 1, hasTruce: false, isHistory: true })).toEqual([
      'Starts 2026 Q1 · 1 quarter',
      'No truce clock',
      'The debrief shows what really happened',
    ]);
  });

  it('has facts for every built-in scenario', () => {
    for (const s of setupOptions().scenarios)
      expect(scenarioFacts(s)[0]).toMatch(/^Starts .+ · \d+ quarters?$/);
  });
});
