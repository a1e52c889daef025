import type { GroupStatus } from '../../online/index';
import { liveWords, t } from '../../words';

/** The dashboard's table of groups: where it stands and its columns, in design pixels. */
export const TABLE = {
  x: 352,
  y: 88,
  right: 1232,
  rows: 10,
  rowH: 28,
  columns: [
    { id: 'group', w: 150, mono: false },
    { id: 'quarter', w: 78, mono: true },
    { id: 'posture', w: 132, mono: false },
    { id: 'deaths', w: 100, mono: true },
    { id: 'us', w: 60, mono: true },
    { id: 'china', w: 64, mono: true },
    { id: 'waiting', w: 120, mono: false },
    { id: 'holders', w: 176, mono: false },
  ],
} as const;

const SIDE = liveWords(['us', 'china'] as const, (side) => t('country.short', { context: side }));

/** Who holds a side, in a word: a person (or nobody yet), or the computer's policy. */
function holder(g: GroupStatus, side: 'us' | 'china'): string {
  if (g.holders[side] !== 'person') return g.holders[side];
  return g.seated?.[side] === false ? t('screen.online.nobody') : t('screen.online.person');
}

/** A group's row of the table, column by column. */
export function groupCells(g: GroupStatus): string[] {
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
    `${holder(g, 'us')} · ${holder(g, 'china')}`,
  ];
}
