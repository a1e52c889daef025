import type { GameState } from './state';
import type { Cause, CauseVars, RuleId } from './vocabulary';

type Bounded =
  | 'relations'
  | 'goodwill'
  | 'enforcement'
  | 'tariff'
  | 'naloxoneReach'
  | 'treatmentReach'
  | 'coalition'
  | 'mexicoEnforcement'
  | 'chips';

const BOUNDS: Record<Bounded, [number, number]> = {
  relations: [-100, 100],
  goodwill: [0, 100],
  enforcement: [0, 100],
  tariff: [0, 100],
  naloxoneReach: [0, 95],
  treatmentReach: [0, 90],
  coalition: [0, 100],
  mexicoEnforcement: [0, 100],
  chips: [0, 20],
};

export function clamp(x: number, lo: number, hi: number): number {
  return Math.min(Math.max(x, lo), hi);
}

/** Changes a bounded quantity and records why, so a turn report can say what moved it. */
export function bump(
  d: GameState,
  causes: Cause[],
  key: Bounded,
  delta: number,
  rule: RuleId,
  note: string,
  vars?: CauseVars,
): void {
  const [lo, hi] = BOUNDS[key];
  const before = d[key];
  d[key] = clamp(before + delta, lo, hi);
  const moved = d[key] - before;
  if (moved !== 0) causes.push({ rule, indicator: key, delta: moved, note, ...(vars && { vars }) });
}
