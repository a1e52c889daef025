/**
 * Material for teachers, kept as data in one place: per built-in scenario, what students should
 * learn (each objective tied to rules of the model) and a short questionnaire for before and after
 * the game; and a glossary of every term a student meets on screen. Like the discussion questions,
 * the wording lives here; `src/view/teachingPrint.ts` lays it out, the docs are checked against it.
 */
import type { Indicator, MoveType, Posture, RuleId, WorldEvent } from './vocabulary';

export interface Objective {
  id: string;
  /** What a student should be able to do afterwards, in a sentence. */
  text: string;
  /** The rules of the model the objective rests on. */
  rules: RuleId[];
}

export interface Question {
  prompt: string;
  options: string[];
  /** The index of the best option. */
  answer: number;
  /** The objective it checks. */
  objective: string;
}

export interface Teaching {
  objectives: Objective[];
  /** Multiple choice, asked before the briefing and after the debrief; answers travel in codes. */
  questions: Question[];
  /** One open question, answered on paper: its text is never carried in a replay code. */
  open: string;
}

export const TEACHING_SCENARIOS = ['truce-2026', 'pelosi-2022', 'sandbox', 'history-2018'] as const;
export type TeachingScenario = (typeof TEACHING_SCENARIOS)[number];

export const TEACHING: Record<TeachingScenario, Teaching> = {
  'truce-2026': {
    objectives: [
      {
        id: 'review',
        text: 'Say what decides whether a truce survives its review, and what Beijing does when it does not.',
        rules: ['truce', 'tariffs'],
      },
      {
        id: 'credit',
        text: 'Explain how public credit keeps China’s cooperation and enforcement up, and what silence costs.',
        rules: ['credit', 'enforcement'],
      },
      {
        id: 'tariff',
        text: 'Weigh what a tariff adds as leverage against what it costs in relations and at home.',
        rules: ['tariffs', 'leverage'],
      },
      {
        id: 'demand',
        text: 'Compare the lives saved by naloxone, treatment and Mexico with those saved by bargaining with Beijing.',
        rules: ['demand', 'mexicoCoalition'],
      },
    ],
    questions: [
      {
        prompt:
          'The truce is reviewed after four quarters. Which US move makes it most likely to lapse?',
        options: [
          'Funding naloxone and treatment',
          'Raising the fentanyl tariff again',
          'Giving public credit for China’s steps',
          'Pressing Mexico',
        ],
        answer: 1,
        objective: 'review',
      },
      {
        prompt: 'If the truce lapses, what happens first in the model?',
        options: [
          'China lists the US as a drug producer',
          'Export licensing lapses and enforcement drops',
          'Deaths fall for a few quarters',
          'Nothing: controls on paper stay as they were',
        ],
        answer: 1,
        objective: 'review',
      },
      {
        prompt: 'China takes a costly step and Washington says nothing. What follows?',
        options: [
          'Goodwill falls and the step returns to China as a chip it can offer again',
          'Nothing changes',
          'China’s enforcement rises',
          'Relations improve',
        ],
        answer: 0,
        objective: 'credit',
      },
      {
        prompt: 'Who bears the cost of a fentanyl tariff kept in force?',
        options: [
          'Only China',
          'Only Mexico',
          'Both: China’s economy is pressed, the US economy pays each quarter and relations cool',
          'Nobody: it is a signal only',
        ],
        answer: 2,
        objective: 'tariff',
      },
      {
        prompt: 'Which move cuts deaths whatever China does?',
        options: [
          'Withholding credit',
          'Listing China as a major drug producer',
          'Raising the tariff',
          'Funding naloxone and treatment',
        ],
        answer: 3,
        objective: 'demand',
      },
    ],
    open: 'Your truce came up for review. What did your side do in the year before it, and would you do it again? Give one reason from the game.',
  },
  'pelosi-2022': {
    objectives: [
      {
        id: 'walkout',
        text: 'Explain how an event that has nothing to do with fentanyl halted cooperation, and what brings it back.',
        rules: ['relationship'],
      },
      {
        id: 'price',
        text: 'Recognize the price China names, and tell its cheap steps from its costly ones.',
        rules: ['leverage', 'enforcement'],
      },
      {
        id: 'pressure',
        text: 'Judge a pressure strategy: pressure with no believable path to relief hardens Beijing and moves supply elsewhere.',
        rules: ['tariffs', 'displacement'],
      },
      {
        id: 'wait',
        text: 'Measure what the wait costs in deaths, and what Washington can do without Beijing meanwhile.',
        rules: ['demand', 'mexicoCoalition'],
      },
    ],
    questions: [
      {
        prompt:
          'After the Taiwan visit China suspends cooperation. In the model, what can end the suspension?',
        options: [
          'Waiting a few quarters',
          'A summit, or a concession while relations are not too bad',
          'Raising the tariff',
          'Sanctioning chemical firms',
        ],
        answer: 1,
        objective: 'walkout',
      },
      {
        prompt: 'Which of these Chinese steps is cheap talk rather than a costly step?',
        options: [
          'Requiring know-your-customer checks',
          'Licensing exports',
          'Announcing a consensus',
          'Enforcing at a higher level',
        ],
        answer: 2,
        objective: 'price',
      },
      {
        prompt:
          'China names a price, such as lifting the sanctions on its forensic-science institute. What usually follows once it is paid?',
        options: [
          'Costly steps within a quarter or two',
          'Nothing: China pockets it',
          'A Taiwan visit',
          'The tariff rises',
        ],
        answer: 0,
        objective: 'price',
      },
      {
        prompt:
          'Washington presses hard but offers no believable route to relief. What does the model predict?',
        options: [
          'China gives in within a quarter',
          'Beijing hardens, and brokers turn to other producers',
          'Deaths fall sharply and stay down',
          'Relations improve',
        ],
        answer: 1,
        objective: 'pressure',
      },
      {
        prompt: 'While China is suspended, which US move still saves lives?',
        options: [
          'Withholding credit',
          'Pressing Mexico or funding naloxone and treatment',
          'Listing China as a drug producer',
          'None: nothing works without China',
        ],
        answer: 1,
        objective: 'wait',
      },
    ],
    open: 'How long was cooperation suspended in your game, and what did the wait cost? What would you have done differently in the first two quarters?',
  },
  sandbox: {
    objectives: [
      {
        id: 'controls',
        text: 'Explain why scheduling chemicals one by one fades, and why a class control lasts.',
        rules: ['scheduling', 'enforcement'],
      },
      {
        id: 'ceiling',
        text: 'Show why a strategy aimed only at China has a ceiling: other producers fill the gap.',
        rules: ['displacement', 'mexicoCoalition'],
      },
      {
        id: 'shock',
        text: 'Describe how a supply shock raises the street price and cuts deaths for a while, and why the effect fades.',
        rules: ['supplyShock'],
      },
      {
        id: 'words',
        text: 'Weigh what public blame and public credit do to relations and goodwill.',
        rules: ['rhetoric', 'credit', 'relationship'],
      },
    ],
    questions: [
      {
        prompt:
          'China schedules one more precursor chemical. What happens to its effect over time?',
        options: [
          'It grows every quarter',
          'It bites from the next quarter, then traffickers work around it',
          'It has no effect at all',
          'It stops other countries’ supply',
        ],
        answer: 1,
        objective: 'controls',
      },
      {
        prompt:
          'Why does a class-wide control last longer than scheduling chemicals one at a time?',
        options: [
          'It covers the related analogs too, so traffickers have less to switch to',
          'It is cheaper',
          'The US pays for it',
          'It ends all cooperation',
        ],
        answer: 0,
        objective: 'controls',
      },
      {
        prompt:
          'China squeezes its precursor exports hard for several years. Where does supply come from?',
        options: [
          'Nowhere: the market dries up',
          'Increasingly from other producers abroad',
          'Only from the United States',
          'From naloxone',
        ],
        answer: 1,
        objective: 'ceiling',
      },
      {
        prompt: 'Record seizures cut supply. What happens to deaths?',
        options: [
          'They fall for a few quarters, then the effect fades',
          'They fall for good',
          'They rise at once',
          'Nothing happens',
        ],
        answer: 0,
        objective: 'shock',
      },
      {
        prompt:
          'Washington lists China as a major drug producer. What does the model say it costs?',
        options: ['Nothing', 'Relations and goodwill', 'Only money', 'The coalition'],
        answer: 1,
        objective: 'words',
      },
    ],
    open: 'Which of your moves saved the most lives, and how do you know? Use the report’s “why?” to support your answer.',
  },
  'history-2018': {
    objectives: [
      {
        id: 'arc',
        text: 'Trace how cooperation rose and fell with the whole relationship between 2018 and 2025.',
        rules: ['relationship', 'credit'],
      },
      {
        id: 'classControl',
        text: 'Explain why the 2019 class-wide control mattered more than scheduling chemicals one by one.',
        rules: ['scheduling', 'supplyShock'],
      },
      {
        id: 'fall',
        text: 'Account for the fall in deaths after 2023 with more than one cause.',
        rules: ['demand', 'enforcement', 'mexicoCoalition'],
      },
      {
        id: 'deal',
        text: 'Explain the 2025 bargain: tariff relief traded for export licensing, and a truce up for review.',
        rules: ['leverage', 'tariffs', 'truce'],
      },
      {
        id: 'model',
        text: 'Compare the model’s game with what really happened, and say where a model like this can and cannot help.',
        rules: ['displacement', 'rhetoric'],
      },
    ],
    questions: [
      {
        prompt: 'What did China do in 2019 that all but ended shipments of finished fentanyl?',
        options: [
          'Licensed exports to North America',
          'Controlled all fentanyl-related substances as a class',
          'Joined the global coalition',
          'Lifted its tariffs',
        ],
        answer: 1,
        objective: 'classControl',
      },
      {
        prompt: 'What brought China back to cooperation in late 2023?',
        options: [
          'A higher tariff',
          'The Woodside summit, where the institute sanctions were lifted',
          'The Taiwan visit',
          'Listing China as a drug producer',
        ],
        answer: 1,
        objective: 'arc',
      },
      {
        prompt: 'Why did China cut off drug-control cooperation in August 2022?',
        options: [
          'Deaths had fallen',
          'A senior US politician visited Taiwan',
          'The US gave too much credit',
          'Mexico asked it to',
        ],
        answer: 1,
        objective: 'arc',
      },
      {
        prompt:
          'Deaths fell from about 78,000 a year in 2023 to about 42,000 in 2025. In the model, which is the best explanation?',
        options: [
          'China’s cooperation alone',
          'Several causes together: enforcement in China, naloxone and treatment, pressure on Mexico, fewer users',
          'Tariffs alone',
          'Chance',
        ],
        answer: 1,
        objective: 'fall',
      },
      {
        prompt: 'In October 2025 the US halved the fentanyl tariff. What did China do within days?',
        options: [
          'Nothing',
          'Put 13 precursors under export licensing',
          'Suspended cooperation',
          'Raised its own tariffs on US chemicals',
        ],
        answer: 1,
        objective: 'deal',
      },
      {
        prompt: 'As China’s controls tightened after 2019, what did the trade do?',
        options: [
          'Stopped',
          'Moved to precursors shipped to Mexico, and toward other producers',
          'Moved to naloxone',
          'Stayed exactly as it was',
        ],
        answer: 1,
        objective: 'model',
      },
    ],
    open: 'Pick one year between 2018 and 2025. What did your game do differently from what really happened then, and what did it change?',
  },
};

