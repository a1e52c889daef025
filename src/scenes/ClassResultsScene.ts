import type Phaser from 'phaser';
import type { ClassResults, ClassRow, ClassSort } from '../app/index';
import { Button } from '../ui/Button';
import { DomField, FilePicker } from '../ui/DomField';
import type { Focusable } from '../ui/FocusList';
import { restartScene } from '../ui/keyboard';
import { LineChart, MARKER_GLYPH, markerFor } from '../ui/LineChart';
import { DESIGN, GAP, CLASS_SCREEN as L, MARGIN } from '../ui/layout';
import { download } from '../ui/page';
import { css, OKABE_ITO, PALETTE } from '../ui/palette';
import { markPressable } from '../ui/publish';
import { ScreenHeader } from '../ui/ScreenHeader';
import { addText, FONT, TYPE_SIZE } from '../ui/typography';
import { KEYS, keyIndex, pressed } from '../view/keys';
import { t } from '../words';
import { openPrintable } from './brief';
import { SCENE } from './keys';
import type { SessionModule } from './load';
import { setViewer } from './registry';
import { Screen } from './screen';

/** What the screen keeps between visits (the pasted codes survive a trip to the viewer). */
interface ClassState {
  pasted: string;
  classCode: string;
  sort: ClassSort;
  page: number;
  /** What the right-hand panel shows: the deaths chart, the discussion or the questionnaire. */
  panel: Panel;
}

type Panel = 'chart' | 'discussion' | 'answers';

/** What the screen's buttons and keys do. */
interface Actions {
  show: () => void;
  csv: () => void;
  print: () => void;
  importFile: () => void;
}

const STATE = 'precursor.class';
const CSV_FILE = 'precursor-class-results.csv';
const SERIES_COLOURS = [
  OKABE_ITO.orange,
  OKABE_ITO.skyBlue,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.yellow,
  OKABE_ITO.vermillion,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.blue,
];
/** The toolbar under the fields, left to right: its buttons' widths. */
const TOOLBAR = { show: 164, importFile: 146, csv: 156, print: 96 } as const;
/** The before/after panel: the bars' offset and length, and each group's line. */
const ANSWER_BARS = { x: 36, w: 130, groupStep: 22, nameW: 110 } as const;

/**
 * A facilitator's view of the whole class: every group's replay code played again, compared in a
 * sortable table and on one chart, with the discussion questions for the rules the class met.
 */
export class ClassResultsScene extends Screen {
  private state!: ClassState;
  private m!: SessionModule;
  private results: ClassResults | null = null;
  private message!: Phaser.GameObjects.Text;

  constructor() {
    super(SCENE.classResults);
  }

  create(): void {
    this.state = (this.registry.get(STATE) as ClassState | undefined) ?? {
      pasted: '',
      classCode: '',
      sort: { column: 'livesSaved', descending: true },
      page: 0,
      panel: 'chart',
    };
    new ScreenHeader(this, t('screen.classResults.title'), t('screen.classResults.subtitle'));
    this.withSession((m) => {
      this.m = m;
      this.build();
      this.drawn();
    });
  }

  private keep(change: Partial<ClassState>): void {
    this.state = { ...this.state, ...change };
    this.registry.set(STATE, this.state);
  }

  private build(): void {
    const run = this.state.pasted.trim()
      ? this.m.runClass(this.state.pasted, this.state.classCode)
      : null;
    this.results = run?.ok ? run.value : null;
    const { fields, actions } = this.inputs();
    const items: Focusable[] = [...fields, ...this.toolbar(actions)];
    if (run && !run.ok) this.say(run.error);
    if (this.results) items.push(...this.resultsPart(this.results));
    else this.introPart();
    const back = new Button(this, MARGIN, L.backY, {
      label: t('screen.classResults.button.back'),
      width: 160,
      height: 40,
      labelSize: 15,
      onActivate: () => this.scene.start(SCENE.replay),
    });
    items.push(back);
    this.hint(t('screen.classResults.hint'), TYPE_SIZE.tag - 1);
    this.focus(items, {
      numberKeys: false,
      initial: this.results ? Math.min(6, items.length - 1) : 0,
      onBack: () => this.scene.start(SCENE.replay),
    });
    // Before any results the codes box is in focus, and so is the keyboard: typing and pasting
    // go straight into it (Escape or Tab hands the keys back to the screen).
    if (!this.results) fields[0]?.activate();
    this.bindKeys(actions);
  }

