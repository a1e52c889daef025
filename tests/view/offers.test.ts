import { describe, expect, it } from 'vitest';
import { GameSession } from '../../src/app/session';
import { ReplayViewer } from '../../src/app/viewer';
import { describeMove, refusalReason } from '../../src/core/moves';
import { deals, offerToAnswer, openOfferFrom } from '../../src/core/offers';
import { MODEL_VERSION, quarterLabel } from '../../src/core/state';
import type { Move } from '../../src/core/vocabulary';
import {
  composerView,
  draftOf,
  offerOptions,
  offerReportLine,
  offersPanelView,
  offerWords,
} from '../../src/view/offers';

const usGame = {
  scenarioId: 'truce-2026',
  seat: 'us' as const,
  usPolicy: 'reciprocal' as const,
  chinaPolicy: 'leverage' as const,
  seed: 42,
};
const hotseat = { ...usGame, seat: 'hotseat' as const };

const kyc: Move = { type: 'requireKYC' };
const tariffToZero: Move = { type: 'setTariff', rate: 0 };

/** The US against the leverage AI, one quarter in: China's demand for relief is an offer. */
function afterChinasDemand(): GameSession {
  const s = new GameSession(usGame);
  s.endTurn('us');
  s.next();
  return s;
}

describe('offers in words', () => {
  it('use the core’s wording of each term, and say “You” to the side that made it', () => {
    const o = { from: 'china' as const, give: [kyc], ask: [tariffToZero], within: 2 };
    expect(offerWords(o)).toBe(
      `China offers: ${describeMove(kyc)} for ${describeMove(tariffToZero)}, within 2 quarters`,
    );
    expect(offerWords(o, 'china')).toBe(
      'You offer: know-your-customer rules for tariff set to 0%, within 2 quarters',
    );
    expect(offerWords({ ...o, give: [], within: 1 }, 'us')).toBe(
      'China asks for tariff set to 0%, offering nothing in return, within 1 quarter',
    );
    expect(offerWords({ ...o, from: 'us', ask: [] })).toBe(
      'US offers: know-your-customer rules, asking nothing in return, within 2 quarters',
    );
  });

  it('the report line tells where the offer stands', () => {
    const base = { id: 1, from: 'china' as const, give: [kyc], ask: [tariffToZero], within: 2 };
    const words = 'China offers: know-your-customer rules for tariff set to 0%, within 2 quarters';
    expect(offerReportLine({ ...base, status: 'open' })).toBe(
      `${words} — open: the US answers next quarter`,
    );
    expect(offerReportLine({ ...base, status: 'deal' })).toBe(`${words} — accepted: a deal`);
    expect(offerReportLine({ ...base, status: 'kept' })).toBe(`${words} — deal kept`);
    expect(offerReportLine({ ...base, status: 'breached', breachedBy: ['us'] })).toBe(
      `${words} — breached by Washington`,
    );
    expect(offerReportLine({ ...base, status: 'breached', breachedBy: ['us', 'china'] })).toBe(
      `${words} — breached by both sides`,
    );
    expect(offerReportLine({ ...base, status: 'declined' })).toBe(`${words} — declined by the US`);
    expect(offerReportLine({ ...base, status: 'lapsed' })).toBe(`${words} — lapsed: no answer`);
  });
});

