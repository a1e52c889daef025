/** The questionnaire of each built-in scenario and its learning objectives (`teaching.<scenario>.*`): questions and options by number and letter, as printed. */
export const TEACHING_WORDS = {
  'teaching.truce-2026.objective.review':
    'Say what decides whether a truce survives its review, and what Beijing does when it does not.',
  'teaching.truce-2026.objective.credit':
    'Explain how public credit keeps China’s cooperation and enforcement up, and what silence costs.',
  'teaching.truce-2026.objective.tariff':
    'Weigh what a tariff adds as leverage against what it costs in relations and at home.',
  'teaching.truce-2026.objective.demand':
    'Compare the lives saved by naloxone, treatment and Mexico with those saved by bargaining with Beijing.',
  'teaching.truce-2026.question.1.prompt':
    'The truce is reviewed after four quarters. Which US move makes it most likely to lapse?',
  'teaching.truce-2026.question.1.option.a': 'Funding naloxone and treatment',
  'teaching.truce-2026.question.1.option.b': 'Raising the fentanyl tariff again',
  'teaching.truce-2026.question.1.option.c': 'Giving public credit for China’s steps',
  'teaching.truce-2026.question.1.option.d': 'Pressing Mexico',
  'teaching.truce-2026.question.2.prompt': 'If the truce lapses, what happens first in the model?',
  'teaching.truce-2026.question.2.option.a': 'China lists the US as a drug producer',
  'teaching.truce-2026.question.2.option.b': 'Export licensing lapses and enforcement drops',
  'teaching.truce-2026.question.2.option.c': 'Deaths fall for a few quarters',
  'teaching.truce-2026.question.2.option.d': 'Nothing: controls on paper stay as they were',
  'teaching.truce-2026.question.3.prompt':
    'China takes a costly step and Washington says nothing. What follows?',
  'teaching.truce-2026.question.3.option.a':
    'Goodwill falls and the step returns to China as a chip it can offer again',
  'teaching.truce-2026.question.3.option.b': 'Nothing changes',
  'teaching.truce-2026.question.3.option.c': 'China’s enforcement rises',
  'teaching.truce-2026.question.3.option.d': 'Relations improve',
  'teaching.truce-2026.question.4.prompt': 'Who bears the cost of a fentanyl tariff kept in force?',
  'teaching.truce-2026.question.4.option.a': 'Only China',
  'teaching.truce-2026.question.4.option.b': 'Only Mexico',
  'teaching.truce-2026.question.4.option.c':
    'Both: China’s economy is pressed, the US economy pays each quarter and relations cool',
  'teaching.truce-2026.question.4.option.d': 'Nobody: it is a signal only',
  'teaching.truce-2026.question.5.prompt': 'Which move cuts deaths whatever China does?',
  'teaching.truce-2026.question.5.option.a': 'Withholding credit',
  'teaching.truce-2026.question.5.option.b': 'Listing China as a major drug producer',
  'teaching.truce-2026.question.5.option.c': 'Raising the tariff',
  'teaching.truce-2026.question.5.option.d': 'Funding naloxone and treatment',
  'teaching.truce-2026.open':
    'Your truce came up for review. What did your side do in the year before it, and would you do it again? Give one reason from the game.',
  'teaching.pelosi-2022.objective.walkout':
    'Explain how an event that has nothing to do with fentanyl halted cooperation, and what brings it back.',
  'teaching.pelosi-2022.objective.price':
    'Recognize the price China names, and tell its cheap steps from its costly ones.',
  'teaching.pelosi-2022.objective.pressure':
    'Judge a pressure strategy: pressure with no believable path to relief hardens Beijing and moves supply elsewhere.',
  'teaching.pelosi-2022.objective.wait':
    'Measure what the wait costs in deaths, and what Washington can do without Beijing meanwhile.',
  'teaching.pelosi-2022.question.1.prompt':
    'After the Taiwan visit China suspends cooperation. In the model, what can end the suspension?',
  'teaching.pelosi-2022.question.1.option.a': 'Waiting a few quarters',
  'teaching.pelosi-2022.question.1.option.b':
    'A summit, or a concession while relations are not too bad',
  'teaching.pelosi-2022.question.1.option.c': 'Raising the tariff',
  'teaching.pelosi-2022.question.1.option.d': 'Sanctioning chemical firms',
  'teaching.pelosi-2022.question.2.prompt':
    'Which of these Chinese steps is cheap talk rather than a costly step?',
  'teaching.pelosi-2022.question.2.option.a': 'Requiring know-your-customer checks',
  'teaching.pelosi-2022.question.2.option.b': 'Licensing exports',
  'teaching.pelosi-2022.question.2.option.c': 'Announcing a consensus',
  'teaching.pelosi-2022.question.2.option.d': 'Enforcing at a higher level',
  'teaching.pelosi-2022.question.3.prompt':
    'China names a price, such as lifting the sanctions on its forensic-science institute. What usually follows once it is paid?',
  'teaching.pelosi-2022.question.3.option.a': 'Costly steps within a quarter or two',
  'teaching.pelosi-2022.question.3.option.b': 'Nothing: China pockets it',
  'teaching.pelosi-2022.question.3.option.c': 'A Taiwan visit',
  'teaching.pelosi-2022.question.3.option.d': 'The tariff rises',
  'teaching.pelosi-2022.question.4.prompt':
    'Washington presses hard but offers no believable route to relief. What does the model predict?',
  'teaching.pelosi-2022.question.4.option.a': 'China gives in within a quarter',
  'teaching.pelosi-2022.question.4.option.b':
    'Beijing hardens, and brokers turn to other producers',
  'teaching.pelosi-2022.question.4.option.c': 'Deaths fall sharply and stay down',
  'teaching.pelosi-2022.question.4.option.d': 'Relations improve',
  'teaching.pelosi-2022.question.5.prompt':
    'While China is suspended, which US move still saves lives?',
  'teaching.pelosi-2022.question.5.option.a': 'Withholding credit',
  'teaching.pelosi-2022.question.5.option.b': 'Pressing Mexico or funding naloxone and treatment',
  'teaching.pelosi-2022.question.5.option.c': 'Listing China as a drug producer',
  'teaching.pelosi-2022.question.5.option.d': 'None: nothing works without China',
  'teaching.pelosi-2022.open':
    'How long was cooperation suspended in your game, and what did the wait cost? What would you have done differently in the first two quarters?',
  'teaching.sandbox.objective.controls':
    'Explain why scheduling chemicals one by one fades, and why a class control lasts.',
  'teaching.sandbox.objective.ceiling':
    'Show why a strategy aimed only at China has a ceiling: other producers fill the gap.',
  'teaching.sandbox.objective.shock':
    'Describe how a supply shock raises the street price and cuts deaths for a while, and why the effect fades.',
  'teaching.sandbox.objective.words':
    'Weigh what public blame and public credit do to relations and goodwill.',
  'teaching.sandbox.question.1.prompt':
    'China schedules one more precursor chemical. What happens to its effect over time?',
  'teaching.sandbox.question.1.option.a': 'It grows every quarter',
  'teaching.sandbox.question.1.option.b':
    'It bites from the next quarter, then traffickers work around it',
  'teaching.sandbox.question.1.option.c': 'It has no effect at all',
  'teaching.sandbox.question.1.option.d': 'It stops other countries’ supply',
  'teaching.sandbox.question.2.prompt':
    'Why does a class-wide control last longer than scheduling chemicals one at a time?',
  'teaching.sandbox.question.2.option.a':
    'It covers the related analogs too, so traffickers have less to switch to',
  'teaching.sandbox.question.2.option.b': 'It is cheaper',
  'teaching.sandbox.question.2.option.c': 'The US pays for it',
  'teaching.sandbox.question.2.option.d': 'It ends all cooperation',
  'teaching.sandbox.question.3.prompt':
    'China squeezes its precursor exports hard for several years. Where does supply come from?',
  'teaching.sandbox.question.3.option.a': 'Nowhere: the market dries up',
  'teaching.sandbox.question.3.option.b': 'Increasingly from other producers abroad',
  'teaching.sandbox.question.3.option.c': 'Only from the United States',
  'teaching.sandbox.question.3.option.d': 'From naloxone',
  'teaching.sandbox.question.4.prompt': 'Record seizures cut supply. What happens to deaths?',
  'teaching.sandbox.question.4.option.a': 'They fall for a few quarters, then the effect fades',
  'teaching.sandbox.question.4.option.b': 'They fall for good',
  'teaching.sandbox.question.4.option.c': 'They rise at once',
  'teaching.sandbox.question.4.option.d': 'Nothing happens',
  'teaching.sandbox.question.5.prompt':
    'Washington lists China as a major drug producer. What does the model say it costs?',
  'teaching.sandbox.question.5.option.a': 'Nothing',
  'teaching.sandbox.question.5.option.b': 'Relations and goodwill',
  'teaching.sandbox.question.5.option.c': 'Only money',
  'teaching.sandbox.question.5.option.d': 'The coalition',
  'teaching.sandbox.open':
    'Which of your moves saved the most lives, and how do you know? Use the report’s “why?” to support your answer.',
  'teaching.history-2018.objective.arc':
    'Trace how cooperation rose and fell with the whole relationship between 2018 and 2025.',
  'teaching.history-2018.objective.classControl':
    'Explain why the 2019 class-wide control mattered more than scheduling chemicals one by one.',
  'teaching.history-2018.objective.fall':
    'Account for the fall in deaths after 2023 with more than one cause.',
  'teaching.history-2018.objective.deal':
    'Explain the 2025 bargain: tariff relief traded for export licensing, and a truce up for review.',
  'teaching.history-2018.objective.model':
    'Compare the model’s game with what really happened, and say where a model like this can and cannot help.',
  'teaching.history-2018.question.1.prompt':
    'What did China do in 2019 that all but ended shipments of finished fentanyl?',
  'teaching.history-2018.question.1.option.a': 'Licensed exports to North America',
  'teaching.history-2018.question.1.option.b':
    'Controlled all fentanyl-related substances as a class',
  'teaching.history-2018.question.1.option.c': 'Joined the global coalition',
  'teaching.history-2018.question.1.option.d': 'Lifted its tariffs',
  'teaching.history-2018.question.2.prompt': 'What brought China back to cooperation in late 2023?',
  'teaching.history-2018.question.2.option.a': 'A higher tariff',
  'teaching.history-2018.question.2.option.b':
    'The Woodside summit, where the institute sanctions were lifted',
  'teaching.history-2018.question.2.option.c': 'The Taiwan visit',
  'teaching.history-2018.question.2.option.d': 'Listing China as a drug producer',
  'teaching.history-2018.question.3.prompt':
    'Why did China cut off drug-control cooperation in August 2022?',
  'teaching.history-2018.question.3.option.a': 'Deaths had fallen',
  'teaching.history-2018.question.3.option.b': 'A senior US politician visited Taiwan',
  'teaching.history-2018.question.3.option.c': 'The US gave too much credit',
  'teaching.history-2018.question.3.option.d': 'Mexico asked it to',
  'teaching.history-2018.question.4.prompt':
    'Deaths fell from about 78,000 a year in 2023 to about 42,000 in 2025. In the model, which is the best explanation?',
  'teaching.history-2018.question.4.option.a': 'China’s cooperation alone',
  'teaching.history-2018.question.4.option.b':
    'Several causes together: enforcement in China, naloxone and treatment, pressure on Mexico, fewer users',
  'teaching.history-2018.question.4.option.c': 'Tariffs alone',
  'teaching.history-2018.question.4.option.d': 'Chance',
  'teaching.history-2018.question.5.prompt':
    'In October 2025 the US halved the fentanyl tariff. What did China do within days?',
  'teaching.history-2018.question.5.option.a': 'Nothing',
  'teaching.history-2018.question.5.option.b': 'Put 13 precursors under export licensing',
  'teaching.history-2018.question.5.option.c': 'Suspended cooperation',
  'teaching.history-2018.question.5.option.d': 'Raised its own tariffs on US chemicals',
  'teaching.history-2018.question.6.prompt':
    'As China’s controls tightened after 2019, what did the trade do?',
  'teaching.history-2018.question.6.option.a': 'Stopped',
  'teaching.history-2018.question.6.option.b':
    'Moved to precursors shipped to Mexico, and toward other producers',
  'teaching.history-2018.question.6.option.c': 'Moved to naloxone',
  'teaching.history-2018.question.6.option.d': 'Stayed exactly as it was',
  'teaching.history-2018.open':
    'Pick one year between 2018 and 2025. What did your game do differently from what really happened then, and what did it change?',
} as const;
