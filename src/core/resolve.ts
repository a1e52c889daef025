import { bump, clamp } from './effects';
import { EVENTS } from './events';
import { applyMove, checkMove, MOVES, type MoveRecord } from './moves';
import { offerNews, settleOffers } from './offers';
import { DRAW, PARAMS as P } from './params';
import { chinaBiteOf, type GameState, pathToRelief, rawProduction } from './state';
import { on } from './switches';
import type { BySide, Cause, Move, Offer, Refusal, Side, WorldEvent } from './vocabulary';

export interface QuarterInput {
  moves: BySide<readonly Move[]>;
  events: readonly WorldEvent[];
}

export interface QuarterResult {
  state: GameState;
  applied: BySide<Move[]>;
  refused: Refusal[];
  causes: Cause[];
  /** Offers made, answered or settled this quarter, as they stand at its end. */
  offers: Offer[];
}

/**
 * Resolves one quarter: last quarter's controls come into force, the moves of both sides (US first),
 * the quarter's events, credit, the relationship, enforcement, the supply chain, demand and deaths.
 * China's posture is reviewed afterwards (posture.ts), by the caller.
 */
export function resolveQuarter(state: GameState, input: QuarterInput): QuarterResult {
  const causes: Cause[] = [];
  const refused: Refusal[] = [];
  const applied: BySide<Move[]> = { us: [], china: [] };
  // The whole quarter runs on one copy this function owns, every part a move or an event may edit
  // copied, so the state handed in is never changed (tests freeze it to hold us to that). Going
  // through immer's drafts instead cost several times the rest of the quarter.
  const d = ownedCopy(state);
  controlsComeIntoForce(d);
  for (const side of ['us', 'china'] as Side[]) {
    for (const move of input.moves[side]) {
      const def = MOVES[move.type] as MoveRecord | undefined;
      const reason = !def
        ? 'unknown move'
        : def.side !== side && def.side !== 'both'
          ? `not a ${side} move`
          : checkMove(d as GameState, move, side);
      if (reason) refused.push({ side, move, reason });
      else {
        applyMove(d, move, causes, side);
        applied[side].push(move);
      }
    }
  }
  settleSummit(d, causes);
  for (const event of input.events) EVENTS[event].apply(d, causes);
  const next = d;
  if (next.offers.length > 0) settleOffers(next, applied, causes);
  settleCredit(next, causes);
  relationshipDrift(next, causes);
  enforcementDrift(next, causes);
  supplyChain(next, causes);
  demandAndDeaths(next, causes);
  economyAndLedger(next);
  truceReview(next, causes);
  next.turn += 1;
  return { state: next, applied, refused, causes, offers: offerNews(state.offers, next.offers) };
}

/** A copy of the state whose mutable parts are new objects, so the quarter can update it in place. */
function ownedCopy(s: GameState): GameState {
  return {
    ...s,
    sanctions: { ...s.sanctions },
    classes: { ...s.classes },
    deathsHistory: [...s.deathsHistory],
    truce: s.truce && { ...s.truce },
    flags: { ...s.flags },
    ledger: { ...s.ledger },
    measures: { ...s.measures },
    offers: s.offers.map((o) => ({ ...o, done: { give: [...o.done.give], ask: [...o.done.ask] } })),
  };
}

type D = GameState;

/** Rule 5: what was scheduled last quarter bites now; what was in force erodes as traffickers adapt. */
function controlsComeIntoForce(d: GameState): void {
  const adapt = P.scheduleAdaptation * (1 - (P.enforcementSlowsAdaptation * d.enforcement) / 100);
  d.scheduleBite = 1 - (1 - d.scheduleBite * (1 - adapt)) * (1 - d.schedulePipeline);
  d.scheduleNominal = 1 - (1 - d.scheduleNominal) * (1 - d.schedulePipeline);
  const floor = d.classes.fentanyl ? P.classFloor : 0;
  d.classBite -= P.classAdaptation * Math.max(0, d.classBite - floor);
  d.classBite = 1 - (1 - d.classBite) * (1 - d.classPipeline);
  d.schedulePipeline = 0;
  d.classPipeline = 0;
}

