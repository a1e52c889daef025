import type { RuleId } from './vocabulary';

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
export const RULES: Record<RuleId, RuleEvidence> = {
  relationship: {
    number: 1,
    title: 'Cooperation follows the whole relationship',
    model:
      'A provocation suspends cooperation within the quarter; it comes back only after a concession or a summit one side proposes and the other attends.',
    evidence:
      'China scaled cooperation back in 2020 after US sanctions on its forensic institute, cut it off after the August 2022 Taiwan visit, and restored it only after the November 2023 Woodside summit, where those sanctions were lifted.',
    source: 'The Diplomat (Dec 2024); CNN (Jul 2025)',
  },
  leverage: {
    number: 2,
    title: 'Cooperation is leverage',
    model:
      'China offers cheap steps first and pays with costly ones only for a concession; deals on the table bind both, and reversing a measure within two quarters is a breach.',
    evidence:
      'Beijing holds cooperation back until it gets the right price. After the US cut the fentanyl tariff from 20% to 10% in October 2025, China put 13 precursors under export licensing within days.',
    source: 'The Economist (Nov 2025); The Atlantic (2025)',
  },
  credit: {
    number: 3,
    title: 'Credit sustains cooperation',
    model:
      'Public credit raises goodwill, which holds cooperation up; a step left unrecognized costs goodwill and returns to China as a chip it can sell again.',
    evidence:
      'Analysts warn that enforcement cooperation falters when Washington does not recognize Chinese steps; in 2025 the US gave no credit for earlier steps, so the same promises could be offered again.',
    source: 'CNN (Jul 2025); The Diplomat (Dec 2024)',
  },
  tariffs: {
    number: 4,
    title: 'Tariffs cut both ways',
    model:
      'A tariff raises China’s need for relief; with a credible path to relief that pressure brings it back to talks, without one it hardens Beijing. Raises cost relations and the US economy.',
    evidence:
      'The 2025 fentanyl tariffs gave the US leverage over a slowing Chinese economy, yet Beijing called them blackmail and interrupted cooperation; relief became the price of new steps.',
    source: 'The Economist (Nov 2025); CNN (Jul 2025)',
  },
  scheduling: {
    number: 5,
    title: 'Scheduling is cat and mouse',
    model:
      'A scheduled chemical cuts China’s flow from the next quarter, then traffickers work around it; each chemical adds less; a class control lasts far longer.',
    evidence:
      'Traffickers switch to unscheduled analogs among thousands of dual-use candidates, so chemical-by-chemical control trails behind; the 2019 class-wide control all but ended shipments of finished fentanyl.',
    source: 'The Atlantic (2025); Biden-Xi agreement explainer (2024)',
  },
  displacement: {
    number: 6,
    title: 'Displacement',
    model:
      'Sustained pressure on China grows supply from other producers, so a China-only strategy has a ceiling.',
    evidence:
      'After 2019 the trade moved from finished fentanyl to precursors shipped to Mexico, and pressure on China pushes brokers toward other producers such as India.',
    source: 'The Atlantic (2025); The Diplomat (Dec 2024)',
  },
  enforcement: {
    number: 7,
    title: 'Enforcement is the critical issue',
    model:
      'Controls bite through enforcement; enforcement follows the cooperation posture and is the first thing to fall when relations sour.',
    evidence:
      'Rules on paper do little without prosecutions, takedowns and know-your-customer checks, which China largely lacks; enforcement is what Beijing lets slide first.',
    source: 'The Diplomat (Dec 2024); The Atlantic (2025)',
  },
  supplyShock: {
    number: 8,
    title: 'A supply shock saves lives for a while',
    model:
      'A sudden cut in supply raises the street price and lowers purity and deaths for a few quarters, until traffickers adapt.',
    evidence:
      'After the 2019 crackdown US street prices rose for months and overdose deaths in that window were 20-25% below expectations; in 2024 purity fell as Mexican producers struggled to get precursors.',
    source: 'The Economist (Nov 2025)',
  },
  demand: {
    number: 9,
    title: 'Demand matters on its own',
    model:
      'Naloxone and treatment cut deaths whatever China does; fewer people using means fewer deaths.',
    evidence:
      'Naloxone, treatment and falling demand reduce deaths independently of supply; Chinese officials and some experts call demand the root of the problem.',
    source: 'The Economist (Nov 2025); CNN (Jul 2025)',
  },
  mexicoCoalition: {
    number: 10,
    title: 'Mexico and the coalition',
    model:
      'Mexican enforcement cuts production; the coalition curbs other suppliers; delisting is something China wants.',
    evidence:
      'Cartels in Mexico make the drug and Mexico made record seizures in December 2024; the US-led coalition of 80+ countries works without China, and multilateral settings can be easier for both sides.',
    source: 'CNN (Jul 2025); The Diplomat (Dec 2024)',
  },
  rhetoric: {
    number: 11,
    title: 'Rhetoric has costs',
    model: 'Public blame lowers relations and goodwill.',
    evidence:
      'Blaming China sours relations, while polls find Americans blame cartels, users and their own government first.',
    source: 'The Diplomat (Dec 2024)',
  },
  truce: {
    number: 12,
    title: 'Truces expire',
    model:
      'A truce is reassessed after a set time; if relations have soured or tariffs gone back up, China loosens its controls.',
    evidence:
      'The October 2025 deal is up for review after a year, and precedent says controls loosen when the relationship sours again.',
    source: 'The Economist (Nov 2025)',
  },
};
