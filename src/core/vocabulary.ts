/**
 * The model's vocabulary: every id the rules, scenarios, replays and the command line share.
 * Constant arrays become union types, so a new id is added in exactly one place.
 */

export const SIDES = ['us', 'china'] as const;
export type Side = (typeof SIDES)[number];
/** Anything both governments have: a budget, a policy, pending moves. */
export type BySide<T> = { [S in Side]: T };

/** China's cooperation posture, lowest to highest. The statechart holds it as a region. */
export const POSTURES = ['suspended', 'talks', 'workingGroup', 'enforcing'] as const;
export type Posture = (typeof POSTURES)[number];

export const SANCTION_TARGETS = ['forensicInstitute', 'chemicalFirms'] as const;
export type SanctionTarget = (typeof SANCTION_TARGETS)[number];

export const CONTROL_CLASSES = ['fentanyl', 'nitazenes'] as const;
export type ControlClass = (typeof CONTROL_CLASSES)[number];

export const ASKS = ['tariffRelief', 'liftSanctions', 'delisting'] as const;
export type Ask = (typeof ASKS)[number];

/** At most this many moves on each side of an offer, and quarters to carry it out. */
export const MAX_OFFER_TERMS = 3;
export const MAX_OFFER_WITHIN = 3;
/**
 * A move is data: its type and its parameters. Each move is one record in src/core/moves (side,
 * rule, parameter schema, code id, cost, check, effect); its words are `move.<type>.*` in
 * src/words.
 */
export type Move =
  | { type: 'setTariff'; rate: number }
  | { type: 'sanction'; target: SanctionTarget }
  | { type: 'liftSanction'; target: SanctionTarget }
  | { type: 'listMajorProducer' }
  | { type: 'delistMajorProducer' }
  | { type: 'giveCredit' }
  | { type: 'withholdCredit' }
  | { type: 'shareIntelligence' }
  | { type: 'fundDemandReduction' }
  | { type: 'pressMexico' }
  | { type: 'buildCoalition' }
  | { type: 'schedulePrecursors'; count: number }
  | { type: 'scheduleClass'; class: ControlClass }
  | { type: 'licenseExports' }
  | { type: 'requireKYC' }
  | { type: 'enforce'; level: number }
  | { type: 'suspendCooperation' }
  | { type: 'resumeCooperation' }
  | { type: 'announceConsensus' }
  | { type: 'reannounce' }
  | { type: 'demandConcession'; ask: Ask }
  | { type: 'relaxEnforcement' }
  | { type: 'proposeSummit' }
  | { type: 'attendSummit' }
  /** What the proposer will play (`give`) for what it asks the other side to play, within n quarters. */
  | { type: 'proposeOffer'; give: Move[]; ask: Move[]; within: number }
  /** Accepts, or declines, the other side's open offer. */
  | { type: 'acceptOffer' }
  | { type: 'declineOffer' };

export type MoveType = Move['type'];

export const WORLD_EVENTS = [
  'taiwanVisit',
  'xinjiangSanctions',
  'summit',
  'covidShock',
  'naloxoneOTC',
  'cartelSeizures',
  'newAnalog',
  'indiaSupplier',
] as const;
export type WorldEvent = (typeof WORLD_EVENTS)[number];

/** A world event a facilitator set in advance for quarter `turn` (1 = the first). */
export interface Crisis {
  turn: number;
  event: WorldEvent;
}

/** At most this many crises in a class. */
export const MAX_CRISES = 4;

export const US_POLICIES = ['hawk', 'dove', 'reciprocal', 'passive'] as const;
export type UsPolicy = (typeof US_POLICIES)[number];
export const CHINA_POLICIES = ['leverage', 'cooperative', 'hardline', 'passive'] as const;
export type ChinaPolicy = (typeof CHINA_POLICIES)[number];
/** A fixed personality of either side: a character that plays the same way whatever happens. */
export type Personality = UsPolicy | ChinaPolicy;
/**
 * Levels of play for either side besides the personalities: a novice errs, an expert plans, and
 * the record plays what the side really did (a history scenario's recorded moves).
 */
export const AI_LEVELS = ['novice', 'expert', 'record'] as const;
export type AiLevel = (typeof AI_LEVELS)[number];
/** What plays an AI side: a personality or a level. */
export type Policy = Personality | AiLevel;

/** Whether a policy is one of the fixed personalities (not a level). */
export function isPersonality(p: Policy): p is Personality {
  return (
    (US_POLICIES as readonly string[]).includes(p) ||
    (CHINA_POLICIES as readonly string[]).includes(p)
  );
}

/** The causal rules of the model, numbered as in the design brief. */
export const RULE_IDS = [
  'relationship',
  'leverage',
  'credit',
  'tariffs',
  'scheduling',
  'displacement',
  'enforcement',
  'supplyShock',
  'demand',
  'mexicoCoalition',
  'rhetoric',
  'truce',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** The indicators a turn reports, in the order of the `sim` tool's JSON. */
export const INDICATORS = [
  'relations',
  'goodwill',
  'tariff',
  'enforcement',
  'precursorFlow',
  'altSupply',
  'streetPrice',
  'purity',
  'deaths',
  'deaths12m',
] as const;
export type Indicator = (typeof INDICATORS)[number];

/** One reason an indicator moved: which rule, which indicator, by how much. */
export interface Cause {
  rule: RuleId;
  /** An indicator of the turn record, or one of the levers behind them (in its own units). */
  indicator:
    | Indicator
    | 'posture'
    | 'chips'
    | 'users'
    | 'mexicoEnforcement'
    | 'coalition'
    | 'naloxoneReach'
    | 'treatmentReach'
    | 'credibility';
  delta: number;
  /** Why, as a key of the catalogue (`cause.*`), read at display time (`causeWords`). */
  note: string;
  /** The values the words are filled with; a string value is a key of the catalogue itself. */
  vars?: CauseVars;
}

/** A cause's values: numbers, keys of the catalogue, and `context` for a variant of the words. */
export type CauseVars = Readonly<Record<string, string | number>>;

/** Where an offer stands (strategy.md §3). */
export const OFFER_STATUSES = ['open', 'deal', 'kept', 'breached', 'declined', 'lapsed'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** An offer put on the table, as both sides see it. */
export interface Offer {
  id: number;
  from: Side;
  give: Move[];
  ask: Move[];
  within: number;
  /** The turn index of the quarter it was made in. */
  made: number;
  status: OfferStatus;
  /** The turn index of the quarter it was accepted in, or null. */
  dealt: number | null;
  /** Which terms have been carried out, in the order of `give` and `ask`. */
  done: { give: boolean[]; ask: boolean[] };
  /** Who failed their part, when it was breached. */
  breachedBy: Side[];
  /** The tariff and the chemicals scheduled when it was accepted, for terms that count from there. */
  base: { tariff: number; scheduled: number } | null;
}

/** A move that did not fit the state, and why. */
export interface Refusal {
  side: Side;
  move: Move;
  reason: string;
}
