import { RULES } from '../core/rules';
import type { GameState } from '../core/state';
import type { TurnRecord, TurnReport } from '../core/turn';
import {
  type Cause,
  INDICATORS,
  type Indicator,
  type Move,
  type RuleId,
  type Side,
  type WorldEvent,
} from '../core/vocabulary';
import { t } from '../words';
import { causeWords } from './causes';
import { type DeathsBreakdown, deathsBreakdown } from './deaths';
import { signed } from './format';
import { indicatorTerm, moveTerm, type TermRef } from './glossary';
import { deathsPoint, markedText, type TurningPoint, turningPoints } from './headline';
import { offerReportLine } from './offers';
import { arrowOf, type Tone, toneOf } from './tone';
import { TURN_INDICATORS } from './turn';
import { eventHeadlines, eventOrder, INDICATOR_INFO, moveTitle, SIDE_SHORT } from './words';

export interface ChangeLine {
  indicator: Indicator;
  label: string;
  from: string;
  to: string;
  delta: number;
  /** Whether the change is too small to show ("no change"). */
  flat: boolean;
  deltaText: string;
  /** The glossary entry that explains the indicator. */
  term: TermRef;
  /** ▲, ▼ or ■: the direction, shown beside the colour. */
  arrow: string;
  /** Good or bad for the side being played. */
  tone: Tone;
}

export interface CauseLine {
  text: string;
  /** Comparable size across units: the change over one "notable step" of its indicator. */
  size: number;
}

export interface RuleGroup {
  rule: RuleId;
  number: number;
  title: string;
  /** Sum of its causes' sizes: groups are sorted by it, largest first. */
  weight: number;
  lines: CauseLine[];
  evidence: { model: string; evidence: string; source: string };
}

export interface ReportView {
  quarter: string;
  /** The quarter in one sentence: its first turning point. */
  headline: TurningPoint;
  /** The other turning points, most telling first. */
  turning: TurningPoint[];
  /** The headline and the turning points as written on screen, each with its mark. */
  marked: { headline: string; turning: string[] };
  /** Why the quarter's deaths changed (absent when the figures were not recorded). */
  deaths?: DeathsBreakdown;
  /** Each with the glossary entry that explains it. */
  moves: { side: 'us' | 'china'; text: string; term: TermRef }[];
  /** Why an AI that plans (or a novice) played what it did, one sentence a side. */
  reasons?: { side: 'us' | 'china'; text: string }[];
  events: string[];
  /** The world event each line of `events` tells, for its icon; null for a line of no event. */
  eventIcons?: (WorldEvent | null)[];
  /** Offers made, answered or settled this quarter, each with where it stands. */
  offers: string[];
  refused: string[];
  changes: ChangeLine[];
  rules: RuleGroup[];
}

const MEASURED = new Set<string>(INDICATORS);

/**
 * A cause's size in comparable units, and whether it moved one of the turn's indicators. Causes on
 * the levers behind them (Mexican enforcement, the coalition, naloxone and treatment reach) are
 * listed by their note, sized in their own points.
 */
function measure(c: Cause): { size: number; measured: boolean } {
  if (c.indicator === 'posture') return { size: 1.5, measured: false };
  if (c.indicator === 'chips') return { size: Math.abs(c.delta), measured: true };
  if (!MEASURED.has(c.indicator)) return { size: Math.abs(c.delta) / 20, measured: false };
  const info = INDICATOR_INFO[c.indicator as Indicator];
  return { size: Math.abs(c.delta) / info.scale, measured: true };
}

function causeText(c: Cause, measured: boolean): string {
  const why = causeWords(c);
  if (!measured) return why;
  if (c.indicator === 'chips')
    return t('cause.line', { indicator: t('cause.chips'), delta: signed(c.delta), why });
  const info = INDICATOR_INFO[c.indicator as Indicator];
  const digits = Math.abs(c.delta) >= 10 ? 0 : 1;
  return t('cause.line', { indicator: info.short, delta: signed(c.delta, digits), why });
}

/** The turn's causes grouped by rule, each group's lines and the groups sorted by size. */
export function ruleGroups(causes: readonly Cause[]): RuleGroup[] {
  const groups = new Map<RuleId, RuleGroup>();
  for (const c of causes) {
    const { size, measured } = measure(c);
    if (measured && size < 0.01) continue;
    let g = groups.get(c.rule);
    if (!g) {
      const r = RULES[c.rule];
      g = {
        rule: c.rule,
        number: r.number,
        title: r.title,
        weight: 0,
        lines: [],
        evidence: { model: r.model, evidence: r.evidence, source: r.source },
      };
      groups.set(c.rule, g);
    }
    g.weight += size;
    g.lines.push({ text: causeText(c, measured), size });
  }
  const list = [...groups.values()];
  for (const g of list) g.lines.sort((a, b) => b.size - a.size);
  return list.sort((a, b) => b.weight - a.weight);
}