/** A moment in the game worth stopping at, and what to ask the class there. */
export interface TurningPoint {
  when: string;
  watch: string;
  ask: string[];
}

/** What usually happens in a scenario and why, from the 200-seed tournament; and where to look. */
export interface TeacherNotes {
  /** Paragraphs: what usually happens and why. */
  usually: string[];
  /** The commands the figures come from. */
  commands: string[];
  turningPoints: TurningPoint[];
}

/** The tournament behind every figure below: seeds 1-200, every US personality against every China one. */
const TOURNAMENT = (id: string) => `npm run --silent tournament -- --scenario ${id} --seeds 200`;
const SIM = (id: string) =>
  `npm run --silent sim -- --scenario ${id} --seed 1 --runs 200 --format json`;

export const NOTES: Record<TeachingScenario, TeacherNotes> = {
  'truce-2026': {
    usually: [
      'With no moves by either side, about 78,000 people die over the eight quarters. The computer’s reciprocal United States against its leverage China (the pairing a group meets by default) brings that to about 53,000 on average (47,500 to 57,800 for the middle 80% of seeds), and China spends about seven quarters in ten enforcing.',
      'The truce starts in good shape: a working group, licensing in force, the tariff at 10%. Groups lose it mostly by pressing: a hawkish United States gets about 80,000 deaths against the leverage China, worse than doing nothing, because a raised tariff sours relations, makes the review go badly and lets licensing lapse. A hardline China costs lives whatever Washington does (74,000 to 85,000).',
      'Credit and relief pay: the reciprocal United States, which recognizes steps and pays for costly ones, scores best against the leverage, cooperative and passive China. Against the hardline China only the dove ends with fewer deaths than the no-moves world.',
    ],
    commands: [TOURNAMENT('truce-2026'), SIM('truce-2026')],
    turningPoints: [
      {
        when: 'Quarters 1-2',
        watch:
          'Whether the United States gives credit for the licensing already in force, or lets it pass in silence.',
        ask: ['What did silence cost in goodwill, and what did China do with the chip?'],
      },
      {
        when: 'Before the review (quarters 3-4)',
        watch: 'A tariff raise, sanctions or a listing in the quarters before the review.',
        ask: [
          'Did the truce survive its review? What decided it?',
          'What did each side expect the other to do at the review?',
        ],
      },
      {
        when: 'A crisis, if you set one',
        watch: 'A Taiwan visit or new sanctions dropping cooperation a step or more.',
        ask: ['Could either side have kept fentanyl apart from the rest of the relationship?'],
      },
      {
        when: 'The debrief',
        watch:
          'Lives saved against the no-moves world, beside how much came from naloxone, treatment and Mexico.',
        ask: ['How much of what you saved needed Beijing at all?'],
      },
    ],
  },
  'pelosi-2022': {
    usually: [
      'With no moves, about 206,000 people die over the ten quarters. The reciprocal United States against the leverage China brings that to about 147,000 (133,000 to 158,000 for the middle 80% of seeds); China spends a fifth of the quarters suspended and most of the rest only in talks.',
      'The Taiwan visit in the first quarter suspends cooperation, and waiting does not end it: only a summit or a concession does. The dovish United States, which pays the price early (relief, credit, summits), does best against the leverage China, about 127,000 deaths. The hawk gets about 195,000, close to doing nothing: pressure with no path to relief hardens Beijing and sends brokers to other producers.',
      'Against a hardline China no US personality brings deaths much below 187,000; what is saved there comes from naloxone, treatment and Mexico.',
    ],
    commands: [TOURNAMENT('pelosi-2022'), SIM('pelosi-2022')],
    turningPoints: [
      {
        when: 'Quarter 1: the Taiwan visit',
        watch: 'Cooperation drops to suspended in the report.',
        ask: [
          'Cooperation on fentanyl stopped over something unrelated to fentanyl. Why would China link them?',
          'What are your options now, and what does each cost?',
        ],
      },
      {
        when: 'The first offer or demand',
        watch:
          'China naming its price (often the institute sanctions) and whether Washington pays it.',
        ask: ['Was the price worth paying? What did China give in return, and how soon?'],
      },
      {
        when: 'The first summit proposed',
        watch: 'Whether the other side attends the next quarter, or lets it lapse.',
        ask: ['What did the summit change, and what did it not?'],
      },
      {
        when: 'The debrief',
        watch: 'Quarters spent suspended against the deaths chart.',
        ask: ['How many lives did the wait cost, and who could have shortened it?'],
      },
    ],
  },
  sandbox: {
    usually: [
      'With no moves, about 114,000 people die over the twelve quarters. The reciprocal United States against the leverage China brings that to about 66,000 (59,000 to 72,000 for the middle 80% of seeds), with China enforcing about two quarters in three.',
      'The sandbox has no script, so it shows the slow rules: chemicals scheduled one by one stop biting after a few quarters, other producers grow while China squeezes, and seizures help only for a while. A hawk gets about 110,000 deaths against the leverage China; a hardline China leaves 100,000 or more whatever Washington does.',
      'The best pairing is a reciprocal United States with a cooperative China, about 59,000: steps recognized, relief paid for costly steps, and demand funded alongside.',
    ],
    commands: [TOURNAMENT('sandbox'), SIM('sandbox')],
    turningPoints: [
      {
        when: 'The first precursors scheduled',
        watch: 'The flow from China falling the next quarter, then creeping back.',
        ask: ['How long did new controls cut the flow before traffickers worked around them?'],
      },
      {
        when: 'A few quarters of squeeze',
        watch: 'Flow from elsewhere rising in the report.',
        ask: ['As China tightened, where did the supply come from instead?'],
      },
      {
        when: 'Seizures or a new analog',
        watch: 'Street price and purity jumping, deaths dipping, then recovering.',
        ask: ['Why did the effect fade? Should policy aim for shocks or for something that lasts?'],
      },
      {
        when: 'A listing or public blame',
        watch: 'Relations and goodwill falling in the same quarter.',
        ask: ['What did blame buy at home, and was it worth it?'],
      },
    ],
  },
  'history-2018': {
    usually: [
      'With no moves, about 536,000 people die over the 29 quarters from 2018 to 2025. The reciprocal United States against the leverage China brings that to about 178,000 (165,000 to 188,000 for the middle 80% of seeds), with China enforcing four quarters in five. The scripted events (the institute sanctions and the pandemic in 2020, the Taiwan visit in 2022, the Woodside summit in 2023) strike every game.',
      'A hawkish United States gets about 523,000 deaths against the leverage China, barely better than doing nothing; a passive United States against a cooperative China about 284,000. The long game rewards a relationship kept warm: credit, relief paid for costly steps, and naloxone and treatment, whose gains compound over seven years.',
      'Watching what really happened (the recorded moves) lets the class set its own game beside the record: the peak near 78,000 deaths a year in 2023 and about 42,000 by 2025.',
    ],
    commands: [
      TOURNAMENT('history-2018'),
      SIM('history-2018'),
      'npm run --silent sim -- --scenario history-2018 --historical --seed 1',
    ],
    turningPoints: [
      {
        when: '2019: the class control',
        watch:
          'Whether China controls the fentanyl class, and what the flow and deaths do after it.',
        ask: ['Why does a class-wide control last longer than scheduling chemicals one by one?'],
      },
      {
        when: '2020: sanctions and the pandemic',
        watch:
          'Cooperation stepping down after the institute sanctions; deaths rising with the pandemic.',
        ask: ['Which of the two did more harm in your game, and how can you tell?'],
      },
      {
        when: '2022-2023: the walk-out and Woodside',
        watch: 'Suspension after the Taiwan visit, and the way back at the summit.',
        ask: ['What did it take to bring China back, and who paid for it?'],
      },
      {
        when: '2025: tariffs and the truce',
        watch: 'The tariff raised and then halved, and licensing traded for it.',
        ask: ['Did the tariff add leverage, cost cooperation, or both?'],
      },
    ],
  },
};

