import { describe, expect, it } from 'vitest';
import { SaveStore } from '../../src/app/saves';
import { GameSession } from '../../src/app/session';
import { TurnTimer } from '../../src/app/timer';
import { openSave } from '../../src/app/viewer';
import { decodeClassCode, encodeClassCode, encodeReplayCode } from '../../src/core/code';
import type { WorldEvent } from '../../src/core/vocabulary';
import { runClass } from '../../src/view/classResults';
import {
  applyClassCode,
  classCodeOf,
  crisisLabel,
  defaultChoice,
  formatClock,
  gameInputFor,
  nextCrisisEvent,
  nextTurnSeconds,
  nextTurns,
  timerLabel,
  withCrisis,
  withTurns,
} from '../../src/view/setup';
import { eventHeadline, eventLabel, splitInjected } from '../../src/view/words';
import { MapStorage } from '../helpers';

describe('class codes on the setup screen', () => {
  it('a class code carries scenario, seed, quarters and timer, and applying it restores them', () => {
    const made = { ...defaultChoice(77), scenarioId: 'pelosi-2022', turns: 3, turnSeconds: 90 };
    const code = classCodeOf(made);
    expect(decodeClassCode(code)).toEqual({
      ok: true,
      value: { scenario: 'pelosi-2022', seed: 77, turns: 3, turnSeconds: 90 },
    });
    const applied = applyClassCode({ ...defaultChoice(1), seat: 'hotseat' }, code);
    expect(applied.ok && applied.value).toMatchObject({
      scenarioId: 'pelosi-2022',
      seed: 77,
      turns: 3,
      turnSeconds: 90,
      seat: 'hotseat',
    });
  });

  it('refuses a mistyped code with a message', () => {
    const code = classCodeOf(defaultChoice(5));
    const r = applyClassCode(defaultChoice(1), `${code.slice(0, -1)}x`);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/class code/);
  });

  it('the game plays exactly the class code’s number of quarters', () => {
    const choice = { ...defaultChoice(9), turns: 2 };
    expect(gameInputFor(choice).turns).toBe(2);
    const session = new GameSession(choice);
    expect(session.snapshot.context.game.turns).toBe(2);
    session.stop();
    expect(gameInputFor(defaultChoice(9)).turns).toBeUndefined();
  });

  it('cycles the facilitator’s settings', () => {
    expect(nextTurnSeconds(0)).toBe(60);
    expect(nextTurnSeconds(300)).toBe(0);
    expect(nextTurns(8, 8)).toBe(2);
    expect(nextTurns(4, 8)).toBe(6);
    expect(nextTurns(20, 29)).toBe(29);
    expect(timerLabel(0)).toBe('Timer off');
    expect(timerLabel(90)).toBe('Timer 1:30');
    expect(formatClock(59.2)).toBe('1:00');
  });
});

describe('the turn timer', () => {
  it('counts down on the caller’s clock and expires exactly once', () => {
    const t = new TurnTimer(3, 1000);
    expect(t.view(1000)).toMatchObject({ secondsLeft: 3, label: 'Time left 0:03', expired: false });
    expect(t.view(2500)?.secondsLeft).toBe(2);
    expect(t.expire(3999)).toBe(false);
    expect(t.view(4000)).toMatchObject({ secondsLeft: 0, expired: true, label: 'Time is up' });
    expect(t.expire(4000)).toBe(true);
    expect(t.expire(5000)).toBe(false);
  });

  it('stops while paused and goes on with the time that was left', () => {
    const t = new TurnTimer(3, 0);
    t.pause(1000);
    expect(t.view(60_000)?.secondsLeft).toBe(2);
    expect(t.expire(60_000)).toBe(false);
    t.resume(60_000);
    expect(t.view(61_500)?.secondsLeft).toBe(1);
    expect(t.expire(61_999)).toBe(false);
    expect(t.expire(62_000)).toBe(true);
  });

  it('stopped by the player, stays stopped while an overlay opens and closes; a minute more moves the deadline', () => {
    const t = new TurnTimer(30, 0);
    t.pause(10_000, 'player');
    expect(t.view(10_000)?.label).toBe('Stopped 0:20');
    t.pause(12_000); // help opens over the turn screen
    t.resume(15_000); // and closes: the player's stop still holds
    expect(t.view(50_000)?.secondsLeft).toBe(20);
    expect(t.expire(50_000)).toBe(false);
    t.extend(60_000);
    expect(t.view(50_000)?.label).toBe('Stopped 1:20');
    t.resume(50_000, 'player');
    expect(t.view(50_000)?.label).toBe('Time left 1:20');
    expect(t.expire(129_999)).toBe(false);
    expect(t.expire(130_000)).toBe(true);
    t.extend(60_000); // too late: the turn has ended
    expect(t.view(130_000)?.expired).toBe(true);
  });

  it('a turn whose clock ran out says so in its report, and only in that quarter’s', () => {
    const s = new GameSession({ ...defaultChoice(5), turns: 3, turnSeconds: 30 });
    s.pick('us', 0);
    s.endTurn('us', true);
    const first = s.reportView()?.events ?? [];
    expect(first[0]).toBe('The US ran out of time: its turn ended with the moves picked (1).');
    s.next();
    s.endTurn('us');
    expect((s.reportView()?.events ?? []).some((e) => e.includes('ran out of time'))).toBe(false);
    s.stop();
  });

  it('an untimed turn has no timer', () => {
    const t = new TurnTimer(0, 0);
    expect(t.view(10_000)).toBeNull();
    expect(t.expire(10_000)).toBe(false);
  });
});

