import { describeMove, OFFER_MOVE_TYPES, refusalReason } from '../core/moves';
import { deals, offerToAnswer, openOfferFrom, other } from '../core/offers';
import { type GameState, quarterLabel } from '../core/state';
import type { OfferRecord } from '../core/turn';
import {
  type BySide,
  MAX_OFFER_TERMS,
  MAX_OFFER_WITHIN,
  type Move,
  type MoveType,
  type Offer,
  type Side,
} from '../core/vocabulary';
import { t } from '../words';
import { handFor, sameMove } from './cards';
import {
  type ComposerView,
  draftMove,
  EMPTY_DRAFT,
  type OfferDraft,
  offerText,
  type ProposeOffer,
  type SentComposer,
  type TermOption,
} from './offerText';
import { SIDE_SHORT } from './words';

export {
  type ComposerView,
  draftMove,
  EMPTY_DRAFT,
  type OfferDraft,
  type ProposeOffer,
  type SentComposer,
  type TermOption,
} from './offerText';

/**
 * Offers as the screens show them (strategy.md §3): the turn screen's panel, the composer and the
 * report's lines. Everything here is what an offer says and where it stands, which both sides see
 * alike; nothing reads a side's pending moves but the viewer's own.
 */

type Terms = Pick<Offer, 'from' | 'give' | 'ask' | 'within'>;

const capital = (side: Side) => t('offer.capital', { context: side });
/** A side as the object of a sentence: "the US", "China". */
const named = (side: Side) => t('offer.named', { context: side });

/**
 * An offer in words, with the core's wording of each term: "China offers: know-your-customer rules
 * for tariff set to 0%, within 2 quarters". Seen by the side that made it, it says "You".
 */
export function offerWords(o: Terms, viewer?: Side): string {
  return offerText(
    {
      from: o.from,
      give: o.give.map(describeMove),
      ask: o.ask.map(describeMove),
      within: o.within,
    },
    viewer,
  );
}

/** Where an offer of a turn record stands at the end of that quarter, in words. */
export function offerStatusWords(o: Pick<OfferRecord, 'from' | 'status' | 'breachedBy'>): string {
  const answerer = named(other(o.from));
  switch (o.status) {
    case 'open':
      return t('offer.status.open', { answerer });
    case 'deal':
      return t('offer.status.deal');
    case 'kept':
      return t('offer.status.kept');
    case 'breached': {
      const by = o.breachedBy ?? [];
      return by.length === 2
        ? t('offer.status.breachedBoth')
        : t('offer.status.breached', {
            by: by.map(capital).join(t('offer.and')) || t('offer.status.oneSide'),
          });
    }
    case 'declined':
      return t('offer.status.declined', { answerer });
    case 'lapsed':
      return t('offer.status.lapsed');
  }
}

/** One offer of a turn record as the report and the replay viewer list it. */
export function offerReportLine(o: OfferRecord): string {
  return t('offer.reportLine', { offer: offerWords(o), status: offerStatusWords(o) });
}

/** A deal under way, from one side's seat: what each side still owes, and by when. */
export interface DealView {
  id: number;
  /** The offer's words, as its maker put it. */
  text: string;
  /** The last quarter in which the parts can be played. */
  due: string;
  /** Quarters left to play them, this one included. */
  quartersLeft: number;
  youOwe: string[];
  theyOwe: string[];
  youDone: string[];
  theyDone: string[];
}

/** The turn screen's Offers panel, for `side`. */
export interface OffersPanelView {
  /** The other side's offer waiting for this side's answer, and the answer picked this turn. */
  toAnswer: { id: number; text: string; answer: 'accept' | 'decline' | null } | null;
  /** This side's offer on the table, waiting for the other side's answer. */
  own: string | null;
  /** The offer composed this turn: it goes on the table when the turn ends. */
  proposing: string | null;
  deals: DealView[];
  /** Why no new offer can be made now (the core's reason), or null. */
  proposeBlocked: string | null;
  /** The panel's text below the answer buttons: own offer, the one composed, deals. */
  lines: string[];
}