/** How to mark the debrief discussion or a written reflection: what each level looks like. */
export interface RubricRow {
  criterion: string;
  levels: [beginning: string, developing: string, secure: string];
}

export const RUBRIC_LEVELS = ['Beginning', 'Developing', 'Secure'] as const;

export const RUBRIC: RubricRow[] = [
  {
    criterion: 'Uses evidence from the game',
    levels: [
      'Says what happened in general terms.',
      'Quotes a number or a quarter from the report or the debrief.',
      'Ties several numbers together over time (a move, what followed, how long it lasted).',
    ],
  },
  {
    criterion: 'Explains why, with the model’s rules',
    levels: [
      'Describes moves without causes.',
      'Names one rule behind what happened.',
      'Explains a chain of causes, including one that worked against their side.',
    ],
  },
  {
    criterion: 'Sees the other side',
    levels: [
      'Treats the other side as an obstacle.',
      'Says what the other side wanted.',
      'Explains the other side’s moves from its interests, red lines and fears.',
    ],
  },
  {
    criterion: 'Judges the model',
    levels: [
      'Takes the game as the world.',
      'Names one thing the model leaves out.',
      'Compares the game with what really happened and says what the difference means.',
    ],
  },
];

/** A term a student meets on screen, explained in a sentence or two. */
export interface GlossaryEntry {
  id: string;
  term: string;
  /** Other ways the screens say it. */
  aka?: string[];
  text: string;
}