describe('a facilitator’s events', () => {
  /** One quarter of truce-2026, seed 3, with the US passing and `inject` set by the facilitator. */
  function oneQuarter(inject: WorldEvent[]) {
    const session = new GameSession(defaultChoice(3));
    for (const e of inject) session.inject(e);
    session.endTurn('us');
    const views = { report: session.reportView(), debrief: session.debriefView() };
    session.stop();
    return views;
  }

  it('are told apart from the world’s in the report and the debrief timeline', () => {
    const plain = oneQuarter([]);
    const set = oneQuarter(['summit']);
    expect(plain.report?.events.some((e) => e.includes('facilitator'))).toBe(false);
    expect(plain.debrief.timeline[0]?.injected).toBe('');
    expect(set.report?.events).toEqual([
      ...(plain.report?.events ?? []),
      `Set by the facilitator: ${eventHeadline('summit')}`,
    ]);
    expect(set.debrief.timeline[0]?.injected).toBe(eventLabel('summit'));
    expect(set.debrief.timeline[0]?.events).toBe(plain.debrief.timeline[0]?.events);
  });

  it('count as part of the world in lives saved, on the debrief as in class results', () => {
    const session = new GameSession({ ...defaultChoice(3), turns: 2 });
    session.inject('summit');
    session.pick('us', 0);
    session.endTurn('us');
    session.next();
    session.endTurn('us');
    const debrief = session.debriefView();
    const results = runClass(`Kites: ${encodeReplayCode(session.replay())}`, '');
    session.stop();
    if (!results.ok) throw new Error(results.error);
    expect(debrief.livesSaved).toBe(results.value.groups[0]?.livesSaved);
    // The summit alone saves no lives: it happens in the no-moves world too.
    const idle = new GameSession({ ...defaultChoice(3), seat: 'hotseat', turns: 2 });
    idle.inject('summit');
    for (let quarter = 0; quarter < 2; quarter++) {
      if (quarter > 0) idle.next();
      idle.endTurn('us');
      idle.endTurn('china');
    }
    expect(idle.debriefView().livesSaved).toBe(0);
    idle.stop();
  });

  it('take one instance each out of the quarter’s events', () => {
    expect(splitInjected(['summit', 'covidShock', 'summit'], ['summit', 'newAnalog'])).toEqual({
      world: ['covidShock', 'summit'],
      injected: ['summit'],
    });
  });
});

describe('crises set in the class code', () => {
  const crisis = { turn: 2, event: 'taiwanVisit' as const };
  const choice = { ...defaultChoice(21), turns: 3, crises: [crisis] };

  it('travel in the class code, and older codes without them still read', () => {
    const code = classCodeOf(choice);
    expect(decodeClassCode(code)).toEqual({
      ok: true,
      value: { scenario: 'truce-2026', seed: 21, turns: 3, turnSeconds: 0, crises: [crisis] },
    });
    const applied = applyClassCode(defaultChoice(1), code);
    expect(applied.ok && applied.value.crises).toEqual([crisis]);
    const plain = classCodeOf(defaultChoice(21));
    expect(
      decodeClassCode(plain).ok && 'crises' in (decodeClassCode(plain) as { value: object }).value,
    ).toBe(false);
    const late = encodeClassCode({
      scenario: 'truce-2026',
      seed: 1,
      turns: 2,
      turnSeconds: 0,
      crises: [{ turn: 3, event: 'summit' }],
    });
    expect(decodeClassCode(late)).toEqual({
      ok: false,
      error:
        'class code: the settings are out of range (a crisis falls outside the quarters played)',
    });
  });

  it('happen in their quarter, marked as the facilitator’s, and a resumed game does not repeat them', () => {
    const store = new SaveStore(new MapStorage());
    const s = new GameSession(choice);
    s.autosave(store, 'crisis', () => '2026-01-01T00:00:00.000Z');
    s.endTurn('us');
    s.next();
    s.endTurn('us');
    expect(s.reportView()?.events).toContain(
      `Set by the facilitator: ${eventHeadline('taiwanVisit')}`,
    );
    s.stop();
    const save = store.get('crisis');
    expect(save?.settings?.crises).toEqual([crisis]);
    const opened = save ? openSave(save) : null;
    if (opened?.kind !== 'resume') throw new Error('the save did not resume');
    const resumed = new GameSession(opened.choice, opened.played);
    resumed.next();
    resumed.endTurn('us');
    const straight = new GameSession(choice);
    for (let q = 0; q < 3; q++) {
      if (q > 0) straight.next();
      straight.endTurn('us');
    }
    expect(resumed.turnsJson()).toEqual(straight.turnsJson());
    expect(resumed.snapshot.context.played[1]?.inject).toEqual(['taiwanVisit']);
    resumed.stop();
    straight.stop();
  });

  it('are set on the setup screen one event and one quarter at a time', () => {
    expect(nextCrisisEvent(null)).toBe('taiwanVisit');
    expect(nextCrisisEvent('indiaSupplier')).toBeNull();
    const set = withCrisis(defaultChoice(1), 8, { event: 'summit' });
    expect(set.crises).toEqual([{ turn: 5, event: 'summit' }]);
    expect(withCrisis(set, 8, { turn: 2 }).crises).toEqual([{ turn: 2, event: 'summit' }]);
    expect(withCrisis(set, 8, { event: null }).crises).toEqual([]);
    expect(crisisLabel(set)).toBe('Crisis: Summit');
    expect(crisisLabel(defaultChoice(1))).toBe('Crisis: none');
    expect(withTurns(set, 4).crises).toEqual([{ turn: 4, event: 'summit' }]);
  });
});
