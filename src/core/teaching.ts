/**
 * Material for teachers, kept as data in one place: per built-in scenario, what students should
 * learn (each objective tied to rules of the model) and a short questionnaire for before and after
 * the game; the teacher's notes and the rubric; and a glossary of every term a student meets on
 * screen. Here are the ids, the structure, which answer is best and the links to the rules; the
 * words are `teaching.*` in the catalogues (`src/words/<language>/teaching*.ts`, `glossary.ts`),
 * read each time a text field is read, so they follow the language shown.
 * `src/view/teachingPrint.ts` lays it out, the docs are checked against it.
 */
import { t } from '../words';
import type { Indicator, MoveType, Posture, RuleId, WorldEvent } from './vocabulary';

export interface Objective {
  id: string;
  /** What a student should be able to do afterwards, in a sentence. */
  readonly text: string;
  /** The rules of the model the objective rests on. */
  rules: RuleId[];
}

export interface Question {
  readonly prompt: string;
  readonly options: string[];
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
  readonly open: string;
}

export const TEACHING_SCENARIOS = ['truce-2026', 'pelosi-2022', 'sandbox', 'history-2018'] as const;
export type TeachingScenario = (typeof TEACHING_SCENARIOS)[number];

/** The letters that name a question's options in the catalogue keys, as they are printed. */
const OPTION_IDS = 'abcdefghij';

/** A scenario's objectives (with their rules) and questions (how many options, which is best). */
interface Material {
  objectives: { id: string; rules: RuleId[] }[];
  questions: { options: number; answer: number; objective: string }[];
}

const MATERIAL: Record<TeachingScenario, Material> = {
  'truce-2026': {
    objectives: [
      { id: 'review', rules: ['truce', 'tariffs'] },
      { id: 'credit', rules: ['credit', 'enforcement'] },
      { id: 'tariff', rules: ['tariffs', 'leverage'] },
      { id: 'demand', rules: ['demand', 'mexicoCoalition'] },
    ],
    questions: [
      { options: 4, answer: 1, objective: 'review' },
      { options: 4, answer: 1, objective: 'review' },
      { options: 4, answer: 0, objective: 'credit' },
      { options: 4, answer: 2, objective: 'tariff' },
      { options: 4, answer: 3, objective: 'demand' },
    ],
  },
  'pelosi-2022': {
    objectives: [
      { id: 'walkout', rules: ['relationship'] },
      { id: 'price', rules: ['leverage', 'enforcement'] },
      { id: 'pressure', rules: ['tariffs', 'displacement'] },
      { id: 'wait', rules: ['demand', 'mexicoCoalition'] },
    ],
    questions: [
      { options: 4, answer: 1, objective: 'walkout' },
      { options: 4, answer: 2, objective: 'price' },
      { options: 4, answer: 0, objective: 'price' },
      { options: 4, answer: 1, objective: 'pressure' },
      { options: 4, answer: 1, objective: 'wait' },
    ],
  },
  sandbox: {
    objectives: [
      { id: 'controls', rules: ['scheduling', 'enforcement'] },
      { id: 'ceiling', rules: ['displacement', 'mexicoCoalition'] },
      { id: 'shock', rules: ['supplyShock'] },
      { id: 'words', rules: ['rhetoric', 'credit', 'relationship'] },
    ],
    questions: [
      { options: 4, answer: 1, objective: 'controls' },
      { options: 4, answer: 0, objective: 'controls' },
      { options: 4, answer: 1, objective: 'ceiling' },
      { options: 4, answer: 0, objective: 'shock' },
      { options: 4, answer: 1, objective: 'words' },
    ],
  },
  'history-2018': {
    objectives: [
      { id: 'arc', rules: ['relationship', 'credit'] },
      { id: 'classControl', rules: ['scheduling', 'supplyShock'] },
      { id: 'fall', rules: ['demand', 'enforcement', 'mexicoCoalition'] },
      { id: 'deal', rules: ['leverage', 'tariffs', 'truce'] },
      { id: 'model', rules: ['displacement', 'rhetoric'] },
    ],
    questions: [
      { options: 4, answer: 1, objective: 'classControl' },
      { options: 4, answer: 1, objective: 'arc' },
      { options: 4, answer: 1, objective: 'arc' },
      { options: 4, answer: 1, objective: 'fall' },
      { options: 4, answer: 1, objective: 'deal' },
      { options: 4, answer: 1, objective: 'model' },
    ],
  },
};

