/** The glossary (`teaching.glossary.<id>.*`): each term, the other names the screens give it (`aka`, split by |) and its explanation. */
export const GLOSSARY_WORDS = {
  'teaching.glossary.pc.term': 'Political capital (PC)',
  'teaching.glossary.pc.aka': 'PC|political capital',
  'teaching.glossary.pc.text':
    'The budget each government spends on moves in a quarter; every card shows its cost in PC. What is left over is not saved for later.',
  'teaching.glossary.quarter.term': 'Quarter',
  'teaching.glossary.quarter.aka': 'turn',
  'teaching.glossary.quarter.text':
    'One turn of the game: three months. Both sides choose their moves, then the world answers.',
  'teaching.glossary.precursor.term': 'Precursor',
  'teaching.glossary.precursor.aka': 'precursors',
  'teaching.glossary.precursor.text':
    'A chemical that traffickers turn into fentanyl. Many are also used legally by industry, which makes them hard to control.',
  'teaching.glossary.precursorFlow.term': 'Precursor flow from China',
  'teaching.glossary.precursorFlow.aka': 'flow from China',
  'teaching.glossary.precursorFlow.text':
    'How much of the chemicals needed for fentanyl leaves China, as an index: 100 means nothing is controlled.',
  'teaching.glossary.otherProducers.term': 'Other producers',
  'teaching.glossary.otherProducers.aka':
    'alt supply|precursors from elsewhere|flow from elsewhere|new supplier abroad',
  'teaching.glossary.otherProducers.text':
    'Chemicals from countries other than China, such as India. When China squeezes its exports for long, brokers turn to them.',
  'teaching.glossary.scheduling.term': 'Scheduling',
  'teaching.glossary.scheduling.aka': 'schedule precursors|schedule',
  'teaching.glossary.scheduling.text':
    'Putting a named chemical under legal control. It cuts the flow from the next quarter, but traffickers soon switch to a chemical that is not yet listed.',
  'teaching.glossary.analog.term': 'Analog',
  'teaching.glossary.analog.aka': 'new analog',
  'teaching.glossary.analog.text':
    'A chemical close enough to a controlled one to do the same job, but not itself on the list.',
  'teaching.glossary.classControl.term': 'Class control',
  'teaching.glossary.classControl.aka': 'control a whole class|class-wide control',
  'teaching.glossary.classControl.text':
    'Controlling a whole family of related substances at once, analogs included. It wears off far more slowly than scheduling chemicals one at a time.',
  'teaching.glossary.nitazenes.term': 'Nitazenes',
  'teaching.glossary.nitazenes.aka': 'nitazene class',
  'teaching.glossary.nitazenes.text':
    'Another family of synthetic opioids, some stronger than fentanyl. China can control them as a class.',
  'teaching.glossary.exportLicensing.term': 'Export licensing',
  'teaching.glossary.exportLicensing.aka': 'license exports',
  'teaching.glossary.exportLicensing.text':
    'Requiring a licence before listed chemicals can be shipped abroad. A costly step for China, and one of the controls a truce can let lapse.',
  'teaching.glossary.kyc.term': 'KYC (know your customer)',
  'teaching.glossary.kyc.aka': 'KYC|know-your-customer|require KYC checks',
  'teaching.glossary.kyc.text':
    'Checks that a chemical seller must make on who is buying and why. Costly for China to require, and hard for traffickers to get around.',
  'teaching.glossary.enforcement.term': 'Enforcement',
  'teaching.glossary.enforcement.aka': 'enforce|let enforcement slide|China’s enforcement',
  'teaching.glossary.enforcement.text':
    'How hard China actually applies the rules it has on paper: inspections, prosecutions, takedowns. It follows China’s posture and goodwill, and is the first thing to slip when relations sour.',
  'teaching.glossary.posture.term': 'Posture',
  'teaching.glossary.posture.aka': 'cooperation',
  'teaching.glossary.posture.text':
    'How far China is cooperating on fentanyl, in four steps: suspended, talks, working group, enforcing.',
  'teaching.glossary.suspended.term': 'Suspended',
  'teaching.glossary.suspended.aka': 'suspend cooperation|walk-out',
  'teaching.glossary.suspended.text':
    'China has stopped drug-control cooperation. Only a summit or a concession brings it back to talks.',
  'teaching.glossary.talks.term': 'Talks',
  'teaching.glossary.talks.text': 'The two sides are talking, but China is taking few real steps.',
  'teaching.glossary.workingGroup.term': 'Working group',
  'teaching.glossary.workingGroup.text':
    'Officials of both sides meet regularly on counternarcotics. China reaches it once goodwill is high enough and relations are not too cold.',
  'teaching.glossary.enforcing.term': 'Enforcing',
  'teaching.glossary.enforcing.text':
    'The highest level of cooperation: China is actively enforcing its controls. It needs high goodwill, fair relations and enforcement already under way.',
  'teaching.glossary.resume.term': 'Resume cooperation',
  'teaching.glossary.resume.text': 'China ends a suspension and comes back to talks.',
  'teaching.glossary.goodwill.term': 'Goodwill',
  'teaching.glossary.goodwill.text':
    'How far China feels its steps were recognized, from 0 to 100. It fades toward 25 if nobody tends it, and holds cooperation up.',
  'teaching.glossary.relations.term': 'Relations',
  'teaching.glossary.relations.text':
    'The temperature of the whole US–China relationship, from -100 to 100. It drifts back toward where the era sits.',
  'teaching.glossary.credit.term': 'Credit',
  'teaching.glossary.credit.aka': 'give public credit|withhold credit',
  'teaching.glossary.credit.text':
    'Washington publicly recognizing China’s steps. Credit raises goodwill; a step left unrecognized costs goodwill and becomes a chip.',
  'teaching.glossary.chips.term': 'Chips',
  'teaching.glossary.chips.aka': 'chip',
  'teaching.glossary.chips.text':
    'Steps China took that went unrecognized, which it can offer again as if new. Only China sees its chips.',
  'teaching.glossary.reannounce.term': 'Re-announce an old step',
  'teaching.glossary.reannounce.aka': 're-announce|reannounce',
  'teaching.glossary.reannounce.text':
    'China presents a step it already took as a new one, spending a chip. It costs China little.',
  'teaching.glossary.consensus.term': 'Announce a consensus',
  'teaching.glossary.consensus.aka': 'consensus',
  'teaching.glossary.consensus.text':
    'A joint statement that both sides agree on something. Cheap for China: words, not controls.',
  'teaching.glossary.concession.term': 'Concession',
  'teaching.glossary.concession.aka':
    'demand a concession|demand tariff relief|demand sanctions lifted|demand delisting|price|relief',
  'teaching.glossary.concession.text':
    'Something Washington gives China: tariff relief, lifting sanctions, or delisting. China names its price and pays with costly steps once it gets it.',
  'teaching.glossary.tariff.term': 'Tariff',
  'teaching.glossary.tariff.aka': 'fentanyl tariff|raise tariff|cut tariff',
  'teaching.glossary.tariff.text':
    'A tax on imports from China tied to fentanyl. It presses China’s economy but costs relations and costs the US economy each quarter it stays.',
  'teaching.glossary.economicPressure.term': 'Economic pressure',
  'teaching.glossary.economicPressure.text':
    'How much China needs trade relief. Pressure with a believable path to relief can bring China back; pressure without one hardens it.',
  'teaching.glossary.sanctions.term': 'Sanctions',
  'teaching.glossary.sanctions.aka': 'sanction|lift sanctions|chemical firms',
  'teaching.glossary.sanctions.text':
    'US penalties on named Chinese bodies, here the forensic-science institute or chemical firms. Imposing them provokes China; lifting them is a concession.',
  'teaching.glossary.forensicInstitute.term': 'Forensic-science institute',
  'teaching.glossary.forensicInstitute.aka': 'forensic institute|Xinjiang sanctions',
  'teaching.glossary.forensicInstitute.text':
    'China’s national drug-testing laboratory. The US sanctioned it in 2020 over Xinjiang, which set back cooperation until 2023.',
  'teaching.glossary.majorProducerList.term': 'Major-producer list',
  'teaching.glossary.majorProducerList.aka':
    'list China as a drug producer|take China off the list|delisting|major drug producer',
  'teaching.glossary.majorProducerList.text':
    'A US list of countries named as major sources of illegal drugs. Being listed is public blame that costs relations; China wants to be taken off.',
  'teaching.glossary.intelligence.term': 'Share intelligence',
  'teaching.glossary.intelligence.text':
    'The US passes China leads on traffickers, which helps China enforce.',
  'teaching.glossary.pressMexico.term': 'Press Mexico',
  'teaching.glossary.pressMexico.text':
    'The US pushes Mexico to act against the cartels that make fentanyl, which cuts production there.',
  'teaching.glossary.seizures.term': 'Record seizures in Mexico',
  'teaching.glossary.seizures.aka': 'seizures|supply shock',
  'teaching.glossary.seizures.text':
    'A sudden haul of labs and chemicals. It shocks supply: prices rise and deaths fall for a few quarters, until traffickers adapt.',
  'teaching.glossary.coalition.term': 'Coalition',
  'teaching.glossary.coalition.aka': 'build the coalition',
  'teaching.glossary.coalition.text':
    'The US-led group of more than 80 countries working against synthetic drugs without China. It curbs other producers.',
  'teaching.glossary.naloxone.term': 'Naloxone',
  'teaching.glossary.naloxone.aka':
    'fund naloxone and treatment|naloxone over the counter|treatment',
  'teaching.glossary.naloxone.text':
    'A medicine that reverses an opioid overdose. With treatment for addiction, it cuts deaths whatever China does.',
  'teaching.glossary.pandemic.term': 'Pandemic',
  'teaching.glossary.pandemic.text':
    'A world event that isolates people who use drugs and disrupts treatment, so deaths rise.',
  'teaching.glossary.taiwanVisit.term': 'Taiwan visit',
  'teaching.glossary.taiwanVisit.text':
    'A senior US politician visits Taipei. Beijing answers by cutting channels, drug control among them.',
  'teaching.glossary.purity.term': 'Purity',
  'teaching.glossary.purity.text':
    'How much fentanyl is in what is sold on the street, in percent. It falls when supply is short.',
  'teaching.glossary.streetPrice.term': 'Street price',
  'teaching.glossary.streetPrice.text':
    'What fentanyl costs on US streets, as an index. A higher price deters new users.',
  'teaching.glossary.deaths.term': 'Deaths this quarter',
  'teaching.glossary.deaths.aka': 'deaths',
  'teaching.glossary.deaths.text':
    'Synthetic-opioid overdose deaths in the United States in the quarter just played.',
  'teaching.glossary.deaths12m.term': '12-month deaths',
  'teaching.glossary.deaths12m.aka': 'deaths, last 12 months|deaths (12 mo)',
  'teaching.glossary.deaths12m.text':
    'Deaths over the last four quarters added together: the number usually quoted in the news.',
  'teaching.glossary.truce.term': 'Truce',
  'teaching.glossary.truce.aka': 'truce review|truce renewed|truce lapsed',
  'teaching.glossary.truce.text':
    'A deal reviewed after a set time. If relations have soured or tariffs gone back up by then, China lets its controls lapse.',
  'teaching.glossary.summit.term': 'Summit',
  'teaching.glossary.summit.aka': 'propose a summit|attend the summit',
  'teaching.glossary.summit.text':
    'A meeting of the two presidents. One side proposes, the other attends the next quarter; held, it warms relations and can end a walk-out.',
  'teaching.glossary.offer.term': 'Offer',
  'teaching.glossary.offer.aka': 'make an offer|decline the offer',
  'teaching.glossary.offer.text':
    'Up to three moves one side will play for up to three it asks of the other, within one to three quarters. The other side answers the next quarter.',
  'teaching.glossary.deal.term': 'Deal',
  'teaching.glossary.deal.aka': 'accept the offer|kept',
  'teaching.glossary.deal.text':
    'An accepted offer. Each side must then carry out its part with its own moves; a deal kept raises both sides’ credibility.',
  'teaching.glossary.breach.term': 'Breach',
  'teaching.glossary.breach.aka': 'breached',
  'teaching.glossary.breach.text':
    'Failing to do your part of a deal in time, or reversing a measure within two quarters of changing it. It costs credibility.',
  'teaching.glossary.credibility.term': 'Credibility',
  'teaching.glossary.credibility.text':
    'How far a side’s word is believed. A breach costs it 25; it recovers slowly, and a believed Washington can offer a path to relief.',
  'teaching.glossary.score.term': 'Score',
  'teaching.glossary.score.text':
    'Each side is scored on its own interests against the same world with no moves. 0 is what doing nothing gets; one US point is about 1,000 lives.',
  'teaching.glossary.livesSaved.term': 'Lives saved',
  'teaching.glossary.livesSaved.text':
    'How many fewer people died in your game than in the same world with no moves by either side.',
  'teaching.glossary.noMovesWorld.term': 'No-moves world',
  'teaching.glossary.noMovesWorld.aka': 'no moves by either side',
  'teaching.glossary.noMovesWorld.text':
    'The same scenario, with the same luck, played with neither side moving. Lives saved and scores are measured against it.',
  'teaching.glossary.seed.term': 'Seed',
  'teaching.glossary.seed.text':
    'The number that fixes the game’s luck. The same scenario, seed and moves always play out the same way.',
  'teaching.glossary.replayCode.term': 'Replay code',
  'teaching.glossary.replayCode.aka': 'class code',
  'teaching.glossary.replayCode.text':
    'A short text that holds a whole game (or, as a class code, a class’s world), so it can be shared, replayed and compared.',
  'teaching.glossary.why.term': 'Why?',
  'teaching.glossary.why.text':
    'On the report, shows which rules of the model moved each number and by how much.',
} as const;