describe('the Offers panel', () => {
  it('shows the US the offer China’s demand put on the table, as the core holds it', () => {
    const s = afterChinasDemand();
    const g = s.snapshot.context.game;
    const offer = offerToAnswer(g, 'us');
    expect(offer).toBeDefined();
    if (!offer) return;
    expect(offer.give).toEqual([kyc]);
    expect(offer.ask).toEqual([tariffToZero]);
    const panel = s.turnView('us').offers;
    expect(panel.toAnswer).toEqual({ id: offer.id, text: offerWords(offer), answer: null });
    expect(panel.own).toBeNull();
    expect(panel.deals).toEqual([]);
    expect(panel.proposeBlocked).toBeNull();
    // China sees the same offer as its own, waiting for the US.
    const china = offersPanelView(g, 'china', [], s.snapshot.context.scenario.moves.china);
    expect(china.toAnswer).toBeNull();
    expect(china.own).toBe(offerWords(offer, 'china'));
    expect(china.proposeBlocked).toBe('an offer of yours is already on the table');
    s.stop();
  });

  it('accept and decline are moves of the turn: picked, taken back, or swapped', () => {
    const s = afterChinasDemand();
    const titles = () => s.turnView('us').pending.map((p) => `${p.title} · ${p.cost} PC`);
    expect(s.answerOffer('us', 'accept')).toBe(true);
    expect(s.snapshot.context.pending.us).toEqual([{ type: 'acceptOffer' }]);
    expect(titles()).toEqual(['the offer accepted · 0 PC']);
    expect(s.turnView('us').offers.toAnswer?.answer).toBe('accept');
    s.answerOffer('us', 'decline');
    expect(s.snapshot.context.pending.us).toEqual([{ type: 'declineOffer' }]);
    expect(s.turnView('us').offers.toAnswer?.answer).toBe('decline');
    s.answerOffer('us', 'decline');
    expect(s.snapshot.context.pending.us).toEqual([]);
    expect(s.snapshot.context.refused).toEqual([]);
    s.stop();
  });

  it('with no offer waiting, an answer is not sent', () => {
    const s = new GameSession(usGame);
    expect(s.turnView('us').offers.toAnswer).toBeNull();
    expect(s.answerOffer('us', 'accept')).toBe(false);
    expect(s.snapshot.context.pending.us).toEqual([]);
    expect(s.snapshot.context.refused).toEqual([]);
    s.stop();
  });

  it('a deal under way: what each side still owes and the last quarter to play it', () => {
    const s = afterChinasDemand();
    s.answerOffer('us', 'accept');
    const cut = s
      .turnView('us')
      .cards.findIndex((c) => describeMove(c.move) === 'tariff set to 0%');
    expect(s.pick('us', cut)).toBe(true);
    s.endTurn('us');
    const record = s.snapshot.context.history.at(-1);
    expect(record?.offers.map((o) => o.status)).toEqual(['deal']);
    expect(s.reportView()?.offers).toEqual([
      'China offers: know-your-customer rules for tariff set to 0%, within 2 quarters — accepted: a deal',
    ]);
    s.next();
    const g = s.snapshot.context.game;
    const [deal] = deals(g);
    expect(deal).toBeDefined();
    if (!deal) return;
    const [view] = s.turnView('us').offers.deals;
    expect(view).toEqual({
      id: deal.id,
      text: offerWords(deal, 'us'),
      due: quarterLabel(g, (deal.dealt ?? 0) + deal.within),
      quartersLeft: (deal.dealt ?? 0) + deal.within - g.turn + 1,
      youOwe: deal.ask.filter((_, i) => !deal.done.ask[i]).map(describeMove),
      theyOwe: deal.give.filter((_, i) => !deal.done.give[i]).map(describeMove),
      youDone: deal.ask.filter((_, i) => deal.done.ask[i]).map(describeMove),
      theyDone: deal.give.filter((_, i) => deal.done.give[i]).map(describeMove),
    });
    // The US cut the tariff in the quarter it accepted; China still owes its step.
    expect(view?.youOwe).toEqual([]);
    expect(view?.theyOwe).toEqual(['know-your-customer rules']);
    expect(s.turnView('us').offers.lines).toEqual([
      `Deal, due ${view?.due} (2 quarters left):`,
      '· You: done ✓',
      '· China owes: know-your-customer rules',
    ]);
    s.endTurn('us');
    expect(s.reportView()?.offers).toEqual([
      'China offers: know-your-customer rules for tariff set to 0%, within 2 quarters — deal kept',
    ]);
    s.stop();
  });
});

