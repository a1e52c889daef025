import { describe, expect, it } from 'vitest';
import { GameSession } from '../../src/app/session';
import { moveCost, refusalReason } from '../../src/core/moves';
import { previewMove } from '../../src/core/preview';
import type { Cause } from '../../src/core/vocabulary';
import { startActor } from '../../src/machine/driver';
import { cardsFor } from '../../src/view/cards';
import { verdict } from '../../src/view/debrief';
import { previewView } from '../../src/view/preview';
import { ruleGroups } from '../../src/view/report';
import { gameInputFor, parseSeed, seedFrom } from '../../src/view/setup';
import { turnView } from '../../src/view/turn';

const hotseat = {
  scenarioId: 'truce-2026',
  seat: 'hotseat' as const,
  usPolicy: 'reciprocal' as const,
  chinaPolicy: 'leverage' as const,
  seed: 42,
};

describe('cards', () => {
  it('every card is a real move with the core cost and the core refusal reason', () => {
    const actor = startActor(gameInputFor(hotseat));
    const { game, scenario } = actor.getSnapshot().context;
    for (const side of ['us', 'china'] as const) {
      const cards = cardsFor(game, side, [], scenario.moves[side]);
      expect(cards.length).toBeGreaterThan(9);
      for (const c of cards) {
        expect(c.cost).toBe(moveCost(c.move));
        expect(c.refusal).toBe(refusalReason(game, side, [], c.move, scenario.moves[side]));
      }
    }
    actor.stop();
  });

  it('a card that does not fit carries the reason', () => {
    const actor = startActor(gameInputFor(hotseat));
    const { game, scenario } = actor.getSnapshot().context;
    const tooMuch = [
      { type: 'sanction', target: 'chemicalFirms' } as const,
      { type: 'buildCoalition' } as const,
    ];
    const cards = cardsFor(game, 'us', tooMuch, scenario.moves.us);
    const coalition = cards.find((c) => c.move.type === 'fundDemandReduction');
    expect(coalition?.refusal).toMatch(/political capital/);
    const picked = cards.find((c) => c.move.type === 'buildCoalition');
    expect(picked?.pendingIndex).toBe(1);
    expect(picked?.refusal).toBeNull();
    const tariff = cardsFor(game, 'us', [{ type: 'setTariff', rate: 20 }], scenario.moves.us);
    // The second tariff card is refused by the core's once-a-turn rule, in words not ids.
    expect(tariff[3]?.refusal).toBe('“Set fentanyl tariff” is already played this turn');
    actor.stop();
  });

  it('keys: 1–9 and 0 for the first ten cards, letters after', () => {
    const actor = startActor(gameInputFor(hotseat));
    const { game, scenario } = actor.getSnapshot().context;
    const keys = cardsFor(game, 'china', [], scenario.moves.china).map((c) => c.key);
    expect(keys.slice(0, 10)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '0']);
    expect(keys[10]).toBe('q');
    expect(new Set(keys).size).toBe(keys.length);
    actor.stop();
  });
});

describe('hidden information in hot-seat', () => {
  it("china's chips and score are absent from the US view, present in China's", () => {
    const s = new GameSession(hotseat);
    const china = s.snapshot.context.game.chips;
    const us = JSON.stringify(s.turnView('us'));
    expect(us).not.toMatch(/chips/i);
    expect(JSON.stringify(s.turnView('china'))).toMatch(new RegExp(`Chips in hand: ${china}`));
    s.stop();
  });

  it("the US's pending moves never appear in China's view", () => {
    const s = new GameSession(hotseat);
    s.pick('us', 0); // give credit
    expect(s.turnView('us').pending.map((p) => p.title)).toEqual([
      'public credit for China’s steps',
    ]);
    s.endTurn('us');
    expect(s.sideToMove()).toBe('china');
    const china = s.turnView('china');
    expect(china.pending).toEqual([]);
    expect(JSON.stringify(china)).not.toMatch(/public credit/);
    s.stop();
  });
});

describe('posture', () => {
  it('is read from the statechart region', () => {
    const s = new GameSession({ ...hotseat, scenarioId: 'pelosi-2022' });
    const value = s.snapshot.value as { posture: string };
    expect(s.turnView('us').posture.state).toBe(value.posture);
    s.stop();
  });
});

describe('preview', () => {
  it('comes from previewMove', () => {
    const actor = startActor(gameInputFor(hotseat));
    const { game, scenario } = actor.getSnapshot().context;
    const move = { type: 'setTariff', rate: 30 } as const;
    const view = previewView(game, scenario, 'us', [], move, 'Raise tariff', 'leverage');
    const core = previewMove(game, scenario, 'us', [], move, { reply: 'leverage' });
    expect(view.deaths.delta).toBe(core.deaths);
    const relations = view.lines.find((l) => l.label === 'Relations');
    expect(relations?.delta).toBe(core.deltas.relations);
    expect(relations?.trend).toBe('down');
    actor.stop();
  });

  it('a session previews the card with the pending moves', () => {
    const s = new GameSession(hotseat);
    const p = s.preview('us', 2); // raise tariff
    expect(p?.heading).toMatch(/Raise tariff/);
    s.stop();
  });
});