/** Rules 1 and 2: a summit proposed last quarter is held if the other side attends, or it lapses. */
function settleSummit(d: GameState, causes: Cause[]): void {
  const invite = d.summitInvite;
  if (!invite || invite.turn >= d.turn) return;
  d.summitInvite = null;
  if (on('summitry') && d.flags.summitAttended) {
    EVENTS.summit.apply(d, causes);
    d.ledger.summits += 1;
  } else bump(d, causes, 'relations', -3, 'relationship', 'cause.summitUnanswered');
}

/** Rule 3: credit for last quarter's steps raises goodwill; withheld or ignored, they go back to China's chips. */
function settleCredit(d: D, causes: Cause[]): void {
  const awaiting = d.awaitingCredit;
  if (!on('credit')) return;
  if (d.flags.creditGiven) {
    const gain = awaiting > 0 ? P.creditGain + P.creditPerStep * awaiting : P.creditGain / 2;
    bump(d, causes, 'goodwill', gain, 'credit', 'cause.creditGiven');
    bump(d, causes, 'relations', 2, 'credit', 'cause.publicRecognition');
  } else if (d.flags.creditWithheld) {
    bump(d, causes, 'goodwill', -P.withheldLoss, 'credit', 'cause.notEnough');
    bump(d, causes, 'relations', -2, 'rhetoric', 'cause.publicDismissal');
    bump(d, causes, 'chips', awaiting, 'credit', 'cause.soldAgain');
  } else if (awaiting > 0) {
    bump(d, causes, 'goodwill', -P.unrecognizedLoss * awaiting, 'credit', 'cause.noCredit');
    bump(d, causes, 'chips', awaiting, 'credit', 'cause.soldAgain');
  }
  d.awaitingCredit = d.flags.stepsThisTurn;
  d.lastChina = { costly: d.flags.costlySteps, relaxed: d.flags.relaxed };
}

/** Rules 1, 3 and 4: relations drift back to the era's mood, a tariff in force irritates, goodwill fades. */
function relationshipDrift(d: D, causes: Cause[]): void {
  bump(
    d,
    causes,
    'relations',
    P.relationsReversion * (d.relationsBaseline - d.relations),
    'relationship',
    'cause.eraMood',
  );
  if (d.tariff > 0)
    bump(d, causes, 'relations', -P.tariffIrritant * d.tariff, 'tariffs', 'cause.tariffRankles');
  if (hardening(d))
    bump(d, causes, 'relations', -P.hardeningRelations, 'tariffs', 'cause.hardening');
  if (d.usCredibility < P.credibilityStart)
    d.usCredibility = Math.min(P.credibilityStart, d.usCredibility + P.credibilityRecovery);
  bump(
    d,
    causes,
    'goodwill',
    P.goodwillReversion * (P.goodwillRest - d.goodwill),
    'credit',
    'cause.goodwillFades',
  );
}

/** Rule 7: enforcement follows the posture and goodwill, and falls first when relations sour. */
function enforcementDrift(d: D, causes: Cause[]): void {
  const target =
    P.postureEnforcement[d.posture] * (0.6 + (0.8 * d.goodwill) / 100) +
    (d.kyc ? P.kycEnforcementBonus : 0);
  bump(
    d,
    causes,
    'enforcement',
    (target > d.enforcement ? P.enforcementPull : P.enforcementFade) * (target - d.enforcement),
    'enforcement',
    'cause.enforcementSettles',
    { posture: `posture.${d.posture}` },
  );
  const soured = d.flags.relationsAtStart - d.relations;
  if (soured > 0)
    bump(
      d,
      causes,
      'enforcement',
      -P.enforcementSourOnRelations * soured,
      'enforcement',
      'cause.relationsSour',
    );
}

