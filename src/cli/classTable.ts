/**
 * `class status` and `class results` as tables for people (`--format table`), in the language
 * `--lang` names; the JSON the server answers stays the default output, keys and all.
 */
import type { GroupFlag, GroupResult } from '../machine/results';
import type { GroupStatus } from '../server/group';
import { t } from '../words/index';
import { columns, pad } from './language';

interface ClassSettingsBody {
  scenario: string;
  seed: number;
  turns: number;
}

/** What the server answers for `status`. */
export interface StatusBody {
  classId: string;
  settings: ClassSettingsBody;
  groups: GroupStatus[];
}

/** What the server answers for `results`. */
export interface ResultsBody {
  classId: string;
  settings: ClassSettingsBody;
  groups: GroupResult[];
}

/** Rows under a heading, each column as wide as its widest cell; numbers lined up on the right. */
function table(head: string[], rows: string[][], numeric: readonly boolean[]): string {
  const wide = head.map((h, i) => Math.max(...[h, ...rows.map((r) => r[i] ?? '')].map(columns)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, wide[i] ?? 0, numeric[i] ? 'start' : 'end'))
      .join('  ')
      .trimEnd();
  return [line(head), ...rows.map(line)].join('\n');
}

const heading = (b: { classId: string; settings: ClassSettingsBody }) =>
  t('cli.class.heading', { classId: b.classId, ...b.settings });
const number = (n: number | null) => (n === null ? '—' : String(Math.round(n)));

/** A group's name: the one its line gave, or "Group <row>" (as the class results screen says). */
const groupName = (g: { group: string; row: number }) =>
  g.group || t('classResults.group', { n: g.row });

/** Why a group is not compared with the class, as the class results screen says it. */
const flagWords = (f: GroupFlag) =>
  t(`classResults.flag.${f.kind}`, f.kind === 'sameCode' ? { group: groupName(f) } : f);

/** Where a group's game is: finished, paused, or which sides it waits for. */
function state(g: GroupStatus): string {
  if (g.over) return t('cli.class.state', { context: 'over' });
  if (g.paused) return t('cli.class.state', { context: 'paused' });
  const sides = g.waitingFor.map((s) => t('cli.class.side', { context: s })).join(', ');
  return sides ? t('cli.class.state', { context: 'waiting', sides }) : '';
}

/** Each group's quarter, state, deaths and scores so far. */
export function statusTable(body: StatusBody): string {
  const head = ['group', 'quarter', 'state', 'deaths12m', 'usScore', 'chinaScore'].map((c) =>
    t(`cli.class.column.${c}`),
  );
  const rows = body.groups.map((g) => [
    g.group,
    `${g.quarter}/${g.turns}`,
    state(g),
    number(g.deaths12m),
    number(g.usScore),
    number(g.chinaScore),
  ]);
  return `${heading(body)}\n${table(head, rows, [false, true, false, true, true, true])}\n`;
}

/** Each group's lives saved, deaths, relations and scores, and why one is not compared. */
export function resultsTable(body: ResultsBody): string {
  const head = [
    'group',
    'livesSaved',
    'deathsTotal',
    'relationsEnd',
    'usScore',
    'chinaScore',
    'note',
  ].map((c) => t(`cli.class.column.${c}`));
  const rows = body.groups.map((g) =>
    g.error
      ? [groupName(g), '—', '—', '—', '—', '—', t('classResults.unreadable', { error: g.error })]
      : [
          groupName(g),
          number(g.livesSaved),
          number(g.deathsTotal),
          number(g.relationsEnd),
          number(g.usScore),
          number(g.chinaScore),
          g.flag ? flagWords(g.flag) : '',
        ],
  );
  return `${heading(body)}\n${table(head, rows, [false, true, true, true, true, true, false])}\n`;
}
