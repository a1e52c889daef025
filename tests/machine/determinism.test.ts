import { describe, expect, it } from 'vitest';
import { play } from '../helpers';

describe('determinism', () => {
  it('the same seed and moves give the same game', () => {
    const a = play('truce-2026', 11, { policies: { us: 'reciprocal', china: 'leverage' } });
    const b = play('truce-2026', 11, { policies: { us: 'reciprocal', china: 'leverage' } });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('a different seed gives a different game', () => {
    const a = play('truce-2026', 11, { policies: { us: 'reciprocal', china: 'leverage' } });
    const b = play('truce-2026', 12, { policies: { us: 'reciprocal', china: 'leverage' } });
    expect(a.map((t) => t.deaths)).not.toEqual(b.map((t) => t.deaths));
  });
});