/** Rules 5, 6, 8 and 10: China's flow, other producers, Mexican production, supply, price and purity. */
function supplyChain(d: D, causes: Cause[]): void {
  const flowBefore = d.precursorFlow;
  const chinaOpen = 1 - chinaBiteOf(d);
  d.precursorFlow = 100 * chinaOpen;
  if (d.precursorFlow !== flowBefore)
    causes.push({
      rule: d.precursorFlow < flowBefore ? 'scheduling' : 'enforcement',
      indicator: 'precursorFlow',
      delta: d.precursorFlow - flowBefore,
      note: d.precursorFlow < flowBefore ? 'cause.controlsBite' : 'cause.controlsEroded',
    });

  const altBefore = d.altSupply;
  const gap = 100 - d.precursorFlow;
  const rerouted = hardening(d)
    ? P.hardeningDisplacement * (d.economicPressure - P.hardeningPressure)
    : 0;
  const target =
    d.altBase + (P.altShareOfGap * gap + rerouted) * (1 - (P.coalitionAltCut * d.coalition) / 100);
  d.altSupply += (target > d.altSupply ? P.altGrowth : P.altDecline) * (target - d.altSupply);
  d.altSupply = Math.min(P.maxAltSupply, d.altSupply);
  if (Math.abs(d.altSupply - altBefore) > 0.05)
    causes.push({
      rule: 'displacement',
      indicator: 'altSupply',
      delta: d.altSupply - altBefore,
      note: 'cause.otherProducers',
    });
  d.coalition *= 1 - P.coalitionDecay;
  d.mexicoEnforcement += P.mexicoReversion * (P.mexicoRest - d.mexicoEnforcement);

  const supplyBefore = d.supply;
  d.supply =
    (100 * rawProduction(d.altSupply, chinaOpen, d.mexicoEnforcement, d.seizureShock)) /
    d.supplyRef;
  d.seizureShock *= P.seizureDecay;
  const priceBefore = d.streetPrice;
  const purityBefore = d.purity;
  d.purity = P.purityRef * (Math.max(d.supply, 1) / 100) ** P.purityElasticity;
  const priceTarget = 100 * (100 / Math.max(d.supply, 1)) ** P.priceElasticity;
  d.streetPrice += P.priceAdjust * (priceTarget - d.streetPrice);
  if (d.supply !== supplyBefore) {
    causes.push({
      rule: 'supplyShock',
      indicator: 'streetPrice',
      delta: d.streetPrice - priceBefore,
      note: 'cause.streetPrice',
    });
    causes.push({
      rule: 'supplyShock',
      indicator: 'purity',
      delta: d.purity - purityBefore,
      note: 'cause.purity',
    });
  }
}

