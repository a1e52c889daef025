import type { RuleId } from './vocabulary';

/**
 * Questions for a class debrief, one set per rule: asked when a group's game triggered the rule.
 * How many each rule has; their words are `discuss.<rule>.<n>` in the catalogue.
 */
const COUNTS: Record<RuleId, number> = {
  relationship: 2,
  leverage: 2,
  credit: 2,
  tariffs: 2,
  scheduling: 2,
  displacement: 2,
  enforcement: 2,
  supplyShock: 2,
  demand: 2,
  mexicoCoalition: 1,
  rhetoric: 1,
  truce: 2,
};

/** The keys of each rule's questions, in order. */
export const DISCUSSION = Object.fromEntries(
  Object.entries(COUNTS).map(([rule, n]) => [
    rule,
    Array.from({ length: n }, (_, i) => `discuss.${rule}.${i + 1}`),
  ]),
) as Record<RuleId, string[]>;