describe('the offer composer', () => {
  it('lists each side’s concrete moves, never offers, summits or demands', () => {
    const s = new GameSession(usGame);
    const { game, scenario } = s.snapshot.context;
    const options = offerOptions(game, 'us', scenario.moves);
    const types = [...options.give, ...options.ask].map((o) => o.move.type);
    for (const banned of ['proposeOffer', 'proposeSummit', 'attendSummit', 'demandConcession'])
      expect(types).not.toContain(banned);
    const us: readonly string[] = scenario.moves.us;
    const china: readonly string[] = scenario.moves.china;
    expect(options.give.every((o) => us.includes(o.move.type))).toBe(true);
    expect(options.ask.every((o) => china.includes(o.move.type))).toBe(true);
    expect(options.give.map((o) => o.title)).toContain('Cut tariff to 0%');
    expect(options.ask.map((o) => o.title)).toContain('Require KYC checks');
    // Whether China has an old step to re-announce is China's to know: the US cannot ask for it.
    expect(options.ask.map((o) => o.move.type)).not.toContain('reannounce');
    expect(offerOptions(game, 'china', scenario.moves).give.map((o) => o.move.type)).toContain(
      'reannounce',
    );
    s.stop();
  });

  it('says the offer in words, with the core’s reason when it would be refused', () => {
    const s = new GameSession(usGame);
    const { game, scenario } = s.snapshot.context;
    const options = offerOptions(game, 'us', scenario.moves);
    const at = (list: 'give' | 'ask', title: string) =>
      options[list].findIndex((o) => o.title === title);
    const check = (give: number[], ask: number[], within: number) => {
      const v = composerView(game, 'us', [], scenario.moves, { give, ask, within });
      // Terms are taken in the order of the lists, whatever the order they were ticked in.
      const terms = (list: 'give' | 'ask', picks: number[]) =>
        [...picks].sort((a, b) => a - b).map((i) => options[list][i]?.move as Move);
      const move = {
        type: 'proposeOffer' as const,
        give: terms('give', give),
        ask: terms('ask', ask),
        within,
      };
      expect(v.move).toEqual(move);
      expect(v.refusal).toBe(refusalReason(game, 'us', [], move, scenario.moves.us));
      expect(v.words).toBe(offerWords({ ...move, from: 'us' }, 'us'));
      return v;
    };
    expect(check([], [], 2).refusal).toBe('an offer must give or ask something');
    const good = check([at('give', 'Cut tariff to 0%')], [at('ask', 'Require KYC checks')], 1);
    expect(good.refusal).toBeNull();
    expect(good.words).toBe(
      'You offer: tariff set to 0% for know-your-customer rules, within 1 quarter',
    );
    expect(good.give.filter((o) => o.picked).map((o) => o.title)).toEqual(['Cut tariff to 0%']);
    expect(
      check([at('give', 'Cut tariff to 0%'), at('give', 'Raise tariff to 20%')], [], 2).refusal,
    ).toBe('each kind of move once in an offer');
    // Export licensing is already in force in this scenario: the core says so.
    expect(check([], [at('ask', 'License exports')], 2).refusal).toBe(
      'export licensing is already in force',
    );
    s.stop();
  });

  it('confirming adds one offer to the moves (a second replaces it), costing political capital', () => {
    const s = new GameSession(usGame);
    const { game, scenario } = s.snapshot.context;
    const options = offerOptions(game, 'us', scenario.moves);
    const give = options.give.findIndex((o) => o.title === 'Share intelligence');
    const ask = options.ask.findIndex((o) => o.title === 'Enforce: level 2');
    const bad = { give: [give], ask: [], within: 9 };
    expect(s.proposeOffer('us', bad)).toBe(false);
    expect(s.snapshot.context.pending.us).toEqual([]);
    expect(s.proposeOffer('us', { give: [give], ask: [ask], within: 2 })).toBe(true);
    expect(s.proposeOffer('us', { give: [give], ask: [ask], within: 3 })).toBe(true);
    const pending = s.snapshot.context.pending.us;
    expect(pending).toEqual([
      {
        type: 'proposeOffer',
        give: [{ type: 'shareIntelligence' }],
        ask: [{ type: 'enforce', level: 2 }],
        within: 3,
      },
    ]);
    const v = s.turnView('us');
    expect(v.budget).toEqual({ total: 4, spent: 1, left: 3 });
    expect(v.pending.map((p) => `${p.title} · ${p.cost} PC`)).toEqual([
      'an offer to China (see Offers) · 1 PC',
    ]);
    expect(v.offers.proposing).toBe(
      'You offer: intelligence shared for enforcement, level 2, within 3 quarters',
    );
    expect(s.offerDraft('us')).toEqual({ give: [give], ask: [ask], within: 3 });
    expect(draftOf(game, 'us', pending, scenario.moves)).toEqual(s.offerDraft('us'));
    expect(s.withdrawOffer('us')).toBe(true);
    expect(s.snapshot.context.pending.us).toEqual([]);
    expect(s.snapshot.context.refused).toEqual([]);
    s.stop();
  });

  it('an offer already on the table blocks a second, for the composer and the button alike', () => {
    const s = new GameSession(hotseat);
    const { game, scenario } = s.snapshot.context;
    const options = offerOptions(game, 'us', scenario.moves);
    s.proposeOffer('us', { give: [0], ask: [], within: 1 });
    s.endTurn('us');
    s.endTurn('china');
    s.next();
    const g = s.snapshot.context.game;
    expect(openOfferFrom(g, 'us')).toBeDefined();
    const v = s.composer('us', { give: [0], ask: [], within: 1 });
    expect(v.refusal).toBe('an offer of yours is already on the table');
    expect(s.turnView('us').offers.proposeBlocked).toBe(v.refusal);
    expect(s.turnView('us').offers.own).toBe(
      `You offer: ${describeMove(options.give[0]?.move as Move)}, asking nothing in return, within 1 quarter`,
    );
    s.stop();
  });
});

