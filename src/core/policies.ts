import { withWords } from '../words';
import { nextCostlyStep, refusalReason, reliefFor } from './moves';
import { deals, offerToAnswer, openOfferFrom } from './offers';
import { DRAW, PARAMS as P } from './params';
import { type GameState, isRelief, type Measure } from './state';
import {
  type Ask,
  CHINA_POLICIES,
  type ChinaPolicy,
  type Move,
  type MoveType,
  type Offer,
  type Personality,
  type Side,
  US_POLICIES,
  type UsPolicy,
} from './vocabulary';

export interface PolicyInfo {
  label: string;
  /** What the personality does, in a line, for the setup screen. */
  summary: string;
}

/** Each personality's name and line, read from the catalogue when shown (`policy.<id>.*`). */
export const US_POLICY_INFO: Record<UsPolicy, PolicyInfo> = withWords(
  US_POLICIES,
  () => ({}),
  ['label', 'summary'],
  (id, field) => `policy.${id}.${field}`,
);

export const CHINA_POLICY_INFO: Record<ChinaPolicy, PolicyInfo> = withWords(
  CHINA_POLICIES,
  () => ({}),
  ['label', 'summary'],
  (id, field) => `policy.${id}.${field}`,
);

/**
 * The moves a policy plays this turn: its wishes in order of preference, each kept only if it fits
 * (budget, once per turn, the state). Randomness comes only from the turn's draws.
 */
export function policyMoves(
  s: GameState,
  side: Side,
  policy: Personality,
  offered?: readonly MoveType[],
): Move[] {
  const u = s.draws[side === 'us' ? DRAW.us : DRAW.china] ?? 0.5;
  const wishes = WISHES[policy](s, u);
  const chosen: Move[] = [];
  for (const move of wishes)
    if (refusalReason(s, side, chosen, move, offered) === null) chosen.push(move);
  return chosen;
}

type Wishes = (s: GameState, u: number) => Move[];

function cheapOrAsk(s: GameState, u: number): Move[] {
  const ask = askFor(s);
  return [
    ...(ask && s.pendingAsk === null ? [{ type: 'demandConcession', ask } as Move] : []),
    s.chips > 0 ? { type: 'reannounce' } : { type: 'announceConsensus' },
    { type: 'schedulePrecursors', count: u < 0.5 ? 1 : 2 },
  ];
}

function askFor(s: GameState): Ask | null {
  if (s.tariff > 0) return 'tariffRelief';
  if (s.sanctions.forensicInstitute || s.sanctions.chemicalFirms) return 'liftSanctions';
  if (s.listedMajorProducer) return 'delisting';
  return null;
}

/** Whether a measure has held long enough that relief from it counts (strategy.md §2.5). */
const stood = (s: GameState, m: Measure) => {
  const last = s.measures[m];
  return last === null || s.turn - last.turn >= P.standsAfter;
};

function relief(s: GameState, ask: Ask | null): Move | null {
  if (ask === 'tariffRelief' && s.tariff > 0 && stood(s, 'tariff'))
    return { type: 'setTariff', rate: Math.max(0, s.tariff - 10) };
  if (ask === 'liftSanctions') {
    const target = s.sanctions.forensicInstitute ? 'forensicInstitute' : 'chemicalFirms';
    return s.sanctions[target] && stood(s, target) ? { type: 'liftSanction', target } : null;
  }
  if (ask === 'delisting' && s.listedMajorProducer && stood(s, 'listing'))
    return { type: 'delistMajorProducer' };
  return null;
}

const costlySteps = (s: GameState): Move[] => [
  { type: 'licenseExports' },
  { type: 'enforce', level: 2 },
  { type: 'requireKYC' },
  { type: 'scheduleClass', class: s.classes.fentanyl ? 'nitazenes' : 'fentanyl' },
  { type: 'schedulePrecursors', count: 3 },
];

/** A summit invitation from the other side is waiting for this side's answer. */
const invited = (s: GameState, side: Side) =>
  s.summitInvite !== null && s.summitInvite.from !== side && s.summitInvite.turn < s.turn;
/** Quarters China has held its current posture. */
const held = (s: GameState) => s.turn - s.postureSince;
const attend: Move = { type: 'attendSummit' };
const propose: Move = { type: 'proposeSummit' };

const COSTLY = new Set(['licenseExports', 'requireKYC', 'scheduleClass']);
const isCostly = (m: Move) => COSTLY.has(m.type) || (m.type === 'enforce' && m.level >= 2);
const accept: Move = { type: 'acceptOffer' };
const decline: Move = { type: 'declineOffer' };

/** Accept the offer waiting for this side if `fair` says so, else decline it; nothing if none. */
function answerOffer(s: GameState, side: Side, fair: (o: Offer) => boolean): Move[] {
  const o = offerToAnswer(s, side);
  return o ? [fair(o) ? accept : decline] : [];
}

/** What this side still owes under deals: keeping one's word comes before anything new. */
function owed(s: GameState, side: Side): Move[] {
  return deals(s).flatMap((o) => {
    const mine = o.from === side ? o.give : o.ask;
    const done = o.from === side ? o.done.give : o.done.ask;
    return mine.filter((_, i) => !done[i]);
  });
}

/** Relief in an offer counts only for a measure that has stood (no cycling). */
const standingRelief = (s: GameState, m: Move) =>
  (m.type === 'setTariff' && m.rate < s.tariff && stood(s, 'tariff')) ||
  (m.type === 'liftSanction' && s.sanctions[m.target] && stood(s, m.target)) ||
  (m.type === 'delistMajorProducer' && s.listedMajorProducer && stood(s, 'listing'));

