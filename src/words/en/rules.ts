/** The model's rules: title, what the model does, and the evidence, in our own words. */
export const RULE_WORDS = {
  'rule.relationship.title': 'Cooperation follows the whole relationship',
  'rule.relationship.model':
    'A provocation suspends cooperation within the quarter; it comes back only after a concession or a summit one side proposes and the other attends.',
  'rule.relationship.evidence':
    'China scaled cooperation back in 2020 after US sanctions on its forensic institute, cut it off after the August 2022 Taiwan visit, and restored it only after the November 2023 Woodside summit, where those sanctions were lifted.',
  'rule.leverage.title': 'Cooperation is leverage',
  'rule.leverage.model':
    'China offers cheap steps first and pays with costly ones only for a concession; deals on the table bind both, and reversing a measure within two quarters is a breach.',
  'rule.leverage.evidence':
    'Beijing holds cooperation back until it gets the right price. After the US cut the fentanyl tariff from 20% to 10% in October 2025, China put 13 precursors under export licensing within days.',
  'rule.credit.title': 'Credit sustains cooperation',
  'rule.credit.model':
    'Public credit raises goodwill, which holds cooperation up; a step left unrecognized costs goodwill and returns to China as a chip it can sell again.',
  'rule.credit.evidence':
    'Analysts warn that enforcement cooperation falters when Washington does not recognize Chinese steps; in 2025 the US gave no credit for earlier steps, so the same promises could be offered again.',
  'rule.tariffs.title': 'Tariffs cut both ways',
  'rule.tariffs.model':
    'A tariff raises China’s need for relief; with a credible path to relief that pressure brings it back to talks, without one it hardens Beijing. Raises cost relations and the US economy.',
  'rule.tariffs.evidence':
    'The 2025 fentanyl tariffs gave the US leverage over a slowing Chinese economy, yet Beijing called them blackmail and interrupted cooperation; relief became the price of new steps.',
  'rule.scheduling.title': 'Scheduling is cat and mouse',
  'rule.scheduling.model':
    'A scheduled chemical cuts China’s flow from the next quarter, then traffickers work around it; each chemical adds less; a class control lasts far longer.',
  'rule.scheduling.evidence':
    'Traffickers switch to unscheduled analogs among thousands of dual-use candidates, so chemical-by-chemical control trails behind; the 2019 class-wide control all but ended shipments of finished fentanyl.',
  'rule.displacement.title': 'Displacement',
  'rule.displacement.model':
    'Sustained pressure on China grows supply from other producers, so a China-only strategy has a ceiling.',
  'rule.displacement.evidence':
    'After 2019 the trade moved from finished fentanyl to precursors shipped to Mexico, and pressure on China pushes brokers toward other producers such as India.',
  'rule.enforcement.title': 'Enforcement is the critical issue',
  'rule.enforcement.model':
    'Controls bite through enforcement; enforcement follows the cooperation posture and is the first thing to fall when relations sour.',
  'rule.enforcement.evidence':
    'Rules on paper do little without prosecutions, takedowns and know-your-customer checks, which China largely lacks; enforcement is what Beijing lets slide first.',
  'rule.supplyShock.title': 'A supply shock saves lives for a while',
  'rule.supplyShock.model':
    'A sudden cut in supply raises the street price and lowers purity and deaths for a few quarters, until traffickers adapt.',
  'rule.supplyShock.evidence':
    'After the 2019 crackdown US street prices rose for months and overdose deaths in that window were 20-25% below expectations; in 2024 purity fell as Mexican producers struggled to get precursors.',
  'rule.demand.title': 'Demand matters on its own',
  'rule.demand.model':
    'Naloxone and treatment cut deaths whatever China does; fewer people using means fewer deaths.',
  'rule.demand.evidence':
    'Naloxone, treatment and falling demand reduce deaths independently of supply; Chinese officials and some experts call demand the root of the problem.',
  'rule.mexicoCoalition.title': 'Mexico and the coalition',
  'rule.mexicoCoalition.model':
    'Mexican enforcement cuts production; the coalition curbs other suppliers; delisting is something China wants.',
  'rule.mexicoCoalition.evidence':
    'Cartels in Mexico make the drug and Mexico made record seizures in December 2024; the US-led coalition of 80+ countries works without China, and multilateral settings can be easier for both sides.',
  'rule.rhetoric.title': 'Rhetoric has costs',
  'rule.rhetoric.model': 'Public blame lowers relations and goodwill.',
  'rule.rhetoric.evidence':
    'Blaming China sours relations, while polls find Americans blame cartels, users and their own government first.',
  'rule.truce.title': 'Truces expire',
  'rule.truce.model':
    'A truce is reassessed after a set time; if relations have soured or tariffs gone back up, China loosens its controls.',
  'rule.truce.evidence':
    'The October 2025 deal is up for review after a year, and precedent says controls loosen when the relationship sours again.',
} as const;
