import { t } from '../words';
import { bump } from './effects';
import { PARAMS as P } from './params';
import type { GameState } from './state';
import { on } from './switches';
import {
  type Cause,
  MAX_OFFER_TERMS,
  MAX_OFFER_WITHIN,
  type Move,
  type Offer,
  type Side,
} from './vocabulary';

/**
 * Offers: the negotiation itself (strategy.md §3). A side puts an offer on the table (what it will
 * play, what it asks the other side to play, within how many quarters); the other side accepts or
 * declines it in the next quarter, or it lapses. An accepted offer is a deal carried out by both
 * sides' own moves; a side that has not played its part by the deadline breaches it, which costs
 * its credibility, and the other side's trust.
 */

export const other = (side: Side): Side => (side === 'us' ? 'china' : 'us');

/** The side's own offer still waiting for an answer, if any. */
export function openOfferFrom(s: Pick<GameState, 'offers'>, side: Side): Offer | undefined {
  return s.offers.find((o) => o.from === side && o.status === 'open');
}

/** The other side's offer this side can answer now (made in an earlier quarter), if any. */
export function offerToAnswer(
  s: Pick<GameState, 'offers' | 'turn'>,
  side: Side,
): Offer | undefined {
  return s.offers.find((o) => o.from !== side && o.status === 'open' && o.made < s.turn);
}

/** Deals under way. */
export function deals(s: Pick<GameState, 'offers'>): Offer[] {
  return s.offers.filter((o) => o.status === 'deal');
}

/**
 * Why an offer cannot be made now, or null. Each term must be a move of the side that would play
 * it, not itself about offers, and fit the state as it stands (nothing already in force).
 */
export function offerRefusal(
  s: GameState,
  side: Side,
  m: Extract<Move, { type: 'proposeOffer' }>,
  book: {
    check: (s: GameState, move: Move, side: Side) => string | null;
    sideOf: (move: Move) => Side | 'both';
    isTerm: (move: Move) => boolean;
  },
): string | null {
  if (!Array.isArray(m.give) || !Array.isArray(m.ask)) return t('refusal.offerShape');
  if (openOfferFrom(s, side)) return t('refusal.offerOpen');
  if (m.give.length + m.ask.length === 0) return t('refusal.offerEmpty');
  if (m.give.length > MAX_OFFER_TERMS || m.ask.length > MAX_OFFER_TERMS)
    return t('refusal.offerTerms', { count: MAX_OFFER_TERMS });
  if (!Number.isInteger(m.within) || m.within < 1 || m.within > MAX_OFFER_WITHIN)
    return t('refusal.offerWithin', { count: MAX_OFFER_WITHIN });
  for (const [terms, by] of [
    [m.give, side],
    [m.ask, other(side)],
  ] as const) {
    const types = new Set<string>();
    for (const term of terms) {
      if (!book.isTerm(term)) return t('refusal.offerNested');
      const owner = book.sideOf(term);
      if (owner !== by && owner !== 'both')
        return t('refusal.offerWrongSide', { context: `${by === side ? 'give' : 'ask'}_${by}` });
      if (types.has(term.type)) return t('refusal.offerTwice');
      types.add(term.type);
      const why = book.check(s, term, by);
      if (why) return why;
    }
  }
  return null;
}

/** A new offer on the table. */
export function putOnTable(
  d: GameState,
  side: Side,
  m: Extract<Move, { type: 'proposeOffer' }>,
): void {
  d.offers.push({
    id: d.nextOfferId,
    from: side,
    give: m.give,
    ask: m.ask,
    within: m.within,
    made: d.turn,
    status: 'open',
    dealt: null,
    done: { give: m.give.map(() => false), ask: m.ask.map(() => false) },
    breachedBy: [],
    base: null,
  });
  d.nextOfferId += 1;
}

export function answer(d: GameState, side: Side, accepted: boolean, causes: Cause[]): void {
  const offer = d.offers.find((o) => o.from !== side && o.status === 'open' && o.made < d.turn);
  if (!offer) return;
  if (!accepted) {
    offer.status = 'declined';
    bump(d, causes, 'relations', -1, 'leverage', 'cause.offerDeclined');
    return;
  }
  offer.status = 'deal';
  offer.dealt = d.turn;
  offer.base = { tariff: d.tariff, scheduled: d.scheduled };
  bump(d, causes, 'relations', 2, 'leverage', 'cause.dealStruck');
}

