import seedrandom from 'seedrandom';

/** The generator's whole state: four numbers, kept inside the game state so a save resumes exactly. */
export interface RngState {
  c: number;
  s0: number;
  s1: number;
  s2: number;
}

export function seedRng(seed: number): RngState {
  return seedrandom.alea(`precursor:${seed}`, { state: true }).state() as RngState;
}

/** Draws `count` uniforms in [0, 1) and returns them with the advanced state. */
export function drawUniforms(state: RngState, count: number): { draws: number[]; next: RngState } {
  const prng = seedrandom.alea('', { state: { ...state } });
  const draws: number[] = [];
  for (let i = 0; i < count; i++) draws.push(prng());
  return { draws, next: prng.state() as RngState };
}
