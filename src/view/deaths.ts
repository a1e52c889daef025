import { resolveQuarter } from '../core/resolve';
import type { GameState } from '../core/state';
import type { TurnRecord, TurnReport } from '../core/turn';
import type { Cause, Side } from '../core/vocabulary';
import { t } from '../words';
import { signed, thousands } from './format';
import { arrowOf, type Tone, toneOf } from './tone';

export type DeathsPartId = 'supply' | 'demand' | 'events';

export interface DeathsPart {
  id: DeathsPartId;
  label: string;
  /** Deaths this part added (negative: lives it saved), rounded so the parts add up to the change. */
  delta: number;
  text: string;
  arrow: string;
  tone: Tone;
}

/** Why the quarter's deaths changed, and why the 12-month figure may move the other way. */
export interface DeathsBreakdown {
  /** The change in the quarter's deaths, as the figures on screen show it. */
  total: number;
  /** The same change written out: its figure, arrow and tone. */
  change: { text: string; arrow: string; tone: Tone };
  parts: DeathsPart[];
  /** The change of the 12-month figure: it adds this quarter and drops the one a year before. */
  year: { delta: number; dropped: number; text: string };
}

const sumOf = (causes: readonly Cause[], rule: Cause['rule']) =>
  causes
    .filter((c) => c.indicator === 'deaths' && c.rule === rule)
    .reduce((a, c) => a + c.delta, 0);

/**
 * The raw split: supply and demand as the core attributes a change in deaths (rules 8 and 9), in
 * the same quarter played without its events; the events' part is what they added on top (the
 * same moves, the same draws, only the events taken out). Without the quarter's starting position
 * the events' part cannot be told apart and stays inside supply and demand.
 */
function rawParts(start: GameState | null, report: TurnReport): Record<DeathsPartId, number> {
  const supply = sumOf(report.causes, 'supplyShock');
  const demand = sumOf(report.causes, 'demand');
  const r = report.record;
  if (!start || r.events.length === 0) return { supply, demand, events: 0 };
  const calm = resolveQuarter(start, { moves: { us: r.usMoves, china: r.chinaMoves }, events: [] });
  const calmSupply = sumOf(calm.causes, 'supplyShock');
  const calmDemand = sumOf(calm.causes, 'demand');
  return {
    supply: calmSupply,
    demand: calmDemand,
    events: supply + demand - calmSupply - calmDemand,
  };
}

/** Rounds `parts` to whole deaths that add up to `total`, the remainder on the largest part. */
function roundTo(parts: Record<DeathsPartId, number>, total: number): Record<DeathsPartId, number> {
  const ids = Object.keys(parts) as DeathsPartId[];
  const out = { ...parts };
  for (const id of ids) out[id] = Math.round(parts[id]);
  const rest = total - ids.reduce((a, id) => a + out[id], 0);
  const largest = ids.reduce((a, b) => (Math.abs(parts[b]) > Math.abs(parts[a]) ? b : a));
  out[largest] += rest;
  return out;
}

/**
 * The quarter's change in deaths broken into supply, demand and events, each good or bad for
 * `side`; and the 12-month figure's change, which adds this quarter and drops the quarter a year
 * before, so the two can move apart.
 */
export function deathsBreakdown(
  start: GameState | null,
  report: TurnReport,
  before: TurnRecord,
  side: Side | null,
): DeathsBreakdown {
  const r = report.record;
  const total = r.deaths - before.deaths;
  const rounded = roundTo(rawParts(start, report), total);
  // With the events told apart, supply and demand are the quarter without them, while the rules'
  // lines (rules 8 and 9) count the whole quarter: the labels say so, so the figures can differ.
  const split = start !== null && r.events.length > 0;
  const parts = (['supply', 'demand', 'events'] as const).map((id) => ({
    id,
    label: split ? t(`screen.report.deaths.${id}_split`) : t(`screen.report.deaths.${id}`),
    delta: rounded[id],
    text: signed(rounded[id]),
    arrow: arrowOf(rounded[id], 0.5),
    tone: toneOf('deaths', rounded[id], side),
  }));
  const delta = r.deaths12m - before.deaths12m;
  const dropped = r.deaths - delta;
  const text = t('screen.report.deaths.year', {
    added: thousands(r.deaths),
    dropped: thousands(dropped),
    delta: signed(delta),
  });
  const change = {
    text: signed(total),
    arrow: arrowOf(total, 0.5),
    tone: toneOf('deaths', total, side),
  };
  return { total, change, parts, year: { delta, dropped, text } };
}
