import { afterEach, describe, expect, it, vi } from 'vitest';
import { SaveStore } from '../../src/app/saves';
import { GameSession, type PlanService, setPlanService } from '../../src/app/session';
import { openSave } from '../../src/app/viewer';
import { aiPlan } from '../../src/core/ai/planner';
import { builtInScenario } from '../../src/core/scenarios';
import type { Side } from '../../src/core/vocabulary';
import { defaultChoice, policyOptions, type SetupChoice, setupOptions } from '../../src/view/setup';
import { MapStorage } from '../helpers';

const againstExpert: SetupChoice = { ...defaultChoice(3), chinaPolicy: 'expert', turns: 2 };

/** Plays the US turn with no moves and waits for the report of the quarter. */
async function usPasses(session: GameSession): Promise<void> {
  session.endTurn('us');
  await vi.waitFor(() => expect(session.phase()).toBe('report'));
}

describe('an expert side in a game session', () => {
  afterEach(() => setPlanService(null));

  it('is played through the page’s plan service, and plays as the statechart would alone', async () => {
    const asked: Side[] = [];
    setPlanService(async (r) => {
      asked.push(r.side);
      return aiPlan(r.state, r.side, r.policy, r.scenario, r.past);
    });
    const viaService = new GameSession(againstExpert);
    expect(viaService.isHuman('china')).toBe(false);
    viaService.endTurn('us');
    expect(viaService.thinking).toBe(true);
    await vi.waitFor(() => expect(viaService.phase()).toBe('report'));
    expect(asked).toEqual(['china']);
    const report = viaService.reportView();
    expect(report?.reasons?.[0]?.side).toBe('china');
    expect(report?.reasons?.[0]?.text).toContain('sampled futures');

    setPlanService(null);
    const alone = new GameSession(againstExpert);
    alone.endTurn('us');
    expect(alone.phase()).toBe('report');
    expect(alone.reportView()).toEqual(report);
    expect(alone.turnsJson()).toEqual(viaService.turnsJson());
  });

  it('is decided on the page when the worker fails, with the same choice', async () => {
    const failing: PlanService = () => Promise.reject(new Error('no worker here'));
    setPlanService(failing);
    const session = new GameSession(againstExpert);
    await usPasses(session);
    setPlanService(null);
    const alone = new GameSession(againstExpert);
    alone.endTurn('us');
    expect(session.turnsJson()).toEqual(alone.turnsJson());
  });

  it('is kept in a save, and the resumed game plays on against the expert', () => {
    const store = new SaveStore(new MapStorage());
    const session = new GameSession(againstExpert);
    session.autosave(store, 'expert', () => '2026-01-01T00:00:00.000Z');
    session.endTurn('us');
    session.stop();
    const save = store.get('expert');
    expect(save?.policies).toEqual({ us: 'reciprocal', china: 'expert' });
    const opened = save ? openSave(save) : null;
    if (opened?.kind !== 'resume') throw new Error('the save did not resume');
    const resumed = new GameSession(opened.choice, opened.played);
    resumed.next();
    resumed.endTurn('us');
    const straight = new GameSession(againstExpert);
    straight.endTurn('us');
    straight.next();
    straight.endTurn('us');
    expect(resumed.turnsJson()).toEqual(straight.turnsJson());
    expect(resumed.reportView()?.reasons).toEqual(straight.reportView()?.reasons);
  });

  it('is offered on the setup screen beside the personalities, with the novice', () => {
    const ids = (scenario: string) =>
      policyOptions(setupOptions(), 'china', scenario).map((p) => p.id);
    expect(ids('truce-2026')).toEqual([
      'leverage',
      'cooperative',
      'hardline',
      'passive',
      'novice',
      'expert',
    ]);
    // The record of what really happened, where the scenario has one.
    expect(ids('history-2018')).toEqual([...ids('truce-2026'), 'record']);
  });

  it('the record plays the scenario’s recorded moves, as the history does from the command line', () => {
    const history = builtInScenario('history-2018');
    if (!history) throw new Error('history-2018');
    const watched = new GameSession({
      scenarioId: 'history-2018',
      seat: 'watch',
      usPolicy: 'record',
      chinaPolicy: 'record',
      seed: 1,
    });
    while (watched.phase() !== 'debrief') watched.next();
    const played = watched.snapshot.context.played;
    expect(played.map((t) => ({ us: t.us, china: t.china }))).toEqual(
      (history.historical ?? []).slice(0, played.length).map((t) => ({ us: t.us, china: t.china })),
    );
    const report = watched.debriefView();
    expect(report.actual?.deaths12m.some((d) => d !== null)).toBe(true);
    watched.stop();
  });
});
