import { t } from '../../words';
import { bump } from '../effects';
import { answer, offerRefusal, offerToAnswer, putOnTable } from '../offers';
import { MAX_OFFER_TERMS, MAX_OFFER_WITHIN, type Move } from '../vocabulary';
import { z } from '../zod';
import { noParam, one, type Records, two, wholeParam } from './record';

type Shared = 'proposeSummit' | 'attendSummit' | 'proposeOffer' | 'acceptOffer' | 'declineOffer';

const within = wholeParam('within', 1, MAX_OFFER_WITHIN);
/** An offer's code number is its deadline; its terms follow it in the code. */
const offerParam = {
  ...within,
  shape: (term: z.ZodType) => ({
    give: z.array(term).max(MAX_OFFER_TERMS),
    ask: z.array(term).max(MAX_OFFER_TERMS),
    ...within.shape(term),
  }),
};
const free = () => 0;
const noOfferWaiting = () => t('refusal.noOffer');

/** A list of moves as words: "a and b", or "nothing". */
function termWords(moves: readonly Move[], done: (m: Move) => string): string {
  return moves.length
    ? moves.map(done).reduce((a, b) => t('move.proposeOffer.and', { a, b }))
    : t('move.proposeOffer.nothing');
}

/** Summitry and offers: the channel between the sides, open to both (strategy.md §2.6 and §3). */
export const SHARED_RECORDS: Records<Shared> = {
  proposeSummit: {
    side: 'both',
    rule: 'relationship',
    code: 22,
    param: noParam,
    term: false,
    cost: two,
    check: (s) => (s.summitInvite ? t('refusal.summitOpen') : null),
    apply: (d, _m, causes, side) => {
      d.summitInvite = { from: side, turn: d.turn };
      bump(d, causes, 'relations', 1, 'relationship', 'cause.summitProposed');
    },
  },
  attendSummit: {
    side: 'both',
    rule: 'relationship',
    code: 23,
    param: noParam,
    term: false,
    cost: one,
    check: (s, _m, side) =>
      s.summitInvite === null || s.summitInvite.from === side || s.summitInvite.turn >= s.turn
        ? t('refusal.noSummit')
        : null,
    apply: (d) => {
      d.flags.summitAttended = true;
    },
  },
  proposeOffer: {
    side: 'both',
    rule: 'leverage',
    code: 24,
    param: offerParam,
    term: false,
    cost: one,
    check: (s, m, side, book) => offerRefusal(s, side, m, book),
    apply: (d, m, causes, side) => {
      putOnTable(d, side, m);
      bump(d, causes, 'relations', 1, 'leverage', 'cause.offerMade');
    },
    words: (m, { done }) => ({
      give: termWords(m.give, done),
      ask: termWords(m.ask, done),
      count: m.within,
    }),
  },
  acceptOffer: {
    side: 'both',
    rule: 'leverage',
    code: 25,
    param: noParam,
    term: false,
    cost: free,
    check: (s, _m, side) => (offerToAnswer(s, side) ? null : noOfferWaiting()),
    apply: (d, _m, causes, side) => answer(d, side, true, causes),
  },
  declineOffer: {
    side: 'both',
    rule: 'leverage',
    code: 26,
    param: noParam,
    term: false,
    cost: free,
    check: (s, _m, side) => (offerToAnswer(s, side) ? null : noOfferWaiting()),
    apply: (d, _m, causes, side) => answer(d, side, false, causes),
  },
};