export const GLOSSARY: GlossaryEntry[] = [
  {
    id: 'pc',
    term: 'Political capital (PC)',
    aka: ['PC', 'political capital'],
    text: 'The budget each government spends on moves in a quarter; every card shows its cost in PC. What is left over is not saved for later.',
  },
  {
    id: 'quarter',
    term: 'Quarter',
    aka: ['turn'],
    text: 'One turn of the game: three months. Both sides choose their moves, then the world answers.',
  },
  {
    id: 'precursor',
    term: 'Precursor',
    aka: ['precursors'],
    text: 'A chemical that traffickers turn into fentanyl. Many are also used legally by industry, which makes them hard to control.',
  },
  {
    id: 'precursorFlow',
    term: 'Precursor flow from China',
    aka: ['flow from China'],
    text: 'How much of the chemicals needed for fentanyl leaves China, as an index: 100 means nothing is controlled.',
  },
  {
    id: 'otherProducers',
    term: 'Other producers',
    aka: ['alt supply', 'precursors from elsewhere', 'flow from elsewhere', 'new supplier abroad'],
    text: 'Chemicals from countries other than China, such as India. When China squeezes its exports for long, brokers turn to them.',
  },
  {
    id: 'scheduling',
    term: 'Scheduling',
    aka: ['schedule precursors', 'schedule'],
    text: 'Putting a named chemical under legal control. It cuts the flow from the next quarter, but traffickers soon switch to a chemical that is not yet listed.',
  },
  {
    id: 'analog',
    term: 'Analog',
    aka: ['new analog'],
    text: 'A chemical close enough to a controlled one to do the same job, but not itself on the list.',
  },
  {
    id: 'classControl',
    term: 'Class control',
    aka: ['control a whole class', 'class-wide control'],
    text: 'Controlling a whole family of related substances at once, analogs included. It wears off far more slowly than scheduling chemicals one at a time.',
  },
  {
    id: 'nitazenes',
    term: 'Nitazenes',
    aka: ['nitazene class'],
    text: 'Another family of synthetic opioids, some stronger than fentanyl. China can control them as a class.',
  },
  {
    id: 'exportLicensing',
    term: 'Export licensing',
    aka: ['license exports'],
    text: 'Requiring a licence before listed chemicals can be shipped abroad. A costly step for China, and one of the controls a truce can let lapse.',
  },
  {
    id: 'kyc',
    term: 'KYC (know your customer)',
    aka: ['KYC', 'know-your-customer', 'require KYC checks'],
    text: 'Checks that a chemical seller must make on who is buying and why. Costly for China to require, and hard for traffickers to get around.',
  },
  {
    id: 'enforcement',
    term: 'Enforcement',
    aka: ['enforce', 'let enforcement slide', 'China’s enforcement'],
    text: 'How hard China actually applies the rules it has on paper: inspections, prosecutions, takedowns. It follows China’s posture and goodwill, and is the first thing to slip when relations sour.',
  },
  {
    id: 'posture',
    term: 'Posture',
    aka: ['cooperation'],
    text: 'How far China is cooperating on fentanyl, in four steps: suspended, talks, working group, enforcing.',
  },
  {
    id: 'suspended',
    term: 'Suspended',
    aka: ['suspend cooperation', 'walk-out'],
    text: 'China has stopped drug-control cooperation. Only a summit or a concession brings it back to talks.',
  },
  {
    id: 'talks',
    term: 'Talks',
    text: 'The two sides are talking, but China is taking few real steps.',
  },
  {
    id: 'workingGroup',
    term: 'Working group',
    text: 'Officials of both sides meet regularly on counternarcotics. China reaches it once goodwill is high enough and relations are not too cold.',
  },
  {
    id: 'enforcing',
    term: 'Enforcing',
    text: 'The highest level of cooperation: China is actively enforcing its controls. It needs high goodwill, fair relations and enforcement already under way.',
  },
  {
    id: 'resume',
    term: 'Resume cooperation',
    text: 'China ends a suspension and comes back to talks.',
  },
  {
    id: 'goodwill',
    term: 'Goodwill',
    text: 'How far China feels its steps were recognized, from 0 to 100. It fades toward 25 if nobody tends it, and holds cooperation up.',
  },
  {
    id: 'relations',
    term: 'Relations',
    text: 'The temperature of the whole US–China relationship, from -100 to 100. It drifts back toward where the era sits.',
  },
  {
    id: 'credit',
    term: 'Credit',
    aka: ['give public credit', 'withhold credit'],
    text: 'Washington publicly recognizing China’s steps. Credit raises goodwill; a step left unrecognized costs goodwill and becomes a chip.',
  },
  {
    id: 'chips',
    term: 'Chips',
    aka: ['chip'],
    text: 'Steps China took that went unrecognized, which it can offer again as if new. Only China sees its chips.',
  },
  {
    id: 'reannounce',
    term: 'Re-announce an old step',
    aka: ['re-announce', 'reannounce'],
    text: 'China presents a step it already took as a new one, spending a chip. It costs China little.',
  },
  {
    id: 'consensus',
    term: 'Announce a consensus',
    aka: ['consensus'],
    text: 'A joint statement that both sides agree on something. Cheap for China: words, not controls.',
  },
  {
    id: 'concession',
    term: 'Concession',
    aka: [
      'demand a concession',
      'demand tariff relief',
      'demand sanctions lifted',
      'demand delisting',
      'price',
      'relief',
    ],
    text: 'Something Washington gives China: tariff relief, lifting sanctions, or delisting. China names its price and pays with costly steps once it gets it.',
  },
  {
    id: 'tariff',
    term: 'Tariff',
    aka: ['fentanyl tariff', 'raise tariff', 'cut tariff'],
    text: 'A tax on imports from China tied to fentanyl. It presses China’s economy but costs relations and costs the US economy each quarter it stays.',
  },
  {
    id: 'economicPressure',
    term: 'Economic pressure',
    text: 'How much China needs trade relief. Pressure with a believable path to relief can bring China back; pressure without one hardens it.',
  },
  {
    id: 'sanctions',
    term: 'Sanctions',
    aka: ['sanction', 'lift sanctions', 'chemical firms'],
    text: 'US penalties on named Chinese bodies, here the forensic-science institute or chemical firms. Imposing them provokes China; lifting them is a concession.',
  },
  {
    id: 'forensicInstitute',
    term: 'Forensic-science institute',
    aka: ['forensic institute', 'Xinjiang sanctions'],
    text: 'China’s national drug-testing laboratory. The US sanctioned it in 2020 over Xinjiang, which set back cooperation until 2023.',
  },
  {
    id: 'majorProducerList',
    term: 'Major-producer list',
    aka: [
      'list China as a drug producer',
      'take China off the list',
      'delisting',
      'major drug producer',
    ],
    text: 'A US list of countries named as major sources of illegal drugs. Being listed is public blame that costs relations; China wants to be taken off.',
  },
  {
    id: 'intelligence',
    term: 'Share intelligence',
    text: 'The US passes China leads on traffickers, which helps China enforce.',
  },
  {
    id: 'pressMexico',
    term: 'Press Mexico',
    text: 'The US pushes Mexico to act against the cartels that make fentanyl, which cuts production there.',
  },
  {
    id: 'seizures',
    term: 'Record seizures in Mexico',
    aka: ['seizures', 'supply shock'],
    text: 'A sudden haul of labs and chemicals. It shocks supply: prices rise and deaths fall for a few quarters, until traffickers adapt.',
  },
  {
    id: 'coalition',
    term: 'Coalition',
    aka: ['build the coalition'],
    text: 'The US-led group of more than 80 countries working against synthetic drugs without China. It curbs other producers.',
  },
  {
    id: 'naloxone',
    term: 'Naloxone',
    aka: ['fund naloxone and treatment', 'naloxone over the counter', 'treatment'],
    text: 'A medicine that reverses an opioid overdose. With treatment for addiction, it cuts deaths whatever China does.',
  },
  {
    id: 'pandemic',
    term: 'Pandemic',
    text: 'A world event that isolates people who use drugs and disrupts treatment, so deaths rise.',
  },
  {
    id: 'taiwanVisit',
    term: 'Taiwan visit',
    text: 'A senior US politician visits Taipei. Beijing answers by cutting channels, drug control among them.',
  },
  {
    id: 'purity',
    term: 'Purity',
    text: 'How much fentanyl is in what is sold on the street, in percent. It falls when supply is short.',
  },
  {
    id: 'streetPrice',
    term: 'Street price',
    text: 'What fentanyl costs on US streets, as an index. A higher price deters new users.',
  },
  {
    id: 'deaths',
    term: 'Deaths this quarter',
    aka: ['deaths'],
    text: 'Synthetic-opioid overdose deaths in the United States in the quarter just played.',
  },
  {
    id: 'deaths12m',
    term: '12-month deaths',
    aka: ['deaths, last 12 months', 'deaths (12 mo)'],
    text: 'Deaths over the last four quarters added together: the number usually quoted in the news.',
  },
  {
    id: 'truce',
    term: 'Truce',
    aka: ['truce review', 'truce renewed', 'truce lapsed'],
    text: 'A deal reviewed after a set time. If relations have soured or tariffs gone back up by then, China lets its controls lapse.',
  },
  {
    id: 'summit',
    term: 'Summit',
    aka: ['propose a summit', 'attend the summit'],
    text: 'A meeting of the two presidents. One side proposes, the other attends the next quarter; held, it warms relations and can end a walk-out.',
  },
  {
    id: 'offer',
    term: 'Offer',
    aka: ['make an offer', 'decline the offer'],
    text: 'Up to three moves one side will play for up to three it asks of the other, within one to three quarters. The other side answers the next quarter.',
  },
  {
    id: 'deal',
    term: 'Deal',
    aka: ['accept the offer', 'kept'],
    text: 'An accepted offer. Each side must then carry out its part with its own moves; a deal kept raises both sides’ credibility.',
  },
  {
    id: 'breach',
    term: 'Breach',
    aka: ['breached'],
    text: 'Failing to do your part of a deal in time, or reversing a measure within two quarters of changing it. It costs credibility.',
  },
  {
    id: 'credibility',
    term: 'Credibility',
    text: 'How far a side’s word is believed. A breach costs it 25; it recovers slowly, and a believed Washington can offer a path to relief.',
  },
  {
    id: 'score',
    term: 'Score',
    text: 'Each side is scored on its own interests against the same world with no moves. 0 is what doing nothing gets; one US point is about 1,000 lives.',
  },
  {
    id: 'livesSaved',
    term: 'Lives saved',
    text: 'How many fewer people died in your game than in the same world with no moves by either side.',
  },
  {
    id: 'noMovesWorld',
    term: 'No-moves world',
    aka: ['no moves by either side'],
    text: 'The same scenario, with the same luck, played with neither side moving. Lives saved and scores are measured against it.',
  },
  {
    id: 'seed',
    term: 'Seed',
    text: 'The number that fixes the game’s luck. The same scenario, seed and moves always play out the same way.',
  },
  {
    id: 'replayCode',
    term: 'Replay code',
    aka: ['class code'],
    text: 'A short text that holds a whole game (or, as a class code, a class’s world), so it can be shared, replayed and compared.',
  },
  {
    id: 'why',
    term: 'Why?',
    text: 'On the report, shows which rules of the model moved each number and by how much.',
  },
];