/** A scenario's material with its words: `teaching.<scenario>.objective.<id>`, `.question.<n>.prompt`, `.question.<n>.option.<letter>`, `.open`. */
function withWords(id: TeachingScenario): Teaching {
  const m = MATERIAL[id];
  const key = `teaching.${id}`;
  return {
    objectives: m.objectives.map((o) => ({
      ...o,
      get text() {
        return t(`${key}.objective.${o.id}`);
      },
    })),
    questions: m.questions.map((q, i) => ({
      answer: q.answer,
      objective: q.objective,
      get prompt() {
        return t(`${key}.question.${i + 1}.prompt`);
      },
      get options() {
        return [...OPTION_IDS.slice(0, q.options)].map((l) =>
          t(`${key}.question.${i + 1}.option.${l}`),
        );
      },
    })),
    get open() {
      return t(`${key}.open`);
    },
  };
}

export const TEACHING: Record<TeachingScenario, Teaching> = {
  'truce-2026': withWords('truce-2026'),
  'pelosi-2022': withWords('pelosi-2022'),
  sandbox: withWords('sandbox'),
  'history-2018': withWords('history-2018'),
};

/** A moment in the game worth stopping at, and what to ask the class there. */
export interface TurningPoint {
  readonly when: string;
  readonly watch: string;
  readonly ask: string[];
}

/** What usually happens in a scenario and why, from the 200-seed tournament; and where to look. */
export interface TeacherNotes {
  /** Paragraphs: what usually happens and why. */
  readonly usually: string[];
  /** The commands the figures come from. */
  commands: string[];
  turningPoints: TurningPoint[];
}

/** The tournament behind every figure below: seeds 1-200, every US personality against every China one. */
const TOURNAMENT = (id: string) => `npm run --silent tournament -- --scenario ${id} --seeds 200`;
const SIM = (id: string) =>
  `npm run --silent sim -- --scenario ${id} --seed 1 --runs 200 --format json`;

/** A scenario's notes: how many paragraphs, how many questions at each turning point, the commands. */
interface NotesShape {
  usually: number;
  asks: number[];
  commands: string[];
}

const NOTES_SHAPE: Record<TeachingScenario, NotesShape> = {
  'truce-2026': {
    usually: 3,
    asks: [1, 2, 1, 1],
    commands: [TOURNAMENT('truce-2026'), SIM('truce-2026')],
  },
  'pelosi-2022': {
    usually: 3,
    asks: [2, 1, 1, 1],
    commands: [TOURNAMENT('pelosi-2022'), SIM('pelosi-2022')],
  },
  sandbox: { usually: 3, asks: [1, 1, 1, 1], commands: [TOURNAMENT('sandbox'), SIM('sandbox')] },
  'history-2018': {
    usually: 3,
    asks: [1, 1, 1, 1],
    commands: [
      TOURNAMENT('history-2018'),
      SIM('history-2018'),
      'npm run --silent sim -- --scenario history-2018 --historical --seed 1',
    ],
  },
};

/** `count` keys `<prefix>.1` … `<prefix>.<count>`, read each time. */
const numbered = (prefix: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => t(`${prefix}.${i + 1}`));

/** A scenario's notes with their words: `teaching.<scenario>.usually.<n>`, `.point.<n>.when`, `.watch`, `.ask.<n>`. */
function notesWithWords(id: TeachingScenario): TeacherNotes {
  const s = NOTES_SHAPE[id];
  const key = `teaching.${id}`;
  return {
    get usually() {
      return numbered(`${key}.usually`, s.usually);
    },
    commands: s.commands,
    turningPoints: s.asks.map((asks, i) => {
      const point = `${key}.point.${i + 1}`;
      return {
        get when() {
          return t(`${point}.when`);
        },
        get watch() {
          return t(`${point}.watch`);
        },
        get ask() {
          return numbered(`${point}.ask`, asks);
        },
      };
    }),
  };
}

