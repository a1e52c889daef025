import type { TurnRecord, TurnReport } from '../core/turn';
import { POSTURES, type Side, type WorldEvent } from '../core/vocabulary';
import { t } from '../words';
import { thousands } from './format';
import type { Tone } from './tone';
import { eventHeadlines, moveTitle, SIDE_SHORT } from './words';

export type TurningKind = 'posture' | 'truce' | 'event' | 'refusal' | 'deaths';

/** One turning point of a quarter: a sentence, what kind of thing it is, and how it reads for the side played. */
export interface TurningPoint {
  kind: TurningKind;
  text: string;
  tone: Tone;
}

/** A turning point as a screen writes it: its mark, then its sentence. */
export function markedText(p: TurningPoint): string {
  return `${TURNING_MARK[p.kind]} ${p.text}`;
}

/** The mark each kind of turning point carries on screen, beside its colour. */
export const TURNING_MARK: Readonly<Record<TurningKind, string>> = {
  posture: '◆',
  truce: '◆',
  event: '●',
  refusal: '✕',
  deaths: '■',
};

const signTone = (good: boolean, side: Side | null): Tone =>
  side === null ? 'neutral' : good ? 'good' : 'bad';

/** China's cooperation, when it moved: up is good for both sides (its standing rises with it). */
function posturePoint(before: TurnRecord, r: TurnRecord, side: Side | null): TurningPoint[] {
  if (before.cooperation === r.cooperation) return [];
  const up = POSTURES.indexOf(r.cooperation) > POSTURES.indexOf(before.cooperation);
  const text = t('screen.report.head.posture', {
    context: up ? 'up' : 'down',
    from: t(`posture.${before.cooperation}`),
    to: t(`posture.${r.cooperation}`),
  });
  return [{ kind: 'posture', text, tone: signTone(up, side) }];
}

/** The truce's review, when it came this quarter: renewed (good for both) or lapsed. */
function trucePoint(report: TurnReport, side: Side | null): TurningPoint[] {
  const truce = report.causes.filter((c) => c.rule === 'truce');
  if (truce.length === 0) return [];
  const renewed = truce.some((c) => c.indicator === 'goodwill' && c.delta > 0);
  const text = t('screen.report.head.truce', { context: renewed ? 'renewed' : 'lapsed' });
  return [{ kind: 'truce', text, tone: signTone(renewed, side) }];
}

function refusalPoints(r: TurnRecord, side: Side | null): TurningPoint[] {
  return r.refused.map((f) => ({
    kind: 'refusal' as const,
    text: t('screen.report.head.refused', {
      side: SIDE_SHORT[f.side],
      move: moveTitle(f.move),
      reason: f.reason,
    }),
    tone: side === null ? 'neutral' : f.side === side ? 'bad' : 'neutral',
  }));
}

/** The quarter's deaths, in a sentence: fewer is good for the US, China has no stake in them. */
export function deathsPoint(before: TurnRecord, r: TurnRecord, side: Side | null): TurningPoint {
  const delta = r.deaths - before.deaths;
  const way = delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat';
  const text = t('screen.report.head.deaths', {
    context: way,
    by: thousands(Math.abs(delta)),
    to: thousands(r.deaths),
  });
  const tone: Tone = side === 'us' && delta !== 0 ? (delta < 0 ? 'good' : 'bad') : 'neutral';
  return { kind: 'deaths', text, tone };
}

/**
 * A quarter's turning points, the most telling first: China's cooperation changing, the truce's
 * review, the events, the moves refused; the change in deaths last. The first is the headline.
 */
export function turningPoints(
  report: TurnReport,
  before: TurnRecord,
  side: Side | null,
  injected: readonly WorldEvent[] = [],
): TurningPoint[] {
  const r = report.record;
  return [
    ...posturePoint(before, r, side),
    ...trucePoint(report, side),
    ...eventHeadlines(r.events, injected).map((text) => ({
      kind: 'event' as const,
      text,
      tone: 'neutral' as const,
    })),
    ...refusalPoints(r, side),
    deathsPoint(before, r, side),
  ];
}

/**
 * The turning points of a quarter known only from its record (a replay under an older model): no
 * causes, so no truce review; no change in deaths for the first quarter, which has no figures
 * before it; with no record at all, a sentence that says so.
 */
export function recordedTurningPoints(
  record: TurnRecord | undefined,
  previous: TurnRecord | undefined,
  injected: readonly WorldEvent[] = [],
): [TurningPoint, ...TurningPoint[]] {
  const unrecorded = {
    kind: 'event' as const,
    text: t('screen.report.head.unrecorded'),
    tone: 'neutral' as const,
  };
  if (!record) return [unrecorded];
  const points = turningPoints({ record, causes: [] }, previous ?? record, null, injected);
  const first: TurningPoint = {
    kind: 'deaths',
    text: t('screen.report.head.deaths', { context: 'first', to: thousands(record.deaths) }),
    tone: 'neutral',
  };
  const kept = previous ? points : [...points.filter((p) => p.kind !== 'deaths'), first];
  const [head = unrecorded, ...rest] = kept;
  return [head, ...rest];
}