const byId = new Map(GLOSSARY.map((g) => [g.id, g]));

/** The entry with this id. */
export function glossaryEntry(id: string): GlossaryEntry | undefined {
  return byId.get(id);
}

/** The entry a word or phrase names (its term or one of its other names), ignoring case. */
export function findTerm(word: string): GlossaryEntry | undefined {
  const w = word.trim().toLowerCase();
  return GLOSSARY.find(
    (g) => g.term.toLowerCase() === w || (g.aka ?? []).some((a) => a.toLowerCase() === w),
  );
}

/** Which entry explains each move's card. */
export const TERM_FOR_MOVE: Record<MoveType, string> = {
  setTariff: 'tariff',
  sanction: 'sanctions',
  liftSanction: 'sanctions',
  listMajorProducer: 'majorProducerList',
  delistMajorProducer: 'majorProducerList',
  giveCredit: 'credit',
  withholdCredit: 'credit',
  shareIntelligence: 'intelligence',
  fundDemandReduction: 'naloxone',
  pressMexico: 'pressMexico',
  buildCoalition: 'coalition',
  proposeSummit: 'summit',
  attendSummit: 'summit',
  proposeOffer: 'offer',
  acceptOffer: 'deal',
  declineOffer: 'offer',
  schedulePrecursors: 'scheduling',
  scheduleClass: 'classControl',
  licenseExports: 'exportLicensing',
  requireKYC: 'kyc',
  enforce: 'enforcement',
  suspendCooperation: 'suspended',
  resumeCooperation: 'resume',
  announceConsensus: 'consensus',
  reannounce: 'reannounce',
  demandConcession: 'concession',
  relaxEnforcement: 'enforcement',
};