  /** The two fields (the groups' codes and the class code), the message line and the file picker. */
  private inputs(): { fields: DomField[]; actions: Actions } {
    this.caption(MARGIN, L.codes.y - 20, t('screen.classResults.codes.caption'));
    const codes = new DomField(this, L.codes, {
      label: t('screen.classResults.codes.label'),
      placeholder: t('screen.classResults.codes.placeholder'),
      value: this.state.pasted,
      multiline: true,
      fontSize: 12,
      onSubmit: () => show(),
    });
    this.caption(MARGIN, L.classCode.y - 20, t('screen.classResults.classCode.caption'));
    const classCode = new DomField(this, L.classCode, {
      label: t('screen.classResults.classCode.label'),
      placeholder: t('screen.classResults.classCode.placeholder'),
      value: this.state.classCode,
      fontSize: 13,
      onSubmit: () => show(),
    });
    const show = () => {
      this.keep({ pasted: codes.value, classCode: classCode.value, page: 0 });
      restartScene(this);
    };
    this.message = addText(this, MARGIN, L.messageY, '', {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(PALETTE.caution),
      wordWrap: { width: L.codes.w },
      lineSpacing: 2,
    }).setMaxLines(3);
    const picker = new FilePicker(
      this,
      '.txt,.csv,text/plain',
      (_name, text) => {
        codes.setValue(codes.value ? `${codes.value.trimEnd()}\n${text}` : text);
        show();
      },
      (text) => this.say(text),
    );
    const actions: Actions = {
      show,
      csv: () => this.exportCsv(),
      print: () => this.print(),
      importFile: () => picker.open(),
    };
    return { fields: [codes, classCode], actions };
  }

  /** Writes `text` on the message line: a warning, or quiet news when `good`. */
  private say(text: string, good = false): void {
    this.message.setText(text).setColor(css(good ? PALETTE.textMuted : PALETTE.caution));
    this.drawn();
  }

  private exportCsv(): void {
    if (!this.results) {
      this.say(t('screen.classResults.message.csvFirst'));
      return;
    }
    download(CSV_FILE, this.results.csv, 'text/csv');
    this.say(t('screen.classResults.message.saved', { file: CSV_FILE }));
  }

  private print(): void {
    const results = this.results;
    if (!results) {
      this.say(t('screen.classResults.message.printFirst'));
      return;
    }
    const rows = this.m.classRows(results.groups, this.state.sort);
    const id = results.groups.find((g) => !g.error && !g.flag)?.scenario ?? '';
    const scenarioTitle = this.m.teachingScenario(id)?.title ?? id;
    openPrintable(
      this.m.classResultsHtml(results, rows, { scenarioTitle }),
      'precursor-class-results.html',
    );
  }

  /** Show, Import, Export and Print in a row under the fields, the first one primary. */
  private toolbar(actions: Actions): Button[] {
    const specs = [
      [TOOLBAR.show, 'show', '⌃↵', actions.show],
      [TOOLBAR.importFile, 'import', 'I', actions.importFile],
      [TOOLBAR.csv, 'csv', 'C', actions.csv],
      [TOOLBAR.print, 'print', 'P', actions.print],
    ] as const;
    let x = MARGIN;
    return specs.map(([w, name, key, act], i) => {
      const button = new Button(this, x, L.buttonsY, {
        label: t(`screen.classResults.button.${name}`),
        shortcut: key,
        width: w,
        height: 40,
        labelSize: 15,
        primary: i === 0,
        onActivate: act,
      });
      x += w + GAP;
      return button;
    });
  }

  /** Before any code is shown: what to paste, in the chart's place. */
  private introPart(): void {
    addText(this, L.chart.x, L.chart.y + 20, t('screen.classResults.intro'), {
      fontSize: `${TYPE_SIZE.body}px`,
      color: css(PALETTE.textMuted),
      wordWrap: { width: L.chart.w },
      lineSpacing: 6,
    });
  }