function dealView(g: GameState, o: Offer, side: Side): DealView {
  const mine = o.from === side;
  const yours = mine ? o.give : o.ask;
  const theirs = mine ? o.ask : o.give;
  const yoursDone = mine ? o.done.give : o.done.ask;
  const theirsDone = mine ? o.done.ask : o.done.give;
  const last = (o.dealt ?? g.turn) + o.within;
  const pick = (terms: Move[], done: boolean[], want: boolean) =>
    terms.filter((_, i) => (done[i] === true) === want).map(describeMove);
  return {
    id: o.id,
    text: offerWords(o, side),
    due: quarterLabel(g, last),
    quartersLeft: last - g.turn + 1,
    youOwe: pick(yours, yoursDone, false),
    theyOwe: pick(theirs, theirsDone, false),
    youDone: pick(yours, yoursDone, true),
    theyDone: pick(theirs, theirsDone, true),
  };
}

function dealLines(d: DealView, side: Side): string[] {
  const them = SIDE_SHORT[other(side)];
  const part = (who: string, owe: string[], mine: boolean) =>
    owe.length
      ? t('offer.deal.owe', {
          ...(mine && { context: 'mine' }),
          who,
          moves: owe.join(t('offer.deal.list')),
        })
      : t('offer.deal.done', { who });
  const left =
    d.quartersLeft <= 1 ? t('offer.deal.last') : t('offer.deal.left', { count: d.quartersLeft });
  return [
    t('offer.deal.due', { due: d.due, left }),
    part(t('offer.you'), d.youOwe, true),
    part(them, d.theyOwe, false),
  ];
}

/** What the Offers panel shows `side`: public terms, and only `side`'s own pending moves. */
export function offersPanelView(
  g: GameState,
  side: Side,
  pending: readonly Move[],
  offered: readonly MoveType[],
): OffersPanelView {
  const waiting = offerToAnswer(g, side);
  const answer = pending.some((m) => m.type === 'acceptOffer')
    ? 'accept'
    : pending.some((m) => m.type === 'declineOffer')
      ? 'decline'
      : null;
  const ownOffer = openOfferFrom(g, side);
  const proposal = pending.find((m): m is ProposeOffer => m.type === 'proposeOffer');
  const dealViews = deals(g).map((o) => dealView(g, o, side));
  const own = ownOffer ? offerWords(ownOffer, side) : null;
  const proposing = proposal ? offerWords({ ...proposal, from: side }, side) : null;
  const probe: ProposeOffer = { type: 'proposeOffer', give: [], ask: [], within: 1 };
  const others = pending.filter((m) => m.type !== 'proposeOffer');
  // Whether an offer could be made at all: an empty one is refused for being empty, nothing else.
  const blocked = refusalReason(g, side, others, probe, offered);
  // Deals first: they bind. Then the offer on the table, then the one composed this turn.
  const lines = [
    ...dealViews.flatMap((d) => dealLines(d, side)),
    ...(own ? [t('offer.panel.own', { offer: own, answerer: named(other(side)) })] : []),
    ...(proposing
      ? [
          t('offer.panel.new', {
            offer: `${proposing.charAt(0).toLowerCase()}${proposing.slice(1)}`,
          }),
        ]
      : []),
  ];
  return {
    toAnswer: waiting ? { id: waiting.id, text: offerWords(waiting, side), answer } : null,
    own,
    proposing,
    deals: dealViews,
    proposeBlocked: blocked === t('refusal.offerEmpty') ? null : blocked,
    lines: lines.length ? lines : [t('offer.panel.none')],
  };
}

/**
 * What `side` could give (its own moves) and ask (the other side's), from both hands: the concrete
 * moves of the turn screen, without the moves about offers and summits, and only moves the
 * scenario lets that side play. Asking China to re-announce an old step is left out: whether it
 * has one to re-announce is China's to know.
 */
export function offerOptions(
  g: GameState,
  side: Side,
  offered: BySide<readonly MoveType[]>,
): { give: TermOption[]; ask: TermOption[] } {
  const terms = (by: Side) =>
    handFor(g, by).filter(
      ({ move }) =>
        !OFFER_MOVE_TYPES.includes(move.type) &&
        offered[by].includes(move.type) &&
        !(by !== side && move.type === 'reannounce'),
    );
  return { give: terms(side), ask: terms(other(side)) };
}