/** The turn screen's indicators, with the quarter's own deaths beside the twelve-month figure. */
const REPORT_INDICATORS: readonly Indicator[] = TURN_INDICATORS.flatMap((id) =>
  id === 'deaths12m' ? [id, 'deaths' as const] : [id],
);

export function changeLines(
  before: TurnRecord,
  after: TurnRecord,
  side: Side | null = null,
): ChangeLine[] {
  return REPORT_INDICATORS.map((id) => {
    const info = INDICATOR_INFO[id];
    const delta = after[id] - before[id];
    const flat = Math.abs(delta) < info.tolerance;
    return {
      indicator: id,
      label: info.label,
      from: info.format(before[id]),
      to: info.format(after[id]),
      delta,
      flat,
      deltaText: flat
        ? t('screen.report.changes.flat')
        : signed(delta, Math.abs(delta) < 10 ? 1 : 0),
      term: indicatorTerm(id),
      arrow: flat ? '' : arrowOf(delta, 0),
      tone: flat ? 'neutral' : toneOf(id, delta, side),
    };
  });
}

/** A played move in the report's list; an offer's terms are told among the offers. */
export function playedMoveText(m: Move): string {
  return m.type === 'proposeOffer' ? t('report.offerMade') : moveTitle(m);
}

/** Who reads the report and from where: the side played, and the quarter's starting position. */
export interface ReportSeen {
  side?: Side | null;
  /** The game as the quarter began, to tell the events' part in deaths from the rest. */
  start?: GameState | null;
}

/** The report after a quarter: what was played, what happened, what changed and why. */
export function reportView(
  report: TurnReport,
  before: TurnRecord,
  injected: readonly WorldEvent[] = [],
  reasons: NonNullable<ReportView['reasons']> = [],
  timedOut: readonly Side[] = [],
  seen: ReportSeen = {},
): ReportView {
  const r = report.record;
  const side = seen.side ?? null;
  const [headline = deathsPoint(before, r, side), ...turning] = turningPoints(
    report,
    before,
    side,
    injected,
  );
  return {
    quarter: r.label,
    headline,
    turning,
    marked: { headline: markedText(headline), turning: turning.map(markedText) },
    deaths: deathsBreakdown(seen.start ?? null, report, before, side),
    moves: [
      ...r.usMoves.map((m) => ({
        side: 'us' as const,
        text: playedMoveText(m),
        term: moveTerm(m.type),
      })),
      ...r.chinaMoves.map((m) => ({
        side: 'china' as const,
        text: playedMoveText(m),
        term: moveTerm(m.type),
      })),
    ],
    reasons,
    events: [
      ...timedOut.map((side) =>
        t('report.timedOut', {
          who: t('report.who', { context: side }),
          count: side === 'us' ? r.usMoves.length : r.chinaMoves.length,
        }),
      ),
      ...eventHeadlines(r.events, injected),
    ],
    eventIcons: [...timedOut.map(() => null), ...eventOrder(r.events, injected)],
    offers: (r.offers ?? []).map(offerReportLine),
    refused: r.refused.map((f) =>
      t('report.refused', { side: SIDE_SHORT[f.side], move: moveTitle(f.move), reason: f.reason }),
    ),
    changes: changeLines(before, r, side),
    rules: ruleGroups(report.causes),
  };
}

/**
 * What a screen reader is told when the report opens, in order: the quarter's headline (its first
 * turning point), the first change (the deaths over 12 months), what the other side played (both sides when `seat` is null: hot seat,
 * watching), the offers made or settled, and the moves refused.
 */
export function reportAnnouncements(r: ReportView, seat: 'us' | 'china' | null): string[] {
  const head = r.changes[0];
  const out = [`${r.quarter}. ${r.headline.text}`];
  if (head) out.push(`${head.label}: ${head.from} → ${head.to} (${head.deltaText}).`);
  for (const side of ['us', 'china'] as const) {
    if (side === seat) continue;
    const played = r.moves.filter((m) => m.side === side).map((m) => m.text);
    const who = t('report.who', { context: side });
    out.push(
      played.length
        ? t('report.played', { who, moves: played.join(t('report.list')) })
        : t('report.playedNothing', { who }),
    );
  }
  for (const offer of r.offers) out.push(t('report.offer', { offer }));
  for (const refused of r.refused) out.push(t('report.refusedSaid', { refused }));
  return out;
}
