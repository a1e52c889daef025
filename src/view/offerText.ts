import { MAX_OFFER_TERMS, MAX_OFFER_WITHIN, type Move, type Side } from '../core/vocabulary';
import { t } from '../words';

/**
 * An offer's words and the composer's view built from terms already put in words, with no game
 * state: what the turn screen's composer and an online seat's composer share. An online seat has
 * only what the server sends it (each term's words and whether it could be a term now), so this
 * module reads neither the model nor the rules; `offers.ts` puts the local game's terms in words
 * and hands them here.
 */

export type { Side };

const OTHER: Record<Side, Side> = { us: 'china', china: 'us' };

/** An offer in words from its terms' words: "China offers: …, within 2 quarters", "You …" for the viewer's own. */
export function offerText(
  o: { from: Side; give: readonly string[]; ask: readonly string[]; within: number },
  viewer?: Side,
): string {
  const mine = o.from === viewer;
  const who = mine ? t('offer.you') : t('country.short', { context: o.from });
  const within = t('offer.within', { count: o.within });
  const give = o.give.join(t('offer.and'));
  const ask = o.ask.join(t('offer.and'));
  const kind =
    o.give.length && o.ask.length
      ? 'both'
      : o.give.length
        ? 'give'
        : o.ask.length
          ? 'ask'
          : 'nothing';
  return t(`offer.${kind}`, { ...(mine && { context: 'mine' }), who, give, ask, within });
}

/** A move that can be a term of an offer, as the composer lists it. */
export interface TermOption {
  move: Move;
  title: string;
}

/** A term as an online seat receives it: its words in an offer, and why it cannot be one now. */
export interface SentTerm extends TermOption {
  words: string;
  refusal: string | null;
}

/** The composer's choices: positions in the give and ask lists, and the quarters. */
export interface OfferDraft {
  give: number[];
  ask: number[];
  within: number;
}

export const EMPTY_DRAFT: OfferDraft = { give: [], ask: [], within: 2 };

export type ProposeOffer = Extract<Move, { type: 'proposeOffer' }>;

/** What the composer shows for a draft: the toggles, the offer in words and why it cannot be made. */
export interface ComposerView {
  side: Side;
  /** "China" or "the United States": who the offer is made to. */
  to: string;
  give: (TermOption & { picked: boolean })[];
  ask: (TermOption & { picked: boolean })[];
  within: number;
  maxTerms: number;
  maxWithin: number;
  move: ProposeOffer;
  words: string;
  /** The core's reason for refusing this offer now, or null when it can be made. */
  refusal: string | null;
}

/** The draft's chosen positions of `list`, each once, in the list's order. */
export function chosen<T>(list: readonly T[], picks: readonly number[]): T[] {
  return [...new Set(picks)]
    .sort((a, b) => a - b)
    .flatMap((i) => (list[i] !== undefined ? [list[i] as T] : []));
}

export function draftMove(
  options: { give: readonly TermOption[]; ask: readonly TermOption[] },
  draft: OfferDraft,
): ProposeOffer {
  return {
    type: 'proposeOffer',
    give: chosen(options.give, draft.give).map((o) => o.move),
    ask: chosen(options.ask, draft.ask).map((o) => o.move),
    within: draft.within,
  };
}

/** What an online seat's composer is sent: the terms, why no offer can be made, the offer composed. */
export interface SentComposer {
  give: SentTerm[];
  ask: SentTerm[];
  /** Why no offer can be made now (an offer of this side's is on the table), or null. */
  blocked: string | null;
  /** The offer composed this turn, as a draft of these lists (empty when there is none). */
  draft: OfferDraft;
  /** Where the offer composed this turn sits among the seat's pending moves, or null. */
  proposal: number | null;
}

/**
 * The composer for a seat, from what the server sent: the core's checks the seat can make from
 * it (an offer already on the table, an empty offer, too many terms, a kind twice, a term that
 * does not fit now); the server checks the offer with the core again when it arrives.
 */
export function sentComposerView(sent: SentComposer, side: Side, draft: OfferDraft): ComposerView {
  const move = draftMove(sent, draft);
  const give = chosen(sent.give, draft.give);
  const ask = chosen(sent.ask, draft.ask);
  const mark = (list: SentTerm[], picks: number[]) =>
    list.map((o, i) => ({ move: o.move, title: o.title, picked: picks.includes(i) }));
  const twice = (terms: SentTerm[]) => new Set(terms.map((o) => o.move.type)).size < terms.length;
  const refusal =
    sent.blocked ??
    (give.length + ask.length === 0
      ? t('refusal.offerEmpty')
      : give.length > MAX_OFFER_TERMS || ask.length > MAX_OFFER_TERMS
        ? t('refusal.offerTerms', { count: MAX_OFFER_TERMS })
        : twice(give) || twice(ask)
          ? t('refusal.offerTwice')
          : ([...give, ...ask].find((o) => o.refusal)?.refusal ?? null));
  return {
    side,
    to: t('offer.to', { context: OTHER[side] }),
    give: mark(sent.give, draft.give),
    ask: mark(sent.ask, draft.ask),
    within: draft.within,
    maxTerms: MAX_OFFER_TERMS,
    maxWithin: MAX_OFFER_WITHIN,
    move,
    words: offerText(
      {
        from: side,
        give: give.map((o) => o.words),
        ask: ask.map((o) => o.words),
        within: draft.within,
      },
      side,
    ),
    refusal,
  };
}