/** Rules 8 and 9: deaths follow supply, fentanyl's reach into the market, naloxone and the number using. */
function demandAndDeaths(d: D, causes: Cause[]): void {
  // Street supply follows production with a lag: stocks and cutting carry a shock over quarters.
  d.marketSupply += P.marketAdjust * (d.supply - d.marketSupply);
  const supplyRatio = Math.min(P.maxSupplyForDeaths, Math.max(d.marketSupply, 1) / 100);
  d.penetration +=
    P.penetrationGrowth * d.penetration * (1 - d.penetration) * Math.min(1, supplyRatio) -
    P.penetrationRetreat * d.penetration * Math.max(0, 1 - supplyRatio);
  d.penetration = clamp(d.penetration, 0.01, 1);
  const potency = supplyRatio ** P.supplyPotency;
  const naloxone = 1 - (P.naloxoneProtection * d.naloxoneReach) / 100;
  const noise = 1 + P.deathsNoise * (2 * (d.draws[DRAW.deathsNoise] ?? 0.5) - 1);
  const deaths = d.lethality * d.users * d.penetration * potency * naloxone * noise;
  const previous = d.deathsHistory[d.deathsHistory.length - 1] ?? deaths;
  d.deathsHistory.push(deaths);
  if (d.deathsHistory.length > 8) d.deathsHistory.shift();

  // Attribute the change in deaths to supply (rule 8) and to demand (rule 9), in proportion to each log change.
  const lastPotency = d.potency;
  const supplyShare = Math.log(potency / lastPotency);
  const total = Math.log(deaths / previous);
  if (deaths !== previous && Number.isFinite(total) && total !== 0) {
    const fromSupply = (deaths - previous) * clamp(supplyShare / total, -2, 2);
    causes.push({
      rule: 'supplyShock',
      indicator: 'deaths',
      delta: fromSupply,
      note: 'cause.reachesStreet',
    });
    causes.push({
      rule: 'demand',
      indicator: 'deaths',
      delta: deaths - previous - fromSupply,
      note: 'cause.demand',
    });
  }
  d.potency = potency;

  const price = d.streetPrice / 100;
  const initiation = P.initiationRate * (1 - P.priceDetersInitiation * clamp(price - 1, 0, 1));
  const exits = P.quitRate + (P.treatmentExit * d.treatmentReach) / 100;
  d.users = Math.min(P.maxUsers, Math.max(1, d.users * (1 + initiation - exits) - deaths / 1000));
}

/** Rule 4: a tariff raises China's need for relief and costs the US economy. */
function economyAndLedger(d: D): void {
  const sanctionsInForce = Object.values(d.sanctions).filter(Boolean).length;
  d.economicPressure = clamp(
    d.economicBase +
      P.tariffPressure * d.tariff +
      5 * sanctionsInForce +
      (d.listedMajorProducer ? 3 : 0),
    0,
    100,
  );
  const L = d.ledger;
  L.deathsTotal += d.deathsHistory[d.deathsHistory.length - 1] ?? 0;
  L.usEconomicCost += P.tariffUsCost * d.tariff;
  // At home: results from China count, more so when a measure stood behind them; credit for
  // nothing new looks weak (strategy.md §1).
  const pressing = d.tariff > 0 || sanctionsInForce > 0 || d.listedMajorProducer;
  L.usHome +=
    d.flags.costlySteps * (pressing ? 1.5 : 1) -
    (d.flags.emptyCredit ? 1.5 : d.flags.creditGiven && d.lastChina.costly === 0 ? 0.5 : 0);
  L.relationsSum += d.relations;
  L.goodwillSum += d.goodwill;
  L.chinaEnforcementCost += d.enforcement / 100 + (d.kyc ? 0.3 : 0) + (d.exportLicensing ? 0.3 : 0);
  L.chinaPressure += d.economicPressure;
  L.chinaStanding += P.standingByPosture[d.posture] - (d.flags.creditWithheld ? 1 : 0);
}

/** Rule 4: high economic pressure with no credible path to relief hardens Beijing. */
function hardening(d: D): boolean {
  return d.economicPressure > P.hardeningPressure && !pathToRelief(d);
}

/** Rule 12: at the reassessment the truce is renewed, or China loosens what it promised. */
function truceReview(d: D, causes: Cause[]): void {
  const truce = d.truce;
  if (!on('truce') || truce?.status !== 'running' || d.turn + 1 < truce.reassessTurn) return;
  const holds = d.relations >= P.truceHoldsAbove && d.tariff <= truce.tariffAtStart;
  if (holds) {
    truce.status = 'renewed';
    bump(d, causes, 'goodwill', 6, 'truce', 'cause.truceRenewed');
  } else {
    truce.status = 'lapsed';
    d.exportLicensing = false;
    bump(d, causes, 'enforcement', -20, 'truce', 'cause.truceLapsesControls');
    bump(d, causes, 'relations', -8, 'truce', 'cause.truceLapses');
  }
}
