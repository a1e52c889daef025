import { describe, expect, it } from 'vitest';
import { playCoreGame } from '../../src/core/turn';
import { POSTURES } from '../../src/core/vocabulary';
import { phase, playGame, resumeActor, sendTurn, startActor } from '../../src/machine/driver';
import type { GameInput } from '../../src/machine/game';
import { every, scenario } from '../helpers';

const aiInput = (id: string, seed: number): GameInput => ({
  scenario: scenario(id),
  seed,
  controllers: { us: 'ai', china: 'ai' },
  policies: { us: 'reciprocal', china: 'leverage' },
});

describe('the statechart', () => {
  it.each([
    ['truce-2026', 'reciprocal', 'leverage'],
    ['sandbox', 'hawk', 'hardline'],
    ['pelosi-2022', 'dove', 'cooperative'],
  ] as const)('plays %s (%s vs %s) exactly as the bare core does', (id, us, china) => {
    for (const seed of [1, 2, 3]) {
      const input = { ...aiInput(id, seed), policies: { us, china } };
      const machine = playGame(input).context.history;
      const core = playCoreGame(scenario(id), seed, { us, china }).records;
      expect(machine).toEqual(core);
    }
  });

  it("holds China's posture in its region, in step with the model after every turn", () => {
    // The walk-out, then the summit that ends it: the region moves with the model.
    const actor = startActor(aiInput('pelosi-2022', 4));
    const seen = new Set<string>();
    for (let i = 0; i < 10; i++) {
      const s = actor.getSnapshot();
      const region = (s.value as { posture: string }).posture;
      expect(region).toBe(s.context.game.posture);
      seen.add(region);
      actor.send({ type: 'report.next' });
    }
    expect(seen.size).toBeGreaterThan(1);
    expect(POSTURES).toEqual(expect.arrayContaining([...seen]));
  });

  it('ends in the debrief after the last turn', () => {
    const s = playGame(aiInput('truce-2026', 9));
    expect(phase(s)).toBe('debrief');
    expect(s.context.history).toHaveLength(8);
    expect((s.value as { truce: string }).truce).toMatch(/renewed|lapsed/);
  });

  it('a persisted snapshot round-trips through JSON and resumes identically', () => {
    const input = aiInput('truce-2026', 21);
    const straight = playGame(input).context.history;
    const actor = startActor(input);
    for (let i = 0; i < 3; i++) actor.send({ type: 'report.next' });
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    actor.stop();
    const resumed = resumeActor(saved);
    for (let i = 0; i < 5; i++) resumed.send({ type: 'report.next' });
    expect(resumed.getSnapshot().context.history).toEqual(straight);
  });

  it('hands a side to the computer mid-game: the rest plays as if it had held it all along', () => {
    const credit = [{ type: 'giveCredit' as const }];
    const base = { scenario: scenario('truce-2026'), seed: 13 };
    // China played by the computer from the start; the US gives credit each quarter.
    const straight = startActor({ ...base, controllers: { us: 'human', china: 'ai' } });
    for (let i = 0; i < 4; i++) {
      if (i > 0) straight.send({ type: 'report.next' });
      sendTurn(straight, { us: credit });
    }
    // Both sides people; after two quarters China is handed to the computer.
    const handed = startActor({ ...base, controllers: { us: 'human', china: 'human' } });
    const first = straight.getSnapshot().context.played;
    for (let i = 0; i < 2; i++) {
      if (i > 0) handed.send({ type: 'report.next' });
      sendTurn(handed, { us: credit, china: first[i]?.china ?? [] });
    }
    handed.send({ type: 'seats.set', controllers: { us: 'human', china: 'ai' } });
    for (let i = 2; i < 4; i++) {
      handed.send({ type: 'report.next' });
      handed.send({ type: 'us.move.add', move: { type: 'giveCredit' } });
      handed.send({ type: 'us.turn.end' }); // China's turn is played at once
      expect(phase(handed.getSnapshot())).toBe('report');
    }
    expect(handed.getSnapshot().context.history).toEqual(straight.getSnapshot().context.history);
    expect(handed.getSnapshot().context.controllers).toEqual({ us: 'human', china: 'ai' });
  });

  it('a crisis set for a quarter plays exactly as a facilitator injecting it then', () => {
    // People on both sides, scripted: each quarter the US gives credit and China passes.
    const input: GameInput = {
      scenario: scenario('truce-2026'),
      seed: 17,
      controllers: { us: 'human', china: 'human' },
    };
    const quarter = { us: [{ type: 'giveCredit' as const }], china: [] };
    const script = every(8, quarter);
    const crisis = playGame({ ...input, crises: [{ turn: 2, event: 'taiwanVisit' }] }, script);
    const injected = playGame(input, [
      quarter,
      { ...quarter, inject: ['taiwanVisit'] },
      ...script.slice(2),
    ]);
    const plain = playGame(input, script);
    expect(crisis.context.history).toEqual(injected.context.history);
    expect(crisis.context.played[1]?.inject).toEqual(['taiwanVisit']);
    expect(crisis.context.history[1]?.events).toContain('taiwanVisit');
    expect(plain.context.history[1]?.events).not.toContain('taiwanVisit');
    // A facilitator adding the same event that quarter does not double it.
    const both = playGame({ ...input, crises: [{ turn: 2, event: 'taiwanVisit' }] }, [
      quarter,
      { ...quarter, inject: ['taiwanVisit'] },
      ...script.slice(2),
    ]);
    expect(both.context.history).toEqual(crisis.context.history);
  });

  it('refuses a move that does not fit, with the reason, and keeps the turn going', () => {
    const actor = startActor({
      scenario: scenario('sandbox'),
      seed: 1,
      controllers: { us: 'human', china: 'ai' },
    });
    actor.send({ type: 'us.move.add', move: { type: 'liftSanction', target: 'chemicalFirms' } });
    const s = actor.getSnapshot();
    expect(s.context.pending.us).toEqual([]);
    expect(s.context.lastRefusal?.reason).toMatch(/no sanctions/);
    expect(phase(s)).toBe('usMoves');
    actor.send({ type: 'us.turn.end' });
    expect(actor.getSnapshot().context.history[0]?.refused[0]?.reason).toMatch(/no sanctions/);
  });

  it('moves can be taken back until the turn ends', () => {
    const actor = startActor({
      scenario: scenario('sandbox'),
      seed: 1,
      controllers: { us: 'human', china: 'human' },
    });
    actor.send({ type: 'us.move.add', move: { type: 'giveCredit' } });
    actor.send({ type: 'us.move.add', move: { type: 'pressMexico' } });
    actor.send({ type: 'us.move.remove', index: 0 });
    expect(actor.getSnapshot().context.pending.us).toEqual([{ type: 'pressMexico' }]);
    actor.send({ type: 'us.turn.end' });
    expect(phase(actor.getSnapshot())).toBe('chinaMoves');
    actor.send({ type: 'china.turn.end' });
    expect(actor.getSnapshot().context.history[0]?.usMoves).toEqual([{ type: 'pressMexico' }]);
  });

  it("records a facilitator's inject in the replay log and in the turn's events", () => {
    const actor = startActor({
      scenario: scenario('sandbox'),
      seed: 1,
      controllers: { us: 'human', china: 'ai' },
    });
    sendTurn(actor, { us: [], inject: ['summit'] });
    const s = actor.getSnapshot();
    expect(s.context.played[0]?.inject).toEqual(['summit']);
    expect(s.context.history[0]?.events).toContain('summit');
  });
});

describe('what reaches the statechart from outside', () => {
  const people: GameInput = {
    scenario: scenario('truce-2026'),
    seed: 3,
    controllers: { us: 'human', china: 'human' },
  };

  it('an event brought in twice in a quarter happens once, and is recorded once', () => {
    const actor = startActor({
      ...people,
      crises: [
        { turn: 1, event: 'summit' },
        { turn: 1, event: 'summit' },
      ],
    });
    sendTurn(actor, { us: [], china: [], inject: ['covidShock', 'covidShock', 'summit'] });
    const ctx = actor.getSnapshot().context;
    expect(ctx.played[0]?.inject).toEqual(['covidShock', 'summit']);
    expect(ctx.history[0]?.events.filter((e) => e === 'covidShock')).toHaveLength(1);
    expect(ctx.history[0]?.events.filter((e) => e === 'summit')).toHaveLength(1);
    actor.stop();
  });

  it('an error inside the statechart reaches the sender at once, not later from a timer', () => {
    const broken = {
      ...people,
      scenario: { ...people.scenario, scripted: [{ turn: 1, events: ['nothing' as 'summit'] }] },
    };
    expect(() => playGame(broken)).toThrow(TypeError);
  });
});
