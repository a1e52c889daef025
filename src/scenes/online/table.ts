import type { GroupStatus } from '../../online/index';
import { formatClock } from '../../view/format';
import { liveWords, t } from '../../words';

/** The dashboard's table of groups: where it stands and its columns, in design pixels. */
export const TABLE = {
  x: 352,
  y: 88,
  right: 1232,
  rows: 10,
  rowH: 28,
  columns: [
    { id: 'group', w: 136, mono: false },
    { id: 'quarter', w: 78, mono: true },
    { id: 'posture', w: 124, mono: false },
    { id: 'deaths', w: 96, mono: true },
    { id: 'us', w: 60, mono: true },
    { id: 'china', w: 64, mono: true },
    { id: 'waiting', w: 96, mono: false },
    { id: 'clock', w: 72, mono: true },
    { id: 'holders', w: 154, mono: false },
  ],
} as const;

const SIDE = liveWords(['us', 'china'] as const, (side) => t('country.short', { context: side }));

/** Who holds a side, in a word: a person (or nobody yet), or the computer's policy. */
function holder(g: GroupStatus, side: 'us' | 'china'): string {
  if (g.holders[side] !== 'person') return g.holders[side];
  return g.seated?.[side] === false ? t('screen.online.nobody') : t('screen.online.person');
}

/**
 * What is left on the clock of the side the group waits for (the first to run out when it waits
 * for both), at `now` on the server's clock: standing still while the group is paused, nothing
 * when no clock runs for it.
 */
export function clockCell(g: GroupStatus, now: number): string {
  const clocks = g.over ? [] : g.waitingFor.flatMap((s) => (g.clocks ? [g.clocks[s]] : []));
  const left = clocks.flatMap((c) => (c.leftMs === null ? [] : [c.leftMs]));
  if (g.paused && left.length > 0)
    return t('screen.online.clockPaused', { time: formatClock(Math.min(...left) / 1000) });
  const deadlines = clocks.flatMap((c) => (c.deadline === null ? [] : [c.deadline]));
  return deadlines.length > 0 ? formatClock((Math.min(...deadlines) - now) / 1000) : '—';
}

/** A group's row of the table, column by column, at `now` on the server's clock. */
export function groupCells(g: GroupStatus, now: number): string[] {
  return [
    g.group,
    g.over
      ? t('screen.online.over')
      : t('screen.online.quarter', { quarter: g.quarter, turns: g.turns }),
    g.posture,
    g.deaths12m.toLocaleString('en-US'),
    g.usScore === null ? '—' : String(Math.round(g.usScore)),
    g.chinaScore === null ? '—' : String(Math.round(g.chinaScore)),
    g.waitingFor.map((s) => SIDE[s]).join(', ') || '—',
    clockCell(g, now),
    `${holder(g, 'us')} · ${holder(g, 'china')}`,
  ];
}
