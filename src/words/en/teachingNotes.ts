/** The teacher's notes of each built-in scenario (what usually happens, turning points) and the rubric (`teaching.rubric.*`). */
export const TEACHING_NOTES_WORDS = {
  'teaching.truce-2026.usually.1':
    'With no moves by either side, about 78,000 people die over the eight quarters. The computer’s reciprocal United States against its leverage China (the pairing a group meets by default) brings that to about 53,000 on average (47,500 to 57,800 for the middle 80% of seeds), and China spends about seven quarters in ten enforcing.',
  'teaching.truce-2026.usually.2':
    'The truce starts in good shape: a working group, licensing in force, the tariff at 10%. Groups lose it mostly by pressing: a hawkish United States gets about 80,000 deaths against the leverage China, worse than doing nothing, because a raised tariff sours relations, makes the review go badly and lets licensing lapse. A hardline China costs lives whatever Washington does (74,000 to 85,000).',
  'teaching.truce-2026.usually.3':
    'Credit and relief pay: the reciprocal United States, which recognizes steps and pays for costly ones, scores best against the leverage, cooperative and passive China. Against the hardline China only the dove ends with fewer deaths than the no-moves world.',
  'teaching.truce-2026.point.1.when': 'Quarters 1-2',
  'teaching.truce-2026.point.1.watch':
    'Whether the United States gives credit for the licensing already in force, or lets it pass in silence.',
  'teaching.truce-2026.point.1.ask.1':
    'What did silence cost in goodwill, and what did China do with the chip?',
  'teaching.truce-2026.point.2.when': 'Before the review (quarters 3-4)',
  'teaching.truce-2026.point.2.watch':
    'A tariff raise, sanctions or a listing in the quarters before the review.',
  'teaching.truce-2026.point.2.ask.1': 'Did the truce survive its review? What decided it?',
  'teaching.truce-2026.point.2.ask.2': 'What did each side expect the other to do at the review?',
  'teaching.truce-2026.point.3.when': 'A crisis, if you set one',
  'teaching.truce-2026.point.3.watch':
    'A Taiwan visit or new sanctions dropping cooperation a step or more.',
  'teaching.truce-2026.point.3.ask.1':
    'Could either side have kept fentanyl apart from the rest of the relationship?',
  'teaching.truce-2026.point.4.when': 'The debrief',
  'teaching.truce-2026.point.4.watch':
    'Lives saved against the no-moves world, beside how much came from naloxone, treatment and Mexico.',
  'teaching.truce-2026.point.4.ask.1': 'How much of what you saved needed Beijing at all?',
  'teaching.pelosi-2022.usually.1':
    'With no moves, about 206,000 people die over the ten quarters. The reciprocal United States against the leverage China brings that to about 147,000 (133,000 to 158,000 for the middle 80% of seeds); China spends a fifth of the quarters suspended and most of the rest only in talks.',
  'teaching.pelosi-2022.usually.2':
    'The Taiwan visit in the first quarter suspends cooperation, and waiting does not end it: only a summit or a concession does. The dovish United States, which pays the price early (relief, credit, summits), does best against the leverage China, about 127,000 deaths. The hawk gets about 195,000, close to doing nothing: pressure with no path to relief hardens Beijing and sends brokers to other producers.',
  'teaching.pelosi-2022.usually.3':
    'Against a hardline China no US personality brings deaths much below 187,000; what is saved there comes from naloxone, treatment and Mexico.',
  'teaching.pelosi-2022.point.1.when': 'Quarter 1: the Taiwan visit',
  'teaching.pelosi-2022.point.1.watch': 'Cooperation drops to suspended in the report.',
  'teaching.pelosi-2022.point.1.ask.1':
    'Cooperation on fentanyl stopped over something unrelated to fentanyl. Why would China link them?',
  'teaching.pelosi-2022.point.1.ask.2': 'What are your options now, and what does each cost?',
  'teaching.pelosi-2022.point.2.when': 'The first offer or demand',
  'teaching.pelosi-2022.point.2.watch':
    'China naming its price (often the institute sanctions) and whether Washington pays it.',
  'teaching.pelosi-2022.point.2.ask.1':
    'Was the price worth paying? What did China give in return, and how soon?',
  'teaching.pelosi-2022.point.3.when': 'The first summit proposed',
  'teaching.pelosi-2022.point.3.watch':
    'Whether the other side attends the next quarter, or lets it lapse.',
  'teaching.pelosi-2022.point.3.ask.1': 'What did the summit change, and what did it not?',
  'teaching.pelosi-2022.point.4.when': 'The debrief',
  'teaching.pelosi-2022.point.4.watch': 'Quarters spent suspended against the deaths chart.',
  'teaching.pelosi-2022.point.4.ask.1':
    'How many lives did the wait cost, and who could have shortened it?',
  'teaching.sandbox.usually.1':
    'With no moves, about 114,000 people die over the twelve quarters. The reciprocal United States against the leverage China brings that to about 66,000 (59,000 to 72,000 for the middle 80% of seeds), with China enforcing about two quarters in three.',
  'teaching.sandbox.usually.2':
    'The sandbox has no script, so it shows the slow rules: chemicals scheduled one by one stop biting after a few quarters, other producers grow while China squeezes, and seizures help only for a while. A hawk gets about 110,000 deaths against the leverage China; a hardline China leaves 100,000 or more whatever Washington does.',
  'teaching.sandbox.usually.3':
    'The best pairing is a reciprocal United States with a cooperative China, about 59,000: steps recognized, relief paid for costly steps, and demand funded alongside.',
  'teaching.sandbox.point.1.when': 'The first precursors scheduled',
  'teaching.sandbox.point.1.watch':
    'The flow from China falling the next quarter, then creeping back.',
  'teaching.sandbox.point.1.ask.1':
    'How long did new controls cut the flow before traffickers worked around them?',
  'teaching.sandbox.point.2.when': 'A few quarters of squeeze',
  'teaching.sandbox.point.2.watch': 'Flow from elsewhere rising in the report.',
  'teaching.sandbox.point.2.ask.1': 'As China tightened, where did the supply come from instead?',
  'teaching.sandbox.point.3.when': 'Seizures or a new analog',
  'teaching.sandbox.point.3.watch':
    'Street price and purity jumping, deaths dipping, then recovering.',
  'teaching.sandbox.point.3.ask.1':
    'Why did the effect fade? Should policy aim for shocks or for something that lasts?',
  'teaching.sandbox.point.4.when': 'A listing or public blame',
  'teaching.sandbox.point.4.watch': 'Relations and goodwill falling in the same quarter.',
  'teaching.sandbox.point.4.ask.1': 'What did blame buy at home, and was it worth it?',
  'teaching.history-2018.usually.1':
    'With no moves, about 536,000 people die over the 29 quarters from 2018 to 2025. The reciprocal United States against the leverage China brings that to about 178,000 (165,000 to 188,000 for the middle 80% of seeds), with China enforcing four quarters in five. The scripted events (the institute sanctions and the pandemic in 2020, the Taiwan visit in 2022, the Woodside summit in 2023) strike every game.',
  'teaching.history-2018.usually.2':
    'A hawkish United States gets about 523,000 deaths against the leverage China, barely better than doing nothing; a passive United States against a cooperative China about 284,000. The long game rewards a relationship kept warm: credit, relief paid for costly steps, and naloxone and treatment, whose gains compound over seven years.',
  'teaching.history-2018.usually.3':
    'Watching what really happened (the recorded moves) lets the class set its own game beside the record: the peak near 78,000 deaths a year in 2023 and about 42,000 by 2025.',
  'teaching.history-2018.point.1.when': '2019: the class control',
  'teaching.history-2018.point.1.watch':
    'Whether China controls the fentanyl class, and what the flow and deaths do after it.',
  'teaching.history-2018.point.1.ask.1':
    'Why does a class-wide control last longer than scheduling chemicals one by one?',
  'teaching.history-2018.point.2.when': '2020: sanctions and the pandemic',
  'teaching.history-2018.point.2.watch':
    'Cooperation stepping down after the institute sanctions; deaths rising with the pandemic.',
  'teaching.history-2018.point.2.ask.1':
    'Which of the two did more harm in your game, and how can you tell?',
  'teaching.history-2018.point.3.when': '2022-2023: the walk-out and Woodside',
  'teaching.history-2018.point.3.watch':
    'Suspension after the Taiwan visit, and the way back at the summit.',
  'teaching.history-2018.point.3.ask.1':
    'What did it take to bring China back, and who paid for it?',
  'teaching.history-2018.point.4.when': '2025: tariffs and the truce',
  'teaching.history-2018.point.4.watch':
    'The tariff raised and then halved, and licensing traded for it.',
  'teaching.history-2018.point.4.ask.1': 'Did the tariff add leverage, cost cooperation, or both?',
  'teaching.rubric.level.beginning': 'Beginning',
  'teaching.rubric.level.developing': 'Developing',
  'teaching.rubric.level.secure': 'Secure',
  'teaching.rubric.evidence.criterion': 'Uses evidence from the game',
  'teaching.rubric.evidence.beginning': 'Says what happened in general terms.',
  'teaching.rubric.evidence.developing':
    'Quotes a number or a quarter from the report or the debrief.',
  'teaching.rubric.evidence.secure':
    'Ties several numbers together over time (a move, what followed, how long it lasted).',
  'teaching.rubric.why.criterion': 'Explains why, with the model’s rules',
  'teaching.rubric.why.beginning': 'Describes moves without causes.',
  'teaching.rubric.why.developing': 'Names one rule behind what happened.',
  'teaching.rubric.why.secure':
    'Explains a chain of causes, including one that worked against their side.',
  'teaching.rubric.otherSide.criterion': 'Sees the other side',
  'teaching.rubric.otherSide.beginning': 'Treats the other side as an obstacle.',
  'teaching.rubric.otherSide.developing': 'Says what the other side wanted.',
  'teaching.rubric.otherSide.secure':
    'Explains the other side’s moves from its interests, red lines and fears.',
  'teaching.rubric.model.criterion': 'Judges the model',
  'teaching.rubric.model.beginning': 'Takes the game as the world.',
  'teaching.rubric.model.developing': 'Names one thing the model leaves out.',
  'teaching.rubric.model.secure':
    'Compares the game with what really happened and says what the difference means.',
} as const;