describe('report', () => {
  it('groups causes by rule and sorts by size', () => {
    const causes: Cause[] = [
      { rule: 'credit', indicator: 'goodwill', delta: 2, note: 'a' },
      { rule: 'tariffs', indicator: 'relations', delta: -30, note: 'b' },
      { rule: 'credit', indicator: 'goodwill', delta: 5, note: 'c' },
      { rule: 'demand', indicator: 'deaths', delta: -100, note: 'd' },
    ];
    const groups = ruleGroups(causes);
    expect(groups.map((g) => g.rule)).toEqual(['tariffs', 'credit', 'demand']);
    expect(groups[1]?.lines.map((l) => l.text)).toEqual(['Goodwill +5.0: c', 'Goodwill +2.0: a']);
    expect(groups[0]?.evidence.source).toMatch(/Economist|CNN/);
  });

  it('the report after a turn carries the causes the core returned', () => {
    const s = new GameSession({ ...hotseat, seat: 'us' });
    s.pick('us', 2);
    s.endTurn('us');
    expect(s.phase()).toBe('report');
    const report = s.reportView();
    const rules = new Set(s.snapshot.context.report?.causes.map((c) => c.rule));
    expect(new Set(report?.rules.map((g) => g.rule))).toEqual(rules);
    expect(report?.moves.some((m) => m.side === 'us' && /tariff set to 20%/.test(m.text))).toBe(
      true,
    );
    s.stop();
  });
});

describe('setup', () => {
  it('parses seeds', () => {
    expect(parseSeed('123')).toBe(123);
    expect(parseSeed('-1')).toBeNull();
    expect(parseSeed('99999999999')).toBeNull();
    expect(seedFrom(0xffffffff)).toBeLessThanOrEqual(2 ** 31 - 1);
  });

  it('controllers follow the seat', () => {
    expect(gameInputFor({ ...hotseat, seat: 'us' }).controllers).toEqual({
      us: 'human',
      china: 'ai',
    });
    expect(gameInputFor({ ...hotseat, seat: 'china' }).controllers).toEqual({
      us: 'ai',
      china: 'human',
    });
    expect(gameInputFor({ ...hotseat, seat: 'watch' }).controllers).toEqual({
      us: 'ai',
      china: 'ai',
    });
  });
});

describe('debrief', () => {
  it('compares deaths with the no-moves counterfactual of the same seed', () => {
    const s = new GameSession({
      ...hotseat,
      seat: 'watch',
      usPolicy: 'dove',
      chinaPolicy: 'cooperative',
    });
    while (s.phase() !== 'debrief') s.next();
    const d = s.debriefView();
    const played = s.snapshot.context.history;
    const cf = s.counterfactual();
    expect(cf.every((r) => r.usMoves.length === 0 && r.chinaMoves.length === 0)).toBe(true);
    expect(d.livesSaved).toBe(
      cf.reduce((a, r) => a + r.deaths, 0) - played.reduce((a, r) => a + r.deaths, 0),
    );
    expect(d.deaths[1]?.values).toEqual(cf.map((r) => r.deaths12m));
    expect(d.posture.map((p) => p.posture)).toEqual(played.map((r) => r.cooperation));
    s.stop();
  });

  it('heads a one-side game with the player’s score against making no moves, never with the other side’s gain', () => {
    const s = new GameSession({ ...hotseat, seat: 'china', usPolicy: 'hawk' });
    for (let i = 0; s.phase() !== 'debrief' && i < 40; i++) {
      if (s.phase() === 'report') s.next();
      else s.endTurn('china');
    }
    const d = s.debriefView();
    const score = d.scores.find((x) => x.side === 'china')?.total ?? 0;
    expect(d.headline).toBe(verdict('china', score));
    expect(d.headline).toMatch(score < 0 ? /worse than making no moves/ : /better|no better/);
    expect(d.headline).not.toMatch(/lives saved/);
    s.stop();
    expect(verdict('us', -11.94)).toBe(
      'Your score for the United States: −11.9, worse than making no moves at all (0)',
    );
    expect(verdict('china', 6.25)).toMatch(/\+6\.3, better than making no moves/);
  });

  it('a history scenario brings what really happened', () => {
    const s = new GameSession({ ...hotseat, scenarioId: 'history-2018', seat: 'watch' });
    while (s.phase() !== 'debrief') s.next();
    expect(s.debriefView().actual?.notes.length).toBeGreaterThan(3);
    s.stop();
  });
});

describe('turn view', () => {
  it('the budget counts the pending moves', () => {
    const actor = startActor(gameInputFor(hotseat));
    actor.send({ type: 'us.move.add', move: { type: 'buildCoalition' } });
    const v = turnView(actor.getSnapshot(), 'us');
    expect(v.budget).toEqual({ total: 4, spent: 2, left: 2 });
    actor.stop();
  });
  it('shows every trend on the second turn, against the world as the game began', () => {
    const s = new GameSession({ ...hotseat, seat: 'us', usPolicy: 'reciprocal' });
    s.pick('us', 2); // raise the tariff
    s.endTurn('us');
    s.next();
    const moved = s.turnView('us').indicators.filter((i) => i.trend !== 'flat');
    expect(moved.map((i) => i.id)).toEqual(expect.arrayContaining(['tariff', 'relations']));
    s.stop();
  });

  it('reads a year of deaths from the first screen, even where the scenario records three quarters before its start', () => {
    const s = new GameSession({ ...hotseat, scenarioId: 'history-2018', seat: 'us' });
    const first = s.turnView('us').indicators.find((i) => i.id === 'deaths12m')?.value ?? 0;
    s.endTurn('us');
    const report = s.reportView();
    const line = report?.changes.find((c) => c.indicator === 'deaths12m');
    // The first quarter moves the year's figure by a quarter's change, not by a whole quarter.
    expect(Math.abs(line?.delta ?? 0)).toBeLessThan(first * 0.1);
    s.stop();
  });
});
