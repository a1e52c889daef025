import { withWords } from '../words';
import { RULE_IDS, type RuleId } from './vocabulary';

export interface RuleEvidence {
  number: number;
  title: string;
  /** What the model does, in a line. */
  model: string;
  /** The evidence, in our own words, with the source named. */
  evidence: string;
  source: string;
}

/** The rule table: every causal rule of the model and where it comes from. The game shows it on "why?". */
/** Each rule's number and the sources of its evidence; its words are `rule.<id>.*` in src/words. */
const FACTS: Record<RuleId, { number: number; source: string }> = {
  relationship: { number: 1, source: 'The Diplomat (Dec 2024); CNN (Jul 2025)' },
  leverage: { number: 2, source: 'The Economist (Nov 2025); The Atlantic (2025)' },
  credit: { number: 3, source: 'CNN (Jul 2025); The Diplomat (Dec 2024)' },
  tariffs: { number: 4, source: 'The Economist (Nov 2025); CNN (Jul 2025)' },
  scheduling: { number: 5, source: 'The Atlantic (2025); Biden-Xi agreement explainer (2024)' },
  displacement: { number: 6, source: 'The Atlantic (2025); The Diplomat (Dec 2024)' },
  enforcement: { number: 7, source: 'The Diplomat (Dec 2024); The Atlantic (2025)' },
  supplyShock: { number: 8, source: 'The Economist (Nov 2025)' },
  demand: { number: 9, source: 'The Economist (Nov 2025); CNN (Jul 2025)' },
  mexicoCoalition: { number: 10, source: 'CNN (Jul 2025); The Diplomat (Dec 2024)' },
  rhetoric: { number: 11, source: 'The Diplomat (Dec 2024)' },
  truce: { number: 12, source: 'The Economist (Nov 2025)' },
};

/**
 * The rule table: every causal rule of the model and where it comes from. The game shows it on "why?".
 * Its words are read from the catalogue each time, so they follow the language shown.
 */
export const RULES: Record<RuleId, RuleEvidence> = withWords(
  RULE_IDS,
  (id) => FACTS[id],
  ['title', 'model', 'evidence'],
  (id, field) => `rule.${id}.${field}`,
);
