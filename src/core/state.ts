import { DRAWS_PER_TURN, PARAMS as P } from './params';
import { drawUniforms, type RngState, seedRng } from './rng';
import { on } from './switches';
import type {
  Ask,
  BySide,
  ControlClass,
  Move,
  Offer,
  Posture,
  SanctionTarget,
  Side,
  WorldEvent,
} from './vocabulary';

/** Bumped whenever a rule or constant changes so an old replay would play differently. */
export const MODEL_VERSION = 2;

/** The US measures a concession can relieve; each remembers its last change (strategy.md §2.5). */
export const MEASURES = ['tariff', 'forensicInstitute', 'chemicalFirms', 'listing'] as const;
export type Measure = (typeof MEASURES)[number];
/** When a measure last changed (the turn index of the quarter) and which way; null: as at the start. */
export type MeasureChange = { turn: number; up: boolean } | null;

/** The world a scenario starts from: every field a scenario file may set. */
export interface World {
  relations: number;
  relationsBaseline: number;
  goodwill: number;
  posture: Posture;
  tariff: number;
  sanctions: Record<SanctionTarget, boolean>;
  listedMajorProducer: boolean;
  scheduled: number;
  classes: Record<ControlClass, boolean>;
  exportLicensing: boolean;
  kyc: boolean;
  enforcement: number;
  chips: number;
  pendingAsk: Ask | null;
  scheduleBite: number;
  classBite: number;
  altSupply: number;
  mexicoEnforcement: number;
  coalition: number;
  users: number;
  penetration: number;
  naloxoneReach: number;
  treatmentReach: number;
  /** China's need for trade relief before any tariff, 0..100. */
  economicBase: number;
  /** Quarterly synthetic-opioid deaths of the quarters before the start, oldest first (three or more). */
  deathsBefore: number[];
}

/** What happened during the quarter being resolved; cleared when the next one begins. */
export interface TurnFlags {
  provocation: boolean;
  summit: boolean;
  concession: boolean;
  suspendRequested: boolean;
  resumeRequested: boolean;
  stepsThisTurn: number;
  creditGiven: boolean;
  creditWithheld: boolean;
  /** Costly steps China took this quarter (licensing, KYC, a class control, real enforcement). */
  costlySteps: number;
  /** Credit given with nothing new to recognize. */
  emptyCredit: boolean;
  summitAttended: boolean;
  relaxed: boolean;
  relationsAtStart: number;
}

export interface GameState extends World {
  modelVersion: number;
  scenarioId: string;
  seed: number;
  rng: RngState;
  /** This turn's uniforms, drawn when the turn begins: the only randomness anyone reads. */
  draws: number[];
  /** Turns resolved so far. */
  turn: number;
  turns: number;
  start: { year: number; quarter: number };
  budget: BySide<number>;
  /** China's steps of the last turn, waiting for the US to recognize them or not (rule 3). */
  awaitingCredit: number;
  /** What China did last quarter, as the US saw it: costly steps, and whether it let enforcement slide. */
  lastChina: { costly: number; relaxed: boolean };
  /** Concessions the US has made that China has not yet paid for with a costly step (rule 2). */
  concessionsOwed: number;
  /** Bite of chemicals scheduled this quarter, in force from the next (rule 5). */
  schedulePipeline: number;
  classPipeline: number;
  /** Highest scheduling bite reached, for the adaptation indicator. */
  scheduleNominal: number;
  seizureShock: number;
  /** Supply from other producers before any squeeze on China (rule 6). */
  altBase: number;
  precursorFlow: number;
  supply: number;
  /** Supply as it reaches the street, following `supply` with a lag (rule 8). */
  marketSupply: number;
  supplyRef: number;
  streetPrice: number;
  purity: number;
  /** Last quarter's supply factor in deaths, so a turn can say how much of a change came from supply. */
  potency: number;
  lethality: number;
  deathsHistory: number[];
  economicPressure: number;
  /** How far Washington's promises of relief are believed, 0..100 (rule 2). */
  usCredibility: number;
  measures: Record<Measure, MeasureChange>;
  /** The turn index of the last relief for a measure that stood, or null. */
  lastReliefTurn: number | null;
  /** The turn index from which China has held its current posture. */
  postureSince: number;
  /** China's own credibility, 0..100: whether its promises of steps are believed. */
  chinaCredibility: number;
  /** Offers on the table, deals under way, and those settled in the last quarters (strategy.md §3). */
  offers: Offer[];
  nextOfferId: number;
  /** A summit proposed by one side, for the other to attend in the next quarter. */
  summitInvite: { from: Side; turn: number } | null;
  truce: {
    reassessTurn: number;
    status: 'running' | 'renewed' | 'lapsed';
    tariffAtStart: number;
  } | null;
  flags: TurnFlags;
  /** Running sums the scores are made of (score.ts reads them against the no-moves world). */
  ledger: {
    deathsTotal: number;
    usEconomicCost: number;
    /** Being seen at home to get results from China, or to be played (strategy.md §1). */
    usHome: number;
    relationsSum: number;
    goodwillSum: number;
    chinaEnforcementCost: number;
    chinaPressure: number;
    /** China's standing in the world: seen to act, or blamed in public. */
    chinaStanding: number;
    summits: number;
  };
}

