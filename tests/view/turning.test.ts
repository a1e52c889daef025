import { describe, expect, it } from 'vitest';
import { GameSession } from '../../src/app/session';
import { resolveQuarter } from '../../src/core/resolve';
import { builtInScenario } from '../../src/core/scenarios';
import { makeRecord, playTurn, type TurnReport } from '../../src/core/turn';
import type { Move, WorldEvent } from '../../src/core/vocabulary';
import { startGame } from '../../src/core/world';
import { deathsBreakdown } from '../../src/view/deaths';
import { turningPoints } from '../../src/view/headline';
import { changeLines, reportView } from '../../src/view/report';
import { toneOf } from '../../src/view/tone';

const scenario = (() => {
  const s = builtInScenario('truce-2026');
  if (!s) throw new Error('no scenario');
  return s;
})();

/**
 * The second quarter of the same seeded game (at seed 7 the first has an event of its own, the
 * second none), played with `moves` and the events `inject` brings in.
 */
function quarter(us: Move[], inject: WorldEvent[] = [], seed = 7) {
  const first = playTurn(startGame(scenario, seed), scenario, { us: [], china: [] });
  const start = first.state;
  const before = first.report.record;
  const { report } = playTurn(start, scenario, { us, china: [] }, inject);
  if (inject.length === 0 && report.record.events.length) throw new Error('not a calm quarter');
  return { start, before, report };
}

const partsSum = (b: ReturnType<typeof deathsBreakdown>) =>
  b.parts.reduce((a, p) => a + p.delta, 0);

describe('the report’s turning points', () => {
  it('gives a different headline when the same seeded quarter has one event more', () => {
    const calm = quarter([]);
    const visit = quarter([], ['taiwanVisit']);
    const a = reportView(calm.report, calm.before, [], [], [], { side: 'us', start: calm.start });
    const b = reportView(visit.report, visit.before, ['taiwanVisit'], [], [], {
      side: 'us',
      start: visit.start,
    });
    expect(a.headline.text).not.toBe(b.headline.text);
    expect([b.headline, ...b.turning].some((p) => p.kind === 'event')).toBe(true);
    expect(a.headline.kind).toBe('deaths');
  });

  it('puts China’s change of cooperation first when it moves', () => {
    const { before, report } = quarter([]);
    const moved: TurnReport = {
      ...report,
      record: {
        ...report.record,
        cooperation: before.cooperation === 'talks' ? 'suspended' : 'talks',
      },
    };
    const [head] = turningPoints(moved, before, 'us');
    expect(head?.kind).toBe('posture');
    expect(head?.text).toMatch(/cooperation/);
  });
});

