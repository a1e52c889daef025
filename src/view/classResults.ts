/**
 * The class results screen: many groups' replay codes, played again and compared. The numbers
 * come from the statechart (machine/results); this file only chooses what the table, the chart,
 * the CSV and the discussion list show, and in which order.
 */
import { decodeClassCode } from '../core/code';
import { DISCUSSION } from '../core/discussion';
import { LIMITS } from '../core/limits';
import type { Result } from '../core/result';
import { RULES } from '../core/rules';
import { teachingFor } from '../core/teaching';
import {
  classResults,
  classResultsCsv,
  type GroupFlag,
  type GroupResult,
  readCodeLines,
} from '../machine/results';
import { t } from '../words';

export type { GroupResult };

const column = <Id extends string>(id: Id, width: number) => ({
  id,
  width,
  /** Read from the catalogue each time, so it follows the language shown. */
  get label(): string {
    return t(`classResults.column.${id}`);
  },
});

export const CLASS_COLUMNS = [
  column('group', 220),
  column('livesSaved', 130),
  column('deathsTotal', 120),
  column('relationsEnd', 110),
  column('usScore', 100),
  column('chinaScore', 120),
  column('chinaGot', 300),
] as const;

export type ClassColumn = (typeof CLASS_COLUMNS)[number]['id'];

export interface ClassSort {
  column: ClassColumn;
  descending: boolean;
}

export interface ClassRow {
  /** Position in the pasted list, so a row can be opened whatever the sort. */
  index: number;
  cells: Record<ClassColumn, string>;
  /** Why the row is marked: another scenario or seed, or a code that could not be read. */
  mark: string | null;
}

export interface ClassResults {
  groups: GroupResult[];
  csv: string;
  /** What the class is compared against, e.g. "truce-2026 seed 42 · 4 quarters". */
  against: string;
}

/** Plays the pasted codes against the optional class code; an unreadable class code is an error. */
export function runClass(pasted: string, classCode: string): Result<ClassResults> {
  const lines = readCodeLines(pasted);
  if (lines.length === 0)
    return {
      ok: false,
      error: t('classResults.error.empty'),
    };
  if (lines.length > LIMITS.classGroups)
    return {
      ok: false,
      error: t('classResults.error.tooMany', { max: LIMITS.classGroups, count: lines.length }),
    };
  let settings: Parameters<typeof classResults>[1];
  if (classCode.trim()) {
    const decoded = decodeClassCode(classCode);
    if (!decoded.ok) return decoded;
    settings = decoded.value;
  }
  const groups = classResults(lines, settings);
  return {
    ok: true,
    value: {
      groups,
      csv: classResultsCsv(groups, { name: groupName, flag: flagWords }),
      against: settings
        ? t('classResults.against', {
            context: 'classCode',
            scenario: settings.scenario,
            seed: settings.seed,
            turns: settings.turns,
          })
        : t('classResults.against'),
    },
  };
}

/** A group's name: the one its line gave, or "Group <row>". */
export function groupName(g: Pick<GroupResult, 'group' | 'row'>): string {
  return g.group || t('classResults.group', { n: g.row });
}

/** Why a group is not compared with the class, in words. */
export function flagWords(f: GroupFlag): string {
  switch (f.kind) {
    case 'sameCode':
      return t('classResults.flag.sameCode', { group: groupName(f) });
    case 'otherGame':
      return t('classResults.flag.otherGame', f);
    case 'quarters':
      return t('classResults.flag.quarters', f);
  }
}

