/** Questions for a class debrief, by rule (`discuss.<rule>.<n>`), asked when a group's game met the rule. */
export const DISCUSSION_WORDS = {
  'discuss.relationship.1':
    'Cooperation on fentanyl stopped over something unrelated to fentanyl. Could either side have kept the issues apart?',
  'discuss.relationship.2':
    'What did it take to bring China back to the table, and who paid for it?',
  'discuss.leverage.1':
    'What did China ask for before it took costly steps? Was the price worth paying?',
  'discuss.leverage.2':
    'Which of China’s steps were cheap talk and which cost it something? How could you tell at the time?',
  'discuss.credit.1':
    'When did your side give or withhold public credit, and how did cooperation respond?',
  'discuss.credit.2': 'Why might a government refuse to give credit even when steps are real?',
  'discuss.tariffs.1': 'Did the tariff add leverage, cost cooperation, or both? Who bore its cost?',
  'discuss.tariffs.2': 'What would a credible path to relief have looked like?',
  'discuss.scheduling.1':
    'How long did new controls cut the flow before traffickers worked around them?',
  'discuss.scheduling.2':
    'Why does a class-wide control last longer than scheduling chemicals one by one?',
  'discuss.displacement.1': 'As China tightened, where did the supply come from instead?',
  'discuss.displacement.2': 'What would it take to stop displacement to other producers?',
  'discuss.enforcement.1':
    'Which controls were enforced and which stayed on paper? What made the difference?',
  'discuss.enforcement.2': 'When relations soured, what slipped first?',
  'discuss.supplyShock.1':
    'A supply shock saved lives for a few quarters. Why did the effect fade?',
  'discuss.supplyShock.2': 'Should policy aim for shocks, or for something that lasts?',
  'discuss.demand.1':
    'How much did naloxone and treatment change the death toll compared with moves aimed at China?',
  'discuss.demand.2':
    'Chinese officials call demand the root of the problem. How far does your game bear that out?',
  'discuss.mexicoCoalition.1':
    'What did working with Mexico or the coalition achieve that bargaining with Beijing did not?',
  'discuss.rhetoric.1':
    'Public blame cost relations and goodwill. What did it buy at home, and was it worth it?',
  'discuss.truce.1': 'Did the truce survive its review? What decided it?',
  'discuss.truce.2': 'What could either side have done to make the truce last?',
};