export interface GameSetup {
  scenarioId: string;
  seed: number;
  turns: number;
  start: { year: number; quarter: number };
  budget: BySide<number>;
  world: World;
  truceAfter: number | null;
}

export const NO_FLAGS: TurnFlags = {
  provocation: false,
  summit: false,
  concession: false,
  suspendRequested: false,
  resumeRequested: false,
  stepsThisTurn: 0,
  creditGiven: false,
  creditWithheld: false,
  costlySteps: 0,
  emptyCredit: false,
  summitAttended: false,
  relaxed: false,
  relationsAtStart: 0,
};

export function createGame(setup: GameSetup): GameState {
  const w = setup.world;
  const supplyRef = rawProduction(w.altSupply, 1 - chinaBiteOf(w), w.mexicoEnforcement, 0);
  const lastDeaths = w.deathsBefore[w.deathsBefore.length - 1] ?? 0;
  const exposure = w.users * w.penetration * (1 - (P.naloxoneProtection * w.naloxoneReach) / 100);
  const flow = 100 * (1 - chinaBiteOf(w));
  const state: GameState = {
    relations: w.relations,
    relationsBaseline: w.relationsBaseline,
    goodwill: w.goodwill,
    posture: w.posture,
    tariff: w.tariff,
    listedMajorProducer: w.listedMajorProducer,
    scheduled: w.scheduled,
    exportLicensing: w.exportLicensing,
    kyc: w.kyc,
    enforcement: w.enforcement,
    chips: w.chips,
    pendingAsk: w.pendingAsk,
    scheduleBite: w.scheduleBite,
    classBite: w.classBite,
    altSupply: w.altSupply,
    mexicoEnforcement: w.mexicoEnforcement,
    coalition: w.coalition,
    users: w.users,
    penetration: w.penetration,
    naloxoneReach: w.naloxoneReach,
    treatmentReach: w.treatmentReach,
    economicBase: w.economicBase,
    sanctions: { ...w.sanctions },
    classes: { ...w.classes },
    deathsBefore: [...w.deathsBefore],
    modelVersion: MODEL_VERSION,
    scenarioId: setup.scenarioId,
    seed: setup.seed,
    rng: seedRng(setup.seed),
    draws: [],
    turn: 0,
    turns: setup.turns,
    start: { ...setup.start },
    budget: { ...setup.budget },
    awaitingCredit: 0,
    lastChina: { costly: 0, relaxed: false },
    concessionsOwed: 0,
    schedulePipeline: 0,
    classPipeline: 0,
    scheduleNominal: w.scheduleBite,
    seizureShock: 0,
    altBase: w.altSupply,
    precursorFlow: flow,
    supply: 100,
    marketSupply: 100,
    supplyRef,
    streetPrice: 100,
    purity: P.purityRef,
    potency: 1,
    lethality: exposure > 0 ? lastDeaths / exposure : 0,
    deathsHistory: [...w.deathsBefore],
    economicPressure: w.economicBase,
    usCredibility: P.credibilityStart,
    measures: { tariff: null, forensicInstitute: null, chemicalFirms: null, listing: null },
    lastReliefTurn: null,
    postureSince: 0,
    summitInvite: null,
    chinaCredibility: P.credibilityStart,
    offers: [],
    nextOfferId: 1,
    truce:
      setup.truceAfter === null
        ? null
        : { reassessTurn: setup.truceAfter, status: 'running', tariffAtStart: w.tariff },
    flags: { ...NO_FLAGS, relationsAtStart: w.relations },
    ledger: {
      deathsTotal: 0,
      usEconomicCost: 0,
      usHome: 0,
      relationsSum: 0,
      goodwillSum: 0,
      chinaEnforcementCost: 0,
      chinaPressure: 0,
      chinaStanding: 0,
      summits: 0,
    },
  };
  return beginTurn(state);
}