export function chinaGotText(g: GroupResult): string {
  const parts = [
    g.chinaGot.tariffRelief > 0
      ? t('classResults.chinaGot.tariff', { points: g.chinaGot.tariffRelief })
      : '',
    g.chinaGot.sanctionsLifted > 0
      ? t('classResults.chinaGot.sanctions', { count: g.chinaGot.sanctionsLifted })
      : '',
    g.chinaGot.delisted ? t('classResults.chinaGot.delisted') : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : t('classResults.chinaGot.nothing');
}

const sortValue = (g: GroupResult, column: ClassColumn): number | string => {
  switch (column) {
    case 'group':
      return groupName(g).toLowerCase();
    case 'chinaGot':
      return (
        g.chinaGot.tariffRelief + 10 * g.chinaGot.sanctionsLifted + (g.chinaGot.delisted ? 100 : 0)
      );
    default:
      return g[column];
  }
};

/** 0 for a group that played the class's world, 1 for another scenario or seed, 2 unreadable. */
const standing = (g: GroupResult) => (g.error ? 2 : g.flag ? 1 : 0);

/**
 * The table's rows in the chosen order. Groups that played another world come after the class's
 * whatever the sort, and unreadable codes last: they are listed, never ranked among the others.
 */
export function classRows(groups: readonly GroupResult[], sort: ClassSort): ClassRow[] {
  const order = groups
    .map((g, index) => ({ g, index }))
    .sort((a, b) => {
      const apart = standing(a.g) - standing(b.g);
      if (apart !== 0) return apart;
      const x = sortValue(a.g, sort.column);
      const y = sortValue(b.g, sort.column);
      const c = x < y ? -1 : x > y ? 1 : 0;
      return (sort.descending ? -c : c) || a.index - b.index;
    });
  return order.map(({ g, index }) => ({
    index,
    mark: g.error ? t('classResults.unreadable', { error: g.error }) : g.flag && flagWords(g.flag),
    cells: g.error
      ? {
          group: groupName(g),
          livesSaved: '—',
          deathsTotal: '—',
          relationsEnd: '—',
          usScore: '—',
          chinaScore: '—',
          chinaGot: '—',
        }
      : {
          group: groupName(g),
          livesSaved: g.livesSaved.toLocaleString('en-US'),
          deathsTotal: g.deathsTotal.toLocaleString('en-US'),
          relationsEnd: String(Math.round(g.relationsEnd)),
          usScore: String(Math.round(g.usScore)),
          chinaScore: String(Math.round(g.chinaScore)),
          chinaGot: chinaGotText(g),
        },
  }));
}

/** Sorting by the column already sorted flips the order; a new column starts with the largest. */
export function nextSort(current: ClassSort, column: ClassColumn): ClassSort {
  if (current.column === column) return { column, descending: !current.descending };
  return { column, descending: column !== 'group' };
}

/** Rows of the table on one page. */
export const CLASS_ROWS_PER_PAGE = 8;

export function classPages(rows: number): number {
  return Math.max(1, Math.ceil(rows / CLASS_ROWS_PER_PAGE));
}

export interface ClassChartLine {
  name: string;
  /** Deaths over the last 12 months, turn by turn. */
  values: number[];
  /** The group's place on the table page shown (its colour and marker there), or null: faint. */
  slot: number | null;
}

/**
 * Every group that played the class's world on one chart of deaths: the groups on the table page
 * shown are drawn in colour and named by their rows; the rest stay faint behind them. Groups from
 * another world or with unreadable codes are left off.
 */
export function classChart(
  rows: readonly ClassRow[],
  groups: readonly GroupResult[],
  page: number,
): ClassChartLine[] {
  const first = page * CLASS_ROWS_PER_PAGE;
  return rows.flatMap((row, at) => {
    const g = groups[row.index];
    if (!g || g.error || g.flag) return [];
    const onPage = at >= first && at < first + CLASS_ROWS_PER_PAGE;
    return [
      {
        name: groupName(g),
        values: g.turns.map((t) => t.deaths12m),
        slot: onPage ? at - first : null,
      },
    ];
  });
}

/** One line on how many groups were compared with what. */
export function classSummary(results: ClassResults): string {
  const n = results.groups.length;
  return t('classResults.summary', { count: n, against: results.against });
}

/** Discussion questions for every rule some group's game brought into play. */
export function classDiscussion(
  groups: readonly GroupResult[],
): { heading: string; questions: string[] }[] {
  const rules = new Set(groups.flatMap((g) => g.rules));
  return [...rules].sort().map((id) => ({
    heading: t('rule.heading', { n: RULES[id].number, title: RULES[id].title }),
    questions: DISCUSSION[id].map((key) => t(key)),
  }));
}

/** One question of the questionnaire across the class: the share answering it best, before and after. */
export interface ClassAnswerRow {
  prompt: string;
  /** Groups that answered it, and of those how many chose the best option; null share: nobody answered. */
  before: { answered: number; best: number; share: number | null };
  after: { answered: number; best: number; share: number | null };
}

/**
 * The class's before and after on the questionnaire of the scenario it played: per question, the
 * share of the groups that answered choosing the best option. Only groups that played the class's
 * world count; empty when the scenario has no questionnaire or no group answered.
 */
export function classAnswers(groups: readonly GroupResult[]): ClassAnswerRow[] {
  const counted = groups.filter((g) => !g.error && !g.flag);
  const scenario = counted[0]?.scenario;
  const teaching = scenario ? teachingFor(scenario) : undefined;
  if (!teaching) return [];
  if (!counted.some((g) => g.answers.pre?.length || g.answers.post?.length)) return [];
  const tally = (list: 'pre' | 'post', q: number, best: number) => {
    let answered = 0;
    let right = 0;
    for (const g of counted) {
      const a = g.answers[list]?.[q];
      if (a === undefined || a === null) continue;
      answered++;
      if (a === best) right++;
    }
    return { answered, best: right, share: answered ? right / answered : null };
  };
  return teaching.questions.map((q, i) => ({
    prompt: q.prompt,
    before: tally('pre', i, q.answer),
    after: tally('post', i, q.answer),
  }));
}

/** A share as a whole percentage, or a dash when nobody answered. */
export function shareText(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

/** One group's right answers before and after, as the class results list them. */
export interface GroupAnswerRow {
  group: string;
  /** "2/5 right" (of the questions answered), or "—" when the group answered none. */
  before: string;
  after: string;
  /** The same without the word: "2/5", or "—" (the screen's column says what it counts). */
  beforeShort: string;
  afterShort: string;
  /** Right answers after minus before, over the questions answered both times; null: not both. */
  change: number | null;
}

/**
 * Each group's before and after: how many of the questions it answered it got right. Only groups
 * that played the class's world and answered something are listed, in the order pasted.
 */
export function groupAnswers(groups: readonly GroupResult[]): GroupAnswerRow[] {
  const counted = groups.filter((g) => !g.error && !g.flag);
  const teaching = counted[0] ? teachingFor(counted[0].scenario) : undefined;
  if (!teaching) return [];
  const score = (list: readonly (number | null)[] | undefined) => {
    let answered = 0;
    let right = 0;
    teaching.questions.forEach((q, i) => {
      const a = list?.[i];
      if (a === undefined || a === null) return;
      answered++;
      if (a === q.answer) right++;
    });
    return { answered, right };
  };
  const short = (s: { answered: number; right: number }) =>
    s.answered ? `${s.right}/${s.answered}` : '—';
  const text = (s: { answered: number; right: number }) => (s.answered ? `${short(s)} right` : '—');
  return counted
    .filter((g) => g.answers.pre?.length || g.answers.post?.length)
    .map((g) => {
      const before = score(g.answers.pre);
      const after = score(g.answers.post);
      return {
        group: groupName(g),
        before: text(before),
        after: text(after),
        beforeShort: short(before),
        afterShort: short(after),
        change: before.answered && after.answered ? after.right - before.right : null,
      };
    });
}
