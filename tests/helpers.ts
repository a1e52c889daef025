import type { StorageLike } from '../src/app/saves';
import type { ReplayTurn } from '../src/core/replay';
import type { Scenario } from '../src/core/scenario';
import { builtInScenario } from '../src/core/scenarios';
import type { TurnRecord } from '../src/core/turn';
import type { BySide, Policy } from '../src/core/vocabulary';
import { playGame } from '../src/machine/driver';

export function scenario(id: string): Scenario {
  const s = builtInScenario(id);
  if (!s) throw new Error(`no scenario ${id}`);
  return s;
}

/** Plays a game through the statechart: scripted turns where given, the policies elsewhere. */
export function play(
  id: string,
  seed: number,
  opts: {
    policies?: Partial<BySide<Policy>>;
    script?: ReplayTurn[];
    turns?: number;
    edit?: (s: Scenario) => Scenario;
  } = {},
): TurnRecord[] {
  const base = scenario(id);
  const sc = opts.edit ? opts.edit(base) : base;
  const snapshot = playGame(
    {
      scenario: sc,
      seed,
      controllers: { us: 'human', china: 'human' },
      policies: { us: 'passive', china: 'passive', ...opts.policies },
    },
    opts.script ?? [],
    opts.turns,
  );
  return snapshot.context.history;
}

/** A script that plays the same turn spec every turn. */
export function every(turns: number, spec: ReplayTurn): ReplayTurn[] {
  return Array.from({ length: turns }, () => spec);
}

export const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** A Map-backed Storage, as the browser's localStorage behaves. */
export class MapStorage implements StorageLike {
  readonly map = new Map<string, string>();
  failWrites = false;
  get length(): number {
    return this.map.size;
  }
  key(i: number): string | null {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string): string | null {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    if (this.failWrites) throw new Error('QuotaExceededError');
    this.map.set(k, v);
  }
  removeItem(k: string): void {
    this.map.delete(k);
  }
}
