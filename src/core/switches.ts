import { PARAMS } from './params';
import type { RuleId } from './vocabulary';

/**
 * Every rule of the model, and each mechanism of the bargaining beside them (strategy.md §2), can
 * be switched off, so `npm run check:rules` can show that the tests of the rule each serves notice.
 * The game never switches anything off: only the tests' setup does, from PRECURSOR_OFF.
 */
export const MECHANISMS = {
  credibility: 'leverage',
  pressurePath: 'tariffs',
  hardening: 'tariffs',
  deals: 'leverage',
  offeredRelief: 'tariffs',
  summitry: 'relationship',
} as const satisfies Record<string, RuleId>;
export type Mechanism = keyof typeof MECHANISMS;
export type Switch = RuleId | Mechanism;

type Constants = Partial<Record<keyof typeof PARAMS, number>>;

/**
 * Switches that act through the model's constants: each is the smallest change that removes the
 * rule's effect. The others are read where the rule acts, with `on`.
 */
const CONSTANTS_OFF: Partial<Record<Switch, Constants>> = {
  tariffs: { tariffRaiseHit: 0, tariffIrritant: 0 },
  scheduling: { classAdaptation: 0.26 },
  displacement: { altGrowth: 0 },
  enforcement: { enforcementSlowsAdaptation: 0, enforcementSourOnRelations: 0 },
  supplyShock: { seizureShock: 0 },
  demand: { demandFundingNaloxone: 0, demandFundingTreatment: 0 },
  mexicoCoalition: { pressMexicoGain: 0, coalitionAltCut: 0 },
  rhetoric: { listingRelationsHit: 0, listingGoodwillHit: 0 },
  hardening: { hardeningRelations: 0, hardeningDisplacement: 0 },
};

const off = new Set<Switch>();

/** Whether a rule or mechanism acts: always, unless a test switched it off. */
export const on = (id: Switch): boolean => !off.has(id);

/** Switches rules or mechanisms off for the rest of this process (tests only). */
export function switchOff(ids: readonly Switch[]): void {
  for (const id of ids) {
    off.add(id);
    Object.assign(PARAMS, CONSTANTS_OFF[id]);
  }
}