/** Which entry explains each indicator of the report. */
export const TERM_FOR_INDICATOR: Record<Indicator, string> = {
  relations: 'relations',
  goodwill: 'goodwill',
  tariff: 'tariff',
  enforcement: 'enforcement',
  precursorFlow: 'precursorFlow',
  altSupply: 'otherProducers',
  streetPrice: 'streetPrice',
  purity: 'purity',
  deaths: 'deaths',
  deaths12m: 'deaths12m',
};

export const TERM_FOR_POSTURE: Record<Posture, string> = {
  suspended: 'suspended',
  talks: 'talks',
  workingGroup: 'workingGroup',
  enforcing: 'enforcing',
};

export const TERM_FOR_EVENT: Record<WorldEvent, string> = {
  taiwanVisit: 'taiwanVisit',
  xinjiangSanctions: 'forensicInstitute',
  summit: 'summit',
  covidShock: 'pandemic',
  naloxoneOTC: 'naloxone',
  cartelSeizures: 'seizures',
  newAnalog: 'analog',
  indiaSupplier: 'otherProducers',
};

/** The words a student meets on the turn and report screens that the glossary must explain. */
export const REQUIRED_TERMS = [
  'PC',
  'KYC',
  'scheduling',
  'class control',
  'major-producer list',
  'export licensing',
  'working group',
  'enforcing',
  'posture',
  'goodwill',
  'relations',
  'credit',
  're-announce',
  'chips',
  'tariff',
  'sanctions',
  'forensic-science institute',
  'coalition',
  'naloxone',
  'purity',
  'street price',
  'alt supply',
  'other producers',
  '12-month deaths',
  'truce',
  'summit',
  'offer',
  'deal',
  'breach',
  'credibility',
  'lives saved',
  'no-moves world',
  'seed',
] as const;

/** The teaching material of a scenario, or undefined for one that is not built in. */
export function teachingFor(scenarioId: string): Teaching | undefined {
  return (TEACHING as Record<string, Teaching>)[scenarioId];
}
