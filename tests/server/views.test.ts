import { describe, expect, it } from 'vitest';
import { SIDES, type Side } from '../../src/core/vocabulary';
import { type Entry, GroupGame } from '../../src/server/group';
import { composerView } from '../../src/view/offers';
import { type OfferDraft, sentComposerView } from '../../src/view/offerText';
import { t } from '../../src/words';
import { EN } from '../../src/words/en';
import { ZH_CN } from '../../src/words/zh-CN';
import { SETTINGS } from './helpers';

const PEOPLE = { us: 'person', china: 'person' } as const;

/** A group that has applied `entries`, built from nothing: no view of it was ever asked for. */
function fresh(entries: Entry[]): GroupGame {
  const game = new GroupGame('g', SETTINGS, PEOPLE);
  for (const e of entries) game.apply(e);
  return game;
}

/** The first card `side` can play now, as its seat sees it. */
function playable(game: GroupGame, side: Side, skip = 0) {
  return game.seatView(side).turn.cards.filter((c) => c.refusal === null)[skip]?.move;
}

describe('the views a group keeps between entries', () => {
  it('are what a group that never kept any would build, entry after entry, for both seats, the observer and the dashboard', () => {
    const game = new GroupGame('g', SETTINGS, PEOPLE);
    const log: Entry[] = [];
    const step = (entry: Entry) => {
      expect(game.refusal(entry)).toBeNull();
      game.apply(entry);
      log.push(entry);
      const built = fresh(log);
      for (const side of SIDES) expect(game.seatView(side)).toEqual(built.seatView(side));
      expect(game.observerView()).toEqual(built.observerView());
      expect(game.status()).toEqual(built.status());
    };
    // Every seat's view is asked for before each entry, as the rooms do.
    const quarter = (offer: boolean) => {
      for (const side of SIDES) game.seatView(side);
      const us = playable(game, 'us');
      const china = playable(game, 'china');
      if (us) step({ k: 'add', side: 'us', move: us });
      if (china) step({ k: 'add', side: 'china', move: china });
      const second = playable(game, 'china', 1);
      if (second) step({ k: 'add', side: 'china', move: second });
      step({ k: 'remove', side: 'china', index: 0 });
      if (offer) {
        const sent = game.seatView('us').composer;
        const give = sent.give.find((o) => o.refusal === null)?.move;
        if (give)
          step({
            k: 'add',
            side: 'us',
            move: { type: 'proposeOffer', give: [give], ask: [], within: 2 },
          });
      }
      step({ k: 'say', side: 'china', text: 'a line' });
      step({ k: 'pause', paused: true });
      step({ k: 'pause', paused: false });
      step({ k: 'seat', side: 'china', holder: 'leverage' });
      step({ k: 'seat', side: 'china', holder: 'person' });
      step({ k: 'end', side: 'us' });
      step({ k: 'inject', event: 'summit' });
      step({ k: 'end', side: 'china' });
    };
    quarter(true);
    quarter(false);
    step({ k: 'auto', side: 'us', moves: game.policyMoves('us', 'hawk') });
    step({ k: 'auto', side: 'china', moves: game.policyMoves('china', 'leverage') });
    step({ k: 'quit' });
    expect(game.over).toBe(true);
  });

  it('give a seat the composer the one-device game shows: the same offer in words and the same refusal, draft by draft', () => {
    const game = new GroupGame('g', SETTINGS, PEOPLE);
    const check = () => {
      for (const side of SIDES) {
        const sent = game.seatView(side).composer;
        const ctx = game.snapshot.context;
        const drafts: OfferDraft[] = [
          { give: [], ask: [], within: 2 },
          ...sent.give.map((_, i) => ({ give: [i], ask: [], within: 1 })),
          ...sent.ask.map((_, i) => ({ give: [], ask: [i], within: 3 })),
          { give: [0, 1], ask: [0], within: 2 },
          { give: [0, 1, 2, 3], ask: [], within: 2 },
        ];
        for (const draft of drafts) {
          const online = sentComposerView(sent, side, draft);
          const local = composerView(ctx.game, side, game.pending[side], ctx.scenario.moves, draft);
          expect({ words: online.words, refusal: online.refusal, move: online.move }).toEqual({
            words: local.words,
            refusal: local.refusal,
            move: local.move,
          });
        }
      }
    };
    check();
    // With moves pending that spend the budget, and after a quarter.
    for (const side of SIDES)
      for (let i = 0; i < 3; i++) {
        const move = playable(game, side);
        if (move) game.apply({ k: 'add', side, move });
      }
    check();
    game.apply({ k: 'end', side: 'us' });
    game.apply({ k: 'end', side: 'china' });
    check();
  });

  it('are not built again for a seat when only the other seat picked a move', () => {
    const game = new GroupGame('g', SETTINGS, PEOPLE);
    const before = game.seatView('us');
    const move = playable(game, 'china');
    if (!move) throw new Error('no playable card for China');
    game.apply({ k: 'add', side: 'china', move });
    expect(game.seatView('us')).toBe(before);
    expect(game.seatView('china')).not.toBe(before);
  });
});

describe('the views in the language a client reads', () => {
  it('are put in each seat’s, observer’s and teacher’s words, and the server goes on speaking English', () => {
    const game = new GroupGame('g', SETTINGS, PEOPLE);
    const deaths = (labels: { id: string; label: string }[]) =>
      labels.find((i) => i.id === 'deaths12m')?.label;
    const key = 'indicator.deaths12m.label';
    expect(deaths(game.observerView('zh-CN').indicators)).toBe(ZH_CN[key]);
    expect(deaths(game.seatView('china', 'zh-CN').turn.indicators)).toBe(ZH_CN[key]);
    expect(deaths(game.seatView('us').turn.indicators)).toBe(EN[key]);
    expect(deaths(game.observerView().indicators)).toBe(EN[key]);
    // The dashboard's line too, for a teacher who reads Chinese.
    expect(game.status('zh-CN').posture).toBe(game.observerView('zh-CN').posture);
    expect(game.status('zh-CN').posture).not.toBe(game.status().posture);
    expect(t(key)).toBe(EN[key]);
    // The same seat in two languages: two views, each kept for its own readers.
    expect(game.seatView('china', 'en')).not.toEqual(game.seatView('china', 'zh-CN'));
    expect(game.seatView('china', 'zh-CN')).toBe(game.seatView('china', 'zh-CN'));
  });
});