/** The composer for `side` with `draft`; an offer already composed this turn would be replaced. */
export function composerView(
  g: GameState,
  side: Side,
  pending: readonly Move[],
  offered: BySide<readonly MoveType[]>,
  draft: OfferDraft,
): ComposerView {
  const options = offerOptions(g, side, offered);
  const move = draftMove(options, draft);
  const others = pending.filter((m) => m.type !== 'proposeOffer');
  const mark = (list: TermOption[], picks: number[]) =>
    list.map((o, i) => ({ ...o, picked: picks.includes(i) }));
  return {
    side,
    to: t('offer.to', { context: other(side) }),
    give: mark(options.give, draft.give),
    ask: mark(options.ask, draft.ask),
    within: draft.within,
    maxTerms: MAX_OFFER_TERMS,
    maxWithin: MAX_OFFER_WITHIN,
    move,
    words: offerWords({ ...move, from: side }, side),
    refusal: refusalReason(g, side, others, move, offered[side]),
  };
}

/** The draft that reproduces the offer composed this turn, if any (so it can be changed). */
export function draftOf(
  g: GameState,
  side: Side,
  pending: readonly Move[],
  offered: BySide<readonly MoveType[]>,
): OfferDraft {
  const proposal = pending.find((m): m is ProposeOffer => m.type === 'proposeOffer');
  if (!proposal) return { ...EMPTY_DRAFT };
  const options = offerOptions(g, side, offered);
  const find = (list: TermOption[], terms: Move[]) =>
    terms.map((t) => list.findIndex((o) => sameMove(o.move, t))).filter((i) => i >= 0);
  return {
    give: find(options.give, proposal.give),
    ask: find(options.ask, proposal.ask),
    within: proposal.within,
  };
}

/**
 * The terms `side` could give and ask in `g`, each in words with the core's reason it cannot be a
 * term now. They depend on the state alone, not on the side's pending moves (what does, the
 * budget, is the same for every term and is `blocked`), so they are kept per state and side: a
 * seat's composer is built again whenever its pending moves change.
 */
const termsKept = new WeakMap<
  GameState,
  Partial<Record<Side, Pick<SentComposer, 'give' | 'ask'>>>
>();

function sentTerms(
  g: GameState,
  side: Side,
  offered: BySide<readonly MoveType[]>,
): Pick<SentComposer, 'give' | 'ask'> {
  const kept = termsKept.get(g) ?? {};
  const found = kept[side];
  if (found) return found;
  const options = offerOptions(g, side, offered);
  const probe = (give: Move[], ask: Move[]) =>
    refusalReason(g, side, [], { type: 'proposeOffer', give, ask, within: 1 }, offered[side]);
  const term = (list: TermOption[], giving: boolean) =>
    list.map((o) => ({
      ...o,
      words: describeMove(o.move),
      refusal: giving ? probe([o.move], []) : probe([], [o.move]),
    }));
  const terms = { give: term(options.give, true), ask: term(options.ask, false) };
  kept[side] = terms;
  termsKept.set(g, kept);
  return terms;
}

/**
 * What an online seat's composer is sent for `side`: the terms it could give and ask, each in
 * words with the core's reason it cannot be a term now, why no offer can be made at all, and the
 * offer composed this turn as a draft. Nothing of the other side's pending moves.
 */
export function sentComposer(
  g: GameState,
  side: Side,
  pending: readonly Move[],
  offered: BySide<readonly MoveType[]>,
): SentComposer {
  const others = pending.filter((m) => m.type !== 'proposeOffer');
  const empty = refusalReason(
    g,
    side,
    others,
    { type: 'proposeOffer', give: [], ask: [], within: 1 },
    offered[side],
  );
  const proposal = pending.findIndex((m) => m.type === 'proposeOffer');
  return {
    ...sentTerms(g, side, offered),
    blocked: empty === t('refusal.offerEmpty') ? null : empty,
    draft: draftOf(g, side, pending, offered),
    proposal: proposal >= 0 ? proposal : null,
  };
}