/** Draws the turn's uniforms: always the same count, so runs that differ in one move stay in step. */
export function beginTurn(state: GameState): GameState {
  const { draws, next } = drawUniforms(state.rng, DRAWS_PER_TURN);
  return { ...state, rng: next, draws, flags: { ...NO_FLAGS, relationsAtStart: state.relations } };
}

/** Share of China's precursor flow stopped by what is in force (rules 5 and 7). */
export function chinaBiteOf(
  s: Pick<World, 'scheduleBite' | 'classBite' | 'enforcement' | 'kyc' | 'exportLicensing'>,
): number {
  const enforcement = s.enforcement / 100;
  const enforcementBite = P.enforcementBite * enforcement * (s.kyc ? P.kycBiteMultiplier : 1);
  const licensingBite = s.exportLicensing
    ? P.licensingBite + P.licensingEnforcedBite * enforcement
    : 0;
  const open =
    (1 - s.scheduleBite) * (1 - s.classBite) * (1 - enforcementBite) * (1 - licensingBite);
  return Math.min(P.maxChinaBite, 1 - open);
}

export function rawProduction(
  altSupply: number,
  chinaOpen: number,
  mexicoEnforcement: number,
  seizureShock: number,
): number {
  return (
    (100 * chinaOpen + altSupply) *
    (1 - (P.mexicoProductionCut * mexicoEnforcement) / 100) *
    (1 - seizureShock)
  );
}

export function quarterLabel(state: Pick<GameState, 'start'>, turn: number): string {
  const index = state.start.year * 4 + (state.start.quarter - 1) + turn;
  return `${Math.floor(index / 4)} Q${(index % 4) + 1}`;
}

/**
 * Deaths over the last four quarters. A scenario may record only three quarters before its start:
 * until a fourth is played, their average stands for the missing one, so the figure is a year's
 * from the first screen on and does not jump when the first quarter is played.
 */
export function deaths12m(state: Pick<GameState, 'deathsHistory'>): number {
  const last = state.deathsHistory.slice(-4);
  const sum = last.reduce((a, b) => a + b, 0);
  return last.length === 0 ? 0 : (sum / last.length) * 4;
}

/** A US move that relieves pressure on China (a tariff cut below `tariff`, sanctions lifted, delisting). */
export function isRelief(m: Move, tariff: number): boolean {
  return (
    m.type === 'liftSanction' ||
    m.type === 'delistMajorProducer' ||
    (m.type === 'setTariff' && m.rate < tariff)
  );
}

/**
 * Whether Beijing sees a credible path to relief: a truce in force, or relief delivered lately by a
 * Washington whose promises are believed (rule 4: pressure works best with one).
 */
export function pathToRelief(
  s: Pick<GameState, 'truce' | 'lastReliefTurn' | 'turn' | 'usCredibility' | 'offers' | 'tariff'>,
): boolean {
  if (s.truce?.status === 'running' || s.truce?.status === 'renewed') return true;
  if (s.usCredibility < P.credibilityCredible) return false;
  const offersRelief = s.offers.some(
    (o) =>
      (o.status === 'open' || o.status === 'deal') &&
      o.from === 'us' &&
      o.give.some((m) => isRelief(m, s.tariff)),
  );
  return (
    (on('offeredRelief') && offersRelief) ||
    (s.lastReliefTurn !== null && s.turn - s.lastReliefTurn < P.reliefMemory)
  );
}

export function isOver(state: GameState): boolean {
  return state.turn >= state.turns;
}

export type { Side, WorldEvent };
