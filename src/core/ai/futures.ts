import seedrandom from 'seedrandom';
import { DRAWS_PER_TURN } from '../params';
import { drawUniforms, type RngState } from '../rng';
import type { GameState } from '../state';
import type { Side } from '../vocabulary';

/**
 * A sampled future's starting point: the position with luck of its own in place of the game's,
 * seeded from the game's seed, the turn, the side, what the sample is for and its number. Whoever
 * looks ahead (the planner, the what-if) never reads the game's own future draws, and the same
 * position gives the same futures everywhere.
 */
export function sampledFuture(s: GameState, side: Side, purpose: string, k: number): GameState {
  const rng = seedrandom
    .alea(`precursor-${purpose}:${s.seed}:${s.turn}:${side}:${k}`, { state: true })
    .state() as RngState;
  const { draws, next } = drawUniforms(rng, DRAWS_PER_TURN);
  return { ...s, rng: next, draws };
}