export const NOTES: Record<TeachingScenario, TeacherNotes> = {
  'truce-2026': notesWithWords('truce-2026'),
  'pelosi-2022': notesWithWords('pelosi-2022'),
  sandbox: notesWithWords('sandbox'),
  'history-2018': notesWithWords('history-2018'),
};

/** How to mark the debrief discussion or a written reflection: what each level looks like. */
export interface RubricRow {
  id: string;
  readonly criterion: string;
  readonly levels: [beginning: string, developing: string, secure: string];
}

/** The rubric's levels, lowest first: `teaching.rubric.level.<id>`. */
export const RUBRIC_LEVEL_IDS = ['beginning', 'developing', 'secure'] as const;

/** The levels' names in the language shown. */
export function rubricLevels(): string[] {
  return RUBRIC_LEVEL_IDS.map((l) => t(`teaching.rubric.level.${l}`));
}

/** The rubric's criteria: `teaching.rubric.<id>.criterion`, and `.<level>` for each level. */
export const RUBRIC: RubricRow[] = ['evidence', 'why', 'otherSide', 'model'].map((id) => ({
  id,
  get criterion() {
    return t(`teaching.rubric.${id}.criterion`);
  },
  get levels() {
    const [b, d, s] = RUBRIC_LEVEL_IDS.map((l) => t(`teaching.rubric.${id}.${l}`));
    return [b ?? '', d ?? '', s ?? ''] as RubricRow['levels'];
  },
}));

/** A term a student meets on screen, explained in a sentence or two. */
export interface GlossaryEntry {
  id: string;
  readonly term: string;
  /** Other ways the screens say it. */
  readonly aka?: string[];
  readonly text: string;
}

/** The glossary's entries, and whether the screens also name each in other words (`.aka`, split by |). */
const ENTRIES: readonly (readonly [id: string, otherNames: boolean])[] = [
  ['pc', true],
  ['quarter', true],
  ['precursor', true],
  ['precursorFlow', true],
  ['otherProducers', true],
  ['scheduling', true],
  ['analog', true],
  ['classControl', true],
  ['nitazenes', true],
  ['exportLicensing', true],
  ['kyc', true],
  ['enforcement', true],
  ['posture', true],
  ['suspended', true],
  ['talks', false],
  ['workingGroup', false],
  ['enforcing', false],
  ['resume', false],
  ['goodwill', false],
  ['relations', false],
  ['credit', true],
  ['chips', true],
  ['reannounce', true],
  ['consensus', true],
  ['concession', true],
  ['tariff', true],
  ['economicPressure', false],
  ['sanctions', true],
  ['forensicInstitute', true],
  ['majorProducerList', true],
  ['intelligence', false],
  ['pressMexico', false],
  ['seizures', true],
  ['coalition', true],
  ['naloxone', true],
  ['pandemic', false],
  ['taiwanVisit', false],
  ['purity', false],
  ['streetPrice', false],
  ['deaths', true],
  ['deaths12m', true],
  ['truce', true],
  ['summit', true],
  ['offer', true],
  ['deal', true],
  ['breach', true],
  ['credibility', false],
  ['score', false],
  ['livesSaved', false],
  ['noMovesWorld', true],
  ['seed', false],
  ['replayCode', true],
  ['why', false],
];

/** The glossary, its words `teaching.glossary.<id>.term`, `.aka` and `.text`. */
export const GLOSSARY: GlossaryEntry[] = ENTRIES.map(([id, otherNames]) => {
  const key = `teaching.glossary.${id}`;
  const entry: GlossaryEntry = {
    id,
    get term() {
      return t(`${key}.term`);
    },
    get text() {
      return t(`${key}.text`);
    },
  };
  if (otherNames)
    Object.defineProperty(entry, 'aka', {
      get: () => t(`${key}.aka`).split('|'),
      enumerable: true,
    });
  return entry;
});

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

/** The teaching material of a scenario, or undefined for one that is not built in. */
export function teachingFor(scenarioId: string): Teaching | undefined {
  return (TEACHING as Record<string, Teaching>)[scenarioId];
}