  /** The summary, the panel beside the table (chart, discussion or answers), the table. */
  private resultsPart(results: ClassResults): Button[] {
    const m = this.m;
    const summary = m.classSummary(results);
    const rows = m.classRows(results.groups, this.state.sort);
    const page = Math.min(this.state.page, m.classPages(rows.length) - 1);
    const answers = m.classAnswers(results.groups);
    this.say(
      answers.length ? t('screen.classResults.message.answers', { summary }) : summary,
      true,
    );
    if (this.state.panel === 'discussion') this.drawDiscussion(results);
    else if (this.state.panel === 'answers') this.drawAnswers(results);
    else this.drawChart(results, rows, page);
    const tables = this.drawTable(results, rows, page);
    const panelButton = (p: Exclude<Panel, 'chart'>, x: number, key: string) =>
      new Button(this, x, L.backY, {
        label: t(`screen.classResults.button.${p}`),
        shortcut: key,
        width: L.panelW,
        height: 40,
        labelSize: 14,
        onActivate: () => this.showPanel(p),
      }).setSelected(this.state.panel === p);
    return [
      ...tables,
      panelButton('discussion', L.discussionX, 'D'),
      panelButton('answers', L.answersX, 'B').setDisabledReason(
        answers.length ? null : t('screen.classResults.noAnswers'),
      ),
    ];
  }

  private bindKeys(actions: Actions): void {
    const K = KEYS.classResults;
    this.keys((e: KeyboardEvent) => {
      const column = this.m.CLASS_COLUMNS[keyIndex(e, K.sort)];
      const results = this.results;
      if (pressed(e, K.show) && (e.ctrlKey || e.metaKey)) actions.show();
      else if (column && results) this.sortBy(column.id);
      else if (pressed(e, K.csv)) actions.csv();
      else if (pressed(e, K.print)) actions.print();
      else if (pressed(e, K.importFile)) actions.importFile();
      else if (pressed(e, K.discussion) && results) this.showPanel('discussion');
      else if (pressed(e, K.answers) && results) this.showPanel('answers');
      else if (pressed(e, K.nextPage) && results) this.turnPage(results, 1);
      else if (pressed(e, K.previousPage) && results) this.turnPage(results, -1);
    });
  }

  /** Shows `panel` beside the table, or the chart again when it is already shown. */
  private showPanel(panel: Exclude<Panel, 'chart'>): void {
    this.keep({ panel: this.state.panel === panel ? 'chart' : panel });
    restartScene(this);
  }

  /** The class's before and after: each question's share answering best, and each group's. */
  private drawAnswers(results: ClassResults): void {
    const x = L.chart.x;
    const top = L.chart.y + 26;
    this.caption(x, L.chart.y, t('screen.classResults.answers.caption'));
    const rows = this.drawAnswerBars(results, x, top);
    addText(this, x, top + 30 + rows * L.answerStep, t('screen.classResults.answers.legend'), {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(PALETTE.textMuted),
    });
    this.drawGroupAnswers(results, x + L.chart.w / 2 + 8, top);
  }

  /** Each question's pair of bars, before and after; returns how many questions. */
  private drawAnswerBars(results: ClassResults, x: number, top: number): number {
    const rows = this.m.classAnswers(results.groups);
    const g = this.add.graphics();
    const barX = x + ANSWER_BARS.x;
    const barW = ANSWER_BARS.w;
    addText(this, x, top, t('screen.classResults.answers.share'), {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(PALETTE.textMuted),
    });
    rows.forEach((r, i) => {
      const y = top + 26 + i * L.answerStep;
      addText(this, x, y + 4, t('screen.classResults.answers.question', { number: i + 1 }), {
        fontFamily: FONT.mono,
        fontSize: `${TYPE_SIZE.small}px`,
      });
      g.fillStyle(PALETTE.rule, 1)
        .fillRect(barX, y + 2, barW, 9)
        .fillRect(barX, y + 14, barW, 9);
      g.fillStyle(PALETTE.textMuted, 1).fillRect(barX, y + 2, (r.before.share ?? 0) * barW, 9);
      g.fillStyle(PALETTE.accent, 1).fillRect(barX, y + 14, (r.after.share ?? 0) * barW, 9);
      const shares = `${this.m.shareText(r.before.share)} → ${this.m.shareText(r.after.share)}`;
      addText(this, barX + barW + 10, y + 4, shares, {
        fontFamily: FONT.mono,
        fontSize: `${TYPE_SIZE.small}px`,
      });
    });
    return rows.length;
  }

