import type { RuleId } from './vocabulary';

/** Questions for a class debrief, one set per rule: asked when a group's game triggered the rule. */
export const DISCUSSION: Record<RuleId, string[]> = {
  relationship: [
    'Cooperation on fentanyl stopped over something unrelated to fentanyl. Could either side have kept the issues apart?',
    'What did it take to bring China back to the table, and who paid for it?',
  ],
  leverage: [
    'What did China ask for before it took costly steps? Was the price worth paying?',
    'Which of China’s steps were cheap talk and which cost it something? How could you tell at the time?',
  ],
  credit: [
    'When did your side give or withhold public credit, and how did cooperation respond?',
    'Why might a government refuse to give credit even when steps are real?',
  ],
  tariffs: [
    'Did the tariff add leverage, cost cooperation, or both? Who bore its cost?',
    'What would a credible path to relief have looked like?',
  ],
  scheduling: [
    'How long did new controls cut the flow before traffickers worked around them?',
    'Why does a class-wide control last longer than scheduling chemicals one by one?',
  ],
  displacement: [
    'As China tightened, where did the supply come from instead?',
    'What would it take to stop displacement to other producers?',
  ],
  enforcement: [
    'Which controls were enforced and which stayed on paper? What made the difference?',
    'When relations soured, what slipped first?',
  ],
  supplyShock: [
    'A supply shock saved lives for a few quarters. Why did the effect fade?',
    'Should policy aim for shocks, or for something that lasts?',
  ],
  demand: [
    'How much did naloxone and treatment change the death toll compared with moves aimed at China?',
    'Chinese officials call demand the root of the problem. How far does your game bear that out?',
  ],
  mexicoCoalition: [
    'What did working with Mexico or the coalition achieve that bargaining with Beijing did not?',
  ],
  rhetoric: [
    'Public blame cost relations and goodwill. What did it buy at home, and was it worth it?',
  ],
  truce: [
    'Did the truce survive its review? What decided it?',
    'What could either side have done to make the truce last?',
  ],
};