describe('hidden information', () => {
  it('the other side’s offer and answer stay hidden until the quarter resolves', () => {
    const s = new GameSession(hotseat);
    s.endTurn('us');
    const before = s.turnView('us');
    const { game, scenario } = s.snapshot.context;
    const options = offerOptions(game, 'china', scenario.moves);
    const give = options.give.findIndex((o) => o.title === 'Schedule 3 precursors');
    const ask = options.ask.findIndex((o) => o.title === 'Take China off the list');
    expect(s.proposeOffer('china', { give: [give], ask: [ask], within: 2 })).toBe(true);
    // China's composed offer changes nothing the US can see.
    expect(s.turnView('us')).toEqual(before);
    expect(JSON.stringify(s.turnView('us'))).not.toMatch(/precursors scheduled|offer to/);
    s.endTurn('china');
    s.next();
    // Now it is on the table: the US sees what it says, and only that.
    const panel = s.turnView('us').offers;
    expect(panel.toAnswer?.text).toBe(
      'China offers: 3 precursors scheduled for China taken off the list, within 2 quarters',
    );
    s.answerOffer('us', 'decline');
    s.endTurn('us');
    expect(JSON.stringify(s.turnView('china'))).not.toMatch(/declined|decline/);
    expect(s.turnView('china').offers.own).toMatch(/^You offer: 3 precursors scheduled/);
    s.stop();
  });
});

describe('the replay viewer', () => {
  it('lists each quarter’s offers, replayed or as recorded', () => {
    const s = afterChinasDemand();
    s.answerOffer('us', 'accept');
    s.endTurn('us');
    s.next();
    s.endTurn('us');
    const replay = s.replay();
    const records = s.turnsJson();
    const expected = records.map((r) => r.offers.map(offerReportLine));
    expect(expected[0]).toEqual([
      'China offers: know-your-customer rules for tariff set to 0%, within 2 quarters — open: the US answers next quarter',
    ]);
    expect(expected[1]?.[0]).toMatch(/— accepted: a deal$/);
    const live = ReplayViewer.open({ replay, records, origin: 'test' });
    expect(live.ok && live.value.live).toBe(true);
    // Recorded under another model version: not replayed, but the recorded offers are shown.
    const old = ReplayViewer.open({
      replay: { ...replay, modelVersion: MODEL_VERSION + 1 },
      records,
      origin: 'test',
    });
    expect(old.ok && old.value.live).toBe(false);
    for (const viewer of [live, old]) {
      if (!viewer.ok) throw new Error(viewer.error);
      for (const [i, lines] of expected.entries()) {
        viewer.value.goTo(i + 1);
        expect(viewer.value.frame().report?.offers).toEqual(lines);
      }
    }
    s.stop();
  });
});