  /** Each group's right answers before and after, as many as fit, then how many more. */
  private drawGroupAnswers(results: ClassResults, gx: number, top: number): void {
    const groups = this.m.groupAnswers(results.groups);
    const step = ANSWER_BARS.groupStep;
    addText(this, gx, top, t('screen.classResults.answers.byGroup'), {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(PALETTE.textMuted),
    });
    const fits = Math.floor((L.chart.h - 56) / step);
    const shown = groups.length > fits ? groups.slice(0, fits - 1) : groups;
    shown.forEach((a, i) => {
      const y = top + 26 + i * step;
      const change =
        a.change === null
          ? ''
          : a.change > 0
            ? `  ▲${a.change}`
            : a.change < 0
              ? `  ▼${-a.change}`
              : '  =';
      addText(this, gx, y, a.group, {
        fontSize: `${TYPE_SIZE.small}px`,
        fixedWidth: ANSWER_BARS.nameW,
      });
      addText(this, gx + ANSWER_BARS.nameW + 6, y, `${a.beforeShort} → ${a.afterShort}${change}`, {
        fontFamily: FONT.mono,
        fontSize: `${TYPE_SIZE.small}px`,
      });
    });
    const more = groups.length - shown.length;
    if (more > 0)
      addText(
        this,
        gx,
        top + 26 + shown.length * step,
        t('screen.classResults.answers.more', { count: more }),
        { fontSize: `${TYPE_SIZE.small}px`, color: css(PALETTE.textMuted) },
      );
  }

  private turnPage(results: ClassResults, delta: number): void {
    const pages = this.m.classPages(results.groups.length);
    const page = Math.min(pages - 1, Math.max(0, this.state.page + delta));
    if (page === this.state.page) return;
    this.keep({ page });
    restartScene(this);
  }

  private sortBy(column: ClassSort['column']): void {
    this.keep({ sort: this.m.nextSort(this.state.sort, column), page: 0 });
    restartScene(this);
  }

  private drawChart(results: ClassResults, rows: ClassRow[], page: number): void {
    const lines = this.m.classChart(rows, results.groups, page);
    const turns = Math.max(0, ...lines.map((l) => l.values.length));
    const faint = lines.some((l) => l.slot === null);
    new LineChart(
      this,
      L.chart.x,
      L.chart.y,
      {
        width: L.chart.w,
        height: L.chart.h,
        title: t(
          faint ? 'screen.classResults.chart.titlePaged' : 'screen.classResults.chart.title',
        ),
        xLabels: Array.from({ length: turns }, (_, i) =>
          t('screen.classResults.chart.turn', { turn: i + 1 }),
        ),
        formatY: (v) => t('screen.classResults.chart.thousands', { value: (v / 1000).toFixed(1) }),
        legend: false,
      },
      lines.map((l) =>
        l.slot === null
          ? { name: l.name, values: l.values, colour: PALETTE.textDim, muted: true }
          : {
              name: l.name,
              values: l.values,
              colour: slotColour(l.slot),
              marker: markerFor(l.slot),
            },
      ),
    );
  }

  private drawDiscussion(results: ClassResults): void {
    const lines = this.m
      .classDiscussion(results.groups)
      .flatMap((d) => [d.heading, ...d.questions.map((q) => `  • ${q}`)]);
    this.caption(L.chart.x, L.chart.y, t('screen.classResults.discussion.caption'));
    addText(this, L.chart.x, L.chart.y + 22, lines.join('\n'), {
      fontSize: `${TYPE_SIZE.tag}px`,
      wordWrap: { width: L.chart.w },
      lineSpacing: 2,
    }).setMaxLines(19);
  }

  /** The table: sortable column heads, a page of rows with an Open button each, the pager. */
  private drawTable(results: ClassResults, rows: ClassRow[], page: number): Button[] {
    const columnX = this.drawHeads();
    const perPage = this.m.CLASS_ROWS_PER_PAGE;
    const shown = rows.slice(page * perPage, (page + 1) * perPage);
    const buttons = shown.map((row, i) => this.drawRow(results, row, i, columnX));
    const pages = this.m.classPages(rows.length);
    if (pages > 1) buttons.push(...this.pager(results, page, pages));
    this.drawPageNote(rows, page, pages, shown.length);
    return buttons;
  }

  /** The column heads, each pressable to sort by it; returns each column's left edge. */
  private drawHeads(): number[] {
    let x = L.tableX + L.openW + 12;
    const columnX: number[] = [];
    this.m.CLASS_COLUMNS.forEach((c, i) => {
      columnX.push(x);
      const sorted = this.state.sort.column === c.id;
      const order = this.state.sort.descending ? 'descending' : 'ascending';
      const arrow = sorted ? (this.state.sort.descending ? ' ▼' : ' ▲') : '';
      const text = t('screen.classResults.column.head', { key: i + 1, label: c.label, arrow });
      const head = addText(this, x, L.headY, text, {
        fontFamily: FONT.mono,
        fontSize: `${TYPE_SIZE.tag}px`,
        fontStyle: sorted ? 'bold' : '',
        color: css(sorted ? PALETTE.accent : PALETTE.textMuted),
      });
      const sort = () => this.sortBy(c.id);
      head.setInteractive({ useHandCursor: true }).on('pointerup', sort);
      markPressable(
        head,
        head.width,
        head.height,
        () => ({
          name: c.label,
          role: 'column header',
          state: sorted ? [t('screen.classResults.column.sorted', { context: order })] : [],
        }),
        { activate: sort, focus: () => {} },
      );
      x += c.width;
    });
    this.add
      .graphics()
      .lineStyle(1, PALETTE.rule, 1)
      .lineBetween(MARGIN, L.headY + 20.5, DESIGN.width - MARGIN, L.headY + 20.5);
    return columnX;
  }