describe('why deaths changed', () => {
  it('adds up to the change in the quarter’s deaths, events or none, over a whole game', () => {
    let state = startGame(scenario, 11);
    let before = makeRecord(state, { us: [], china: [] }, [], []);
    const injects: WorldEvent[][] = [['cartelSeizures'], [], ['naloxoneOTC'], ['covidShock'], []];
    for (const inject of injects) {
      const played = playTurn(state, scenario, { us: [], china: [] }, inject);
      const b = deathsBreakdown(state, played.report, before, 'us');
      expect(b.total).toBe(played.report.record.deaths - before.deaths);
      expect(partsSum(b)).toBe(b.total);
      expect(b.year.delta).toBe(played.report.record.deaths12m - before.deaths12m);
      before = played.report.record;
      state = played.state;
    }
  });

  it('gives the events a part only when the quarter had events, and the same quarter without them the rest', () => {
    const calm = quarter([]);
    const seized = quarter([], ['cartelSeizures']);
    const a = deathsBreakdown(calm.start, calm.report, calm.before, 'us');
    const b = deathsBreakdown(seized.start, seized.report, seized.before, 'us');
    const part = (x: typeof a, id: string) => x.parts.find((p) => p.id === id)?.delta ?? NaN;
    expect(part(a, 'events')).toBe(0);
    expect(part(b, 'events')).not.toBe(0);
    // Without its events, the quarter is the calm one: supply and demand are the same.
    expect(Math.abs(part(b, 'supply') - part(a, 'supply'))).toBeLessThanOrEqual(1);
    expect(Math.abs(part(b, 'demand') - part(a, 'demand'))).toBeLessThanOrEqual(1);
  });

  it('labels supply and demand as the quarter without its events when the rules’ lines count them in', () => {
    const calm = quarter([]);
    const seized = quarter([], ['cartelSeizures']);
    const a = deathsBreakdown(calm.start, calm.report, calm.before, 'us');
    const b = deathsBreakdown(seized.start, seized.report, seized.before, 'us');
    const part = (x: typeof a, id: string) => x.parts.find((p) => p.id === id);
    // Rule 8's own line: the whole quarter's supply, events included.
    const rule8 = seized.report.causes
      .filter((c) => c.indicator === 'deaths' && c.rule === 'supplyShock')
      .reduce((sum, c) => sum + c.delta, 0);
    const supply = part(b, 'supply')?.delta ?? Number.NaN;
    expect(Math.abs(rule8 - supply)).toBeGreaterThan(1);
    // The two figures differ, and the labels say why: one is the quarter without its events.
    expect(part(b, 'supply')?.label).toMatch(/without the events/);
    expect(part(b, 'demand')?.label).toMatch(/without the events/);
    expect(part(b, 'events')?.label).toMatch(/through supply and demand \(rules 8, 9\)/);
    // A quarter with no events has nothing to set apart: the plain labels.
    expect(part(a, 'supply')?.label).toBe('Supply: fentanyl reaching the street');
    expect(part(a, 'events')?.label).toBe('Events this quarter');
  });

  it('starts from the position the quarter was played from', () => {
    const { start, report } = quarter([], ['naloxoneOTC']);
    const again = resolveQuarter(start, {
      moves: { us: [], china: [] },
      events: report.record.events,
    });
    expect(Math.round(again.state.deathsHistory.at(-1) ?? 0)).toBe(report.record.deaths);
  });

  it('says why the 12-month figure and the quarter’s can move apart', () => {
    const { start, before, report } = quarter([]);
    const b = deathsBreakdown(start, report, before, 'us');
    expect(b.year.dropped).toBe(report.record.deaths - b.year.delta);
    expect(b.year.text).toContain('a year before');
  });
});

describe('good and bad for the side played', () => {
  it('reads the same change as good for one side and bad for the other where the scores say so', () => {
    expect(toneOf('enforcement', 5, 'us')).toBe('good');
    expect(toneOf('enforcement', 5, 'china')).toBe('bad');
    expect(toneOf('deaths', -100, 'us')).toBe('good');
    expect(toneOf('deaths', -100, 'china')).toBe('neutral');
    expect(toneOf('relations', 3, 'china')).toBe('good');
    expect(toneOf('tariff', 5, null)).toBe('neutral');
  });

  it('colours the report’s changes by the seat, each with its arrow', () => {
    const { before, report } = quarter([{ type: 'setTariff', rate: before0() + 10 } as Move]);
    const us = changeLines(before, report.record, 'us').find((c) => c.indicator === 'tariff');
    const china = changeLines(before, report.record, 'china').find((c) => c.indicator === 'tariff');
    expect(us?.arrow).toBe('▲');
    expect(us?.tone).toBe('bad');
    expect(china?.tone).toBe('bad');
    const flow = changeLines(before, report.record, 'china').find((c) => c.indicator === 'deaths');
    expect(flow?.tone).toBe('neutral');
  });

  it('tells the deaths’ parts as good for the US and neutral for China', () => {
    const { start, before, report } = quarter([], ['cartelSeizures']);
    const us = deathsBreakdown(start, report, before, 'us');
    const china = deathsBreakdown(start, report, before, 'china');
    for (const p of us.parts)
      expect(p.tone).toBe(p.delta < 0 ? 'good' : p.delta > 0 ? 'bad' : 'neutral');
    for (const p of china.parts) expect(p.tone).toBe('neutral');
  });
});

describe('the session’s report', () => {
  it('splits out the part of a facilitator’s event, from the quarter it was played from', () => {
    const s = new GameSession({
      scenarioId: 'truce-2026',
      seat: 'us',
      usPolicy: 'reciprocal',
      chinaPolicy: 'leverage',
      seed: 5,
    });
    s.endTurn('us');
    s.next();
    s.inject('covidShock');
    s.endTurn('us');
    const report = s.reportView();
    const events = report?.deaths?.parts.find((p) => p.id === 'events');
    expect(events?.delta).toBeGreaterThan(0);
    expect(report?.deaths && partsSum(report.deaths)).toBe(report?.deaths?.total);
    s.stop();
  });
});

function before0(): number {
  return playTurn(startGame(scenario, 7), scenario, { us: [], china: [] }).state.tariff;
}