/** Whether `term`, owed by `side` under `offer`, has been carried out. */
function carriedOut(s: GameState, offer: Offer, term: Move, played: readonly Move[]): boolean {
  const base = offer.base ?? { tariff: s.tariff, scheduled: s.scheduled };
  const playedOne = (test: (m: Move) => boolean) => played.some(test);
  switch (term.type) {
    case 'setTariff':
      return term.rate <= base.tariff ? s.tariff <= term.rate : s.tariff >= term.rate;
    case 'sanction':
      return s.sanctions[term.target];
    case 'liftSanction':
      return !s.sanctions[term.target];
    case 'listMajorProducer':
      return s.listedMajorProducer;
    case 'delistMajorProducer':
      return !s.listedMajorProducer;
    case 'licenseExports':
      return s.exportLicensing;
    case 'requireKYC':
      return s.kyc;
    case 'scheduleClass':
      return s.classes[term.class];
    case 'schedulePrecursors':
      return s.scheduled >= base.scheduled + term.count;
    case 'resumeCooperation':
      return s.posture !== 'suspended';
    case 'enforce':
      return playedOne((m) => m.type === 'enforce' && m.level >= term.level);
    default:
      return playedOne((m) => m.type === term.type);
  }
}

const MAX_SETTLED_KEPT = 6;

/**
 * At the end of a quarter's moves: deals record what each side carried out, and are kept or
 * breached at their deadline; offers left unanswered lapse. Settled offers are kept a while for the
 * report, then dropped, so the list stays short.
 */
export function settleOffers(
  d: GameState,
  played: Record<Side, readonly Move[]>,
  causes: Cause[],
): void {
  for (const offer of d.offers) {
    if (offer.status === 'open' && offer.made < d.turn) {
      offer.status = 'lapsed';
      continue;
    }
    if (offer.status !== 'deal' || offer.dealt === null) continue;
    const giver = offer.from;
    const s = d as GameState;
    offer.done.give = offer.give.map(
      (t, i) => offer.done.give[i] === true || carriedOut(s, offer, t, played[giver]),
    );
    offer.done.ask = offer.ask.map(
      (t, i) => offer.done.ask[i] === true || carriedOut(s, offer, t, played[other(giver)]),
    );
    const giverDone = offer.done.give.every(Boolean);
    const askedDone = offer.done.ask.every(Boolean);
    if (on('deals') && giverDone && askedDone) {
      offer.status = 'kept';
      for (const side of ['us', 'china'] as Side[]) credit(d, side, P.dealCredibility);
      bump(d, causes, 'goodwill', P.dealGoodwill, 'leverage', 'cause.dealCarriedOut');
      bump(d, causes, 'relations', 2, 'leverage', 'cause.dealKept');
      continue;
    }
    // Each side has the quarter of acceptance and `within` more to play its part.
    if (d.turn < offer.dealt + offer.within) continue;
    offer.status = 'breached';
    offer.breachedBy = [...(giverDone ? [] : [giver]), ...(askedDone ? [] : [other(giver)])];
    for (const side of offer.breachedBy) breach(d, side, causes);
  }
  const settled = d.offers.filter((o) => o.status !== 'open' && o.status !== 'deal');
  if (settled.length > MAX_SETTLED_KEPT) {
    const drop = new Set(settled.slice(0, settled.length - MAX_SETTLED_KEPT).map((o) => o.id));
    d.offers = d.offers.filter((o) => !drop.has(o.id));
  }
}

function credit(d: GameState, side: Side, delta: number): void {
  if (side === 'us') d.usCredibility = Math.max(0, Math.min(100, d.usCredibility + delta));
  else d.chinaCredibility = Math.max(0, Math.min(100, d.chinaCredibility + delta));
}

/** A side fails its part of a deal: its word is worth less, and the other side resents it. */
function breach(d: GameState, side: Side, causes: Cause[]): void {
  const before = side === 'us' ? d.usCredibility : d.chinaCredibility;
  credit(d, side, -P.breachCredibility);
  const after = side === 'us' ? d.usCredibility : d.chinaCredibility;
  causes.push({
    rule: 'leverage',
    indicator: 'credibility',
    delta: after - before,
    note: 'cause.breaksDeal',
    vars: { context: side },
  });
  if (side === 'us') {
    bump(d, causes, 'goodwill', -P.breachGoodwill, 'leverage', 'cause.badFaith');
    bump(d, causes, 'relations', -P.breachRelations, 'leverage', 'cause.brokenByUs');
    d.ledger.usHome -= 1;
  } else {
    bump(d, causes, 'relations', -P.breachRelations, 'leverage', 'cause.brokenByChina');
    d.ledger.chinaStanding -= 2;
  }
}

/** Offers whose status changed this quarter, or that were made in it: what the report tells. */
export function offerNews(before: readonly Offer[], after: readonly Offer[]): Offer[] {
  const was = new Map(before.map((o) => [o.id, o.status]));
  return after.filter((o) => was.get(o.id) !== o.status);
}