/** The US offer of a durable trade: the relief China asks for, against its next costly step. */
function reliefForStep(s: GameState): Move | null {
  if (openOfferFrom(s, 'us') || deals(s).length > 0 || s.posture === 'suspended') return null;
  const ask = s.pendingAsk ?? askFor(s);
  const give = ask ? reliefFor(s, ask) : null;
  if (!give || !standingRelief(s, give)) return null;
  return { type: 'proposeOffer', give: [give], ask: [nextCostlyStep(s)], within: 2 };
}

const WISHES: Record<Personality, Wishes> = {
  passive: () => [],
  hawk: (s, u) => [
    ...answerOffer(s, 'us', () => false),
    { type: 'setTariff', rate: Math.min(60, s.tariff + (u < 0.5 ? 10 : 5)) },
    { type: 'sanction', target: 'chemicalFirms' },
    { type: 'listMajorProducer' },
    { type: 'withholdCredit' },
    { type: 'pressMexico' },
  ],
  dove: (s) =>
    [
      ...answerOffer(s, 'us', () => true),
      ...owed(s, 'us'),
      ...(invited(s, 'us') ? [attend] : []),
      ...(s.posture === 'suspended' ? [propose] : []),
      { type: 'giveCredit' } as Move,
      relief(s, s.pendingAsk ?? askFor(s)),
      { type: 'shareIntelligence' } as Move,
      { type: 'fundDemandReduction' } as Move,
    ].filter((m): m is Move => m !== null),
  reciprocal: (s, u) => {
    // Deals that pay relief for costly steps, from a China whose word holds, are taken and kept.
    const wishes: Move[] = [
      ...answerOffer(
        s,
        'us',
        (o) =>
          s.chinaCredibility >= P.credibilityCredible &&
          o.give.some(isCostly) &&
          o.ask.every((m) => standingRelief(s, m)),
      ),
      ...owed(s, 'us'),
    ];
    if (invited(s, 'us')) wishes.push(attend);
    // A walk-out is met with pressure first, then with a summit to offer the way back.
    if (s.posture === 'suspended' && held(s) >= 2) wishes.push(propose);
    else if (s.posture === 'suspended')
      wishes.push({ type: 'setTariff', rate: Math.min(40, s.tariff + 10) });
    else {
      if (s.awaitingCredit > 0) wishes.push({ type: 'giveCredit' });
      // Relief pays for costly steps only, never for talk; enforcement let slide is answered.
      const trade = s.lastChina.costly > 0 ? relief(s, s.pendingAsk ?? askFor(s)) : null;
      const offer = trade ? null : reliefForStep(s);
      if (trade) wishes.push(trade);
      else if (s.lastChina.relaxed && stood(s, 'tariff'))
        wishes.push({ type: 'setTariff', rate: Math.min(30, s.tariff + 10) });
      else if (offer) wishes.push(offer);
      wishes.push({ type: 'shareIntelligence' });
    }
    wishes.push(u < 0.5 ? { type: 'fundDemandReduction' } : { type: 'pressMexico' });
    return wishes;
  },
  leverage: (s, u) => [
    // Relief offered by a Washington whose word holds is worth a costly step; a deal is kept.
    ...answerOffer(
      s,
      'china',
      (o) => s.usCredibility >= P.credibilityCredible && o.give.some((m) => isRelief(m, s.tariff)),
    ),
    ...owed(s, 'china'),
    ...leverageWishes(s, u),
  ],
  cooperative: (s) => [
    ...answerOffer(s, 'china', () => true),
    ...owed(s, 'china'),
    ...(invited(s, 'china') ? [attend] : []),
    ...(s.posture === 'suspended' ? [{ type: 'resumeCooperation' } as Move] : []),
    { type: 'enforce', level: 2 },
    { type: 'schedulePrecursors', count: 2 },
    { type: 'licenseExports' },
    { type: 'requireKYC' },
  ],
  hardline: (s) => {
    const ask = askFor(s);
    // Takes relief that asks nothing costly in return, and keeps no promise.
    const wishes: Move[] = answerOffer(s, 'china', (o) => !o.ask.some(isCostly));
    if (ask && s.pendingAsk === null) wishes.push({ type: 'demandConcession', ask });
    if (s.tariff >= 20 && s.posture !== 'suspended') wishes.push({ type: 'suspendCooperation' });
    wishes.push({ type: 'relaxEnforcement' }, { type: 'announceConsensus' });
    return wishes;
  },
};

function leverageWishes(s: GameState, u: number): Move[] {
  {
    const ask = askFor(s);
    if (invited(s, 'china')) return [attend, ...cheapOrAsk(s, u)];
    if (s.posture === 'suspended') {
      // Rule 1-2: back to the table only once a concession or a summit has come.
      if (s.concessionsOwed > 0) return [{ type: 'resumeCooperation' }, ...costlySteps(s)];
      return ask && s.pendingAsk === null ? [{ type: 'demandConcession', ask }] : [];
    }
    if (s.concessionsOwed > 0) return costlySteps(s);
    const cheap: Move[] = [
      s.chips > 0 ? { type: 'reannounce' } : { type: 'announceConsensus' },
      { type: 'schedulePrecursors', count: u < 0.5 ? 1 : 2 },
    ];
    if (ask && s.pendingAsk === null) return [{ type: 'demandConcession', ask }, ...cheap];
    if (ask) return cheap;
    // Nothing left to ask for: steady cooperation, at a pace goodwill pays for.
    return s.goodwill >= 45 ? [{ type: 'enforce', level: 1 }, ...cheap] : cheap;
  }
}