  /** Row `i` of the page: its cells (a flagged group marked), and its Open button. */
  private drawRow(results: ClassResults, row: ClassRow, i: number, columnX: number[]): Button {
    const y = L.rowsY + i * L.rowStep;
    const colour = css(row.mark ? PALETTE.caution : PALETTE.text);
    this.m.CLASS_COLUMNS.forEach((c, j) => {
      if (j === 0 && !row.mark) {
        // The group's marker and colour on the chart name its line.
        addText(this, (columnX[0] ?? 0) - 2, y + 4, MARKER_GLYPH[markerFor(i)], {
          fontSize: `${TYPE_SIZE.small}px`,
          color: css(slotColour(i)),
        });
      }
      const text = j === 0 && row.mark ? `⚑ ${row.cells[c.id]}` : row.cells[c.id];
      // The group's name starts after its marker: its cell is narrower by as much.
      const indent = j === 0 && !row.mark ? 18 : 0;
      addText(this, (columnX[j] ?? 0) + indent, y + 4, text, {
        fontSize: `${TYPE_SIZE.small}px`,
        color: colour,
        fixedWidth: c.width - 8 - indent,
      });
    });
    const group = results.groups[row.index];
    return new Button(this, L.tableX, y, {
      label: t('screen.classResults.button.open'),
      width: L.openW,
      height: L.rowStep - 4,
      labelSize: 13,
      onActivate: () => {
        if (!group || group.error) return;
        const source = this.m.readReplayCode(group.code);
        const viewer = source.ok ? this.m.ReplayViewer.open(source.value) : source;
        if (!viewer.ok) return;
        setViewer(this, viewer.value);
        this.scene.start(SCENE.viewer);
      },
    });
  }

  /** Earlier and Later, on the Back button's line. */
  private pager(results: ClassResults, page: number, pages: number): Button[] {
    const button = (x: number, which: 'earlier' | 'later', delta: number, last: boolean) =>
      new Button(this, x, L.backY, {
        label: t(`screen.classResults.button.${which}`),
        width: L.pagerW,
        height: 40,
        labelSize: 14,
        onActivate: () => this.turnPage(results, delta),
      }).setDisabledReason(
        last
          ? t(delta < 0 ? 'screen.classResults.firstPage' : 'screen.classResults.lastPage')
          : null,
      );
    return [
      button(L.pagerX, 'earlier', -1, page === 0),
      button(L.pagerX + L.pagerW + GAP, 'later', 1, page === pages - 1),
    ];
  }

  /** Which rows are shown, and the marks of every row, not only this page's. */
  private drawPageNote(rows: ClassRow[], page: number, pages: number, shown: number): void {
    const perPage = this.m.CLASS_ROWS_PER_PAGE;
    // A flagged group is never out of sight.
    const marks = rows.filter((r) => r.mark).map((r) => `⚑ ${r.cells.group}: ${r.mark}`);
    const pageNote =
      pages > 1
        ? t('screen.classResults.page', {
            first: page * perPage + 1,
            last: page * perPage + shown,
            total: rows.length,
            page: page + 1,
            pages,
          })
        : '';
    const x = pages > 1 ? L.marksX : L.pagerX;
    addText(this, x, L.marksY, [pageNote, ...marks].filter(Boolean).join('\n'), {
      fontSize: `${TYPE_SIZE.tag}px`,
      color: css(marks.length ? PALETTE.caution : PALETTE.textMuted),
      wordWrap: { width: L.discussionX - 16 - x },
    }).setMaxLines(3);
  }
}

/** The colour of the table row at `slot` on its page, and of its line on the chart. */
function slotColour(slot: number): number {
  return SERIES_COLOURS[slot % SERIES_COLOURS.length] ?? PALETTE.accent;
}
