import { describe, expect, it } from 'vitest';
import { previewMove } from '../../src/core/preview';
import { drawUniforms } from '../../src/core/rng';
import { startGame } from '../../src/core/scenario';
import type { GameState } from '../../src/core/state';
import type { Move } from '../../src/core/vocabulary';
import { scenario } from '../helpers';

const truce = scenario('truce-2026');
const raise: Move = { type: 'setTariff', rate: 30 };

/** The same position with other luck ahead: another generator and other draws for this turn. */
function otherLuck(s: GameState): GameState {
  const { draws, next } = drawUniforms(startGame(truce, s.seed + 999).rng, s.draws.length);
  return { ...s, rng: next, draws };
}

describe('the what-if', () => {
  it('never reads the game’s own future draws: the same position previews the same whatever luck lies ahead', () => {
    const s = startGame(truce, 11);
    const a = previewMove(s, truce, 'us', [], raise, { reply: 'leverage' });
    const b = previewMove(otherLuck(s), truce, 'us', [], raise, { reply: 'leverage' });
    expect(b).toEqual(a);
  });

  it('plays the other side’s reply: the same move previews differently against another personality', () => {
    const s = startGame(truce, 11);
    const credit: Move = { type: 'giveCredit' };
    const moves = [raise, credit, { type: 'shareIntelligence' } as Move];
    const differs = moves.some(
      (m) =>
        JSON.stringify(previewMove(s, truce, 'us', [], m, { reply: 'cooperative' })) !==
        JSON.stringify(previewMove(s, truce, 'us', [], m, { reply: 'hardline' })),
    );
    expect(differs).toBe(true);
  });

  it('averages its own sampled futures, each with and without the move on the same luck', () => {
    const s = startGame(truce, 11);
    const one = previewMove(s, truce, 'us', [], raise, { reply: 'leverage', samples: 1 });
    const eight = previewMove(s, truce, 'us', [], raise, { reply: 'leverage', samples: 8 });
    expect(eight.samples).toBe(8);
    expect(eight.deltas.relations).toBeLessThan(0);
    expect(one.deltas.relations).toBeLessThan(0);
    // Nothing else differs between the two worlds of a future: a move that changes nothing
    // previews as no change at all.
    const nothing = previewMove(s, truce, 'us', [raise], raise, { reply: 'leverage' });
    expect(nothing.deaths).toBe(0);
  });
});
