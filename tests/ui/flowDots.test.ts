import { describe, expect, it } from 'vitest';
import { FLOW_DOTS, flowDots, flowSpeed } from '../../src/ui/flowDots';

describe('the goods moving along the supply chain', () => {
  it('move faster and larger on a full flow than on a cut one', () => {
    expect(flowSpeed(1)).toBeGreaterThan(flowSpeed(0.2) * 2);
    expect(flowSpeed(0.04)).toBeGreaterThan(0); // a trickle still moves
    const full = flowDots(1, 0)[0]?.radius ?? 0;
    const cut = flowDots(0.1, 0)[0]?.radius ?? 0;
    expect(full).toBeGreaterThan(cut * 2);
    // Never wider than the band they travel on (26 px at a full flow).
    expect(full * 2).toBeLessThanOrEqual(26);
  });

  it('travel from the start of the link to its end, evenly spaced, and come round again', () => {
    const at = (travelled: number) => flowDots(0.5, travelled).map((d) => d.at);
    expect(at(0)).toHaveLength(FLOW_DOTS.count);
    for (const a of at(0.37)) expect(a).toBeGreaterThanOrEqual(0);
    for (const a of at(0.37)) expect(a).toBeLessThan(1);
    // A little later each dot is a little further on.
    const before = at(0.1);
    const after = at(0.15);
    before.forEach((a, i) => {
      expect(after[i]).toBeCloseTo((a + 0.05) % 1, 9);
    });
    // Evenly spaced, and a whole link later, where they began.
    const sorted = [...at(0.3)].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++)
      expect((sorted[i] ?? 0) - (sorted[i - 1] ?? 0)).toBeCloseTo(1 / FLOW_DOTS.count, 9);
    expect(at(1.3).map((a) => a.toFixed(9))).toEqual(at(0.3).map((a) => a.toFixed(9)));
  });
});
