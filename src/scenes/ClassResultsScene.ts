import Phaser from 'phaser';
import type { ClassResults, ClassRow, ClassSort } from '../app/index';
import { Button } from '../ui/Button';
import { DomField, FilePicker } from '../ui/DomField';
import { type Focusable, FocusList } from '../ui/FocusList';
import { onKeyDown, restartScene } from '../ui/keyboard';
import { LineChart, MARKER_GLYPH, markerFor } from '../ui/LineChart';
import { DESIGN, CLASS_SCREEN as L, MARGIN } from '../ui/layout';
import { download } from '../ui/page';
import { css, OKABE_ITO, PALETTE } from '../ui/palette';
import { markPressable } from '../ui/publish';
import { kickRender } from '../ui/renderGate';
import { ScreenHeader } from '../ui/ScreenHeader';
import { addHint, addText, FONT, TYPE_SIZE } from '../ui/typography';
import { KEYS, keyIndex, pressed } from '../view/keys';
import { openPrintable } from './brief';
import { SCENE } from './keys';
import { loadSessionModule, type SessionModule } from './load';
import { setViewer } from './registry';
import { caption } from './reportBody';

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

const STATE = 'precursor.class';
const ANSWERS_NOTE = 'Some codes carry questionnaire answers: B shows the class before and after.';
const SERIES_COLOURS = [
  OKABE_ITO.orange,
  OKABE_ITO.skyBlue,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.yellow,
  OKABE_ITO.vermillion,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.blue,
];

/**
 * A facilitator's view of the whole class: every group's replay code played again, compared in a
 * sortable table and on one chart, with the discussion questions for the rules the class met.
 */
export class ClassResultsScene extends Phaser.Scene {
  private state!: ClassState;

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
    new ScreenHeader(this, 'Precursor · Class results', 'Every group’s game, side by side');
    void loadSessionModule().then((m) => {
      if (!this.sys.isActive()) return;
      this.build(m);
      kickRender(this);
    });
  }

  private keep(change: Partial<ClassState>): void {
    this.state = { ...this.state, ...change };
    this.registry.set(STATE, this.state);
  }

  private build(m: SessionModule): void {
    const items: Focusable[] = [];
    caption(this, MARGIN, L.codes.y - 20, 'Replay codes · one per line · “Group name: code”');
    const codes = new DomField(this, L.codes, {
      label: 'Replay codes',
      placeholder: 'Group A: p2.…\nGroup B: p2.…',
      value: this.state.pasted,
      multiline: true,
      fontSize: 12,
      onSubmit: () => show(),
    });
    caption(this, MARGIN, L.classCode.y - 20, 'Class code to compare against (optional)');
    const classCode = new DomField(this, L.classCode, {
      label: 'Class code to compare against',
      placeholder: 'c1.…',
      value: this.state.classCode,
      fontSize: 13,
      onSubmit: () => show(),
    });
    const show = () => {
      this.keep({ pasted: codes.value, classCode: classCode.value, page: 0 });
      restartScene(this);
    };
    const message = addText(this, MARGIN, L.messageY, '', {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(PALETTE.caution),
      wordWrap: { width: L.codes.w },
      lineSpacing: 2,
    }).setMaxLines(3);
    const say = (text: string, good = false) => {
      message.setText(text).setColor(css(good ? PALETTE.textMuted : PALETTE.caution));
      kickRender(this);
    };
    const picker = new FilePicker(
      this,
      '.txt,.csv,text/plain',
      (_name, text) => {
        codes.setValue(codes.value ? `${codes.value.trimEnd()}\n${text}` : text);
        show();
      },
      say,
    );
    const run = this.state.pasted.trim()
      ? m.runClass(this.state.pasted, this.state.classCode)
      : null;
    const results = run?.ok ? run.value : null;
    const csv = () => {
      if (!results) return say('Show the results first, then export them.');
      download('precursor-class-results.csv', results.csv, 'text/csv');
      say('Saved precursor-class-results.csv to your downloads.');
    };
    const print = () => {
      if (!results) return say('Show the results first, then print them.');
      const rows = m.classRows(results.groups, this.state.sort);
      const id = results.groups.find((g) => !g.error && !g.flag)?.scenario ?? '';
      const scenarioTitle = m.teachingScenario(id)?.title ?? id;
      openPrintable(
        m.classResultsHtml(results, rows, { scenarioTitle }),
        'precursor-class-results.html',
      );
    };
    const button = (x: number, w: number, label: string, key: string, act: () => void) =>
      new Button(this, x, L.buttonsY, {
        label,
        shortcut: key,
        width: w,
        height: 40,
        labelSize: 15,
        primary: key === '⌃↵',
        onActivate: act,
      });
    items.push(
      codes,
      classCode,
      button(MARGIN, 164, 'Show results', '⌃↵', show),
      button(MARGIN + 172, 146, 'Import .txt', 'I', () => picker.open()),
      button(MARGIN + 326, 156, 'Export CSV', 'C', csv),
      button(MARGIN + 490, 96, 'Print', 'P', print),
    );

    if (run && !run.ok) say(run.error);
    if (!results) {
      addText(
        this,
        L.chart.x,
        L.chart.y + 20,
        'Paste the replay code of every group (from each group’s Share screen, S), one per line, ' +
          'then press Show results. Add the class code to check every group played the same world.',
        {
          fontSize: `${TYPE_SIZE.body}px`,
          color: css(PALETTE.textMuted),
          wordWrap: { width: L.chart.w },
          lineSpacing: 6,
        },
      );
    } else {
      say(m.classSummary(results), true);
      const rows = m.classRows(results.groups, this.state.sort);
      const page = Math.min(this.state.page, m.classPages(rows.length) - 1);
      const answers = m.classAnswers(results.groups);
      if (answers.length) say(`${m.classSummary(results)} ${ANSWERS_NOTE}`, true);
      if (this.state.panel === 'discussion') this.drawDiscussion(m, results);
      else if (this.state.panel === 'answers') this.drawAnswers(m, results);
      else this.drawChart(m, results, rows, page);
      const tables = this.drawTable(m, results, rows, page);
      const panelButton = (p: Exclude<Panel, 'chart'>, x: number, label: string, key: string) =>
        new Button(this, x, L.backY, {
          label,
          shortcut: key,
          width: L.panelW,
          height: 40,
          labelSize: 14,
          onActivate: () => this.showPanel(p),
        }).setSelected(this.state.panel === p);
      items.push(
        ...tables,
        panelButton('discussion', L.discussionX, 'Discussion', 'D'),
        panelButton('answers', L.answersX, 'Before/after', 'B').setDisabledReason(
          answers.length ? null : 'No group’s code carries questionnaire answers.',
        ),
      );
    }

    const back = new Button(this, MARGIN, L.backY, {
      label: '← Back',
      width: 160,
      height: 40,
      labelSize: 15,
      onActivate: () => this.scene.start(SCENE.replay),
    });
    items.push(back);
    addHint(
      this,
      DESIGN.width / 2,
      DESIGN.height - 8,
      'Ctrl+Enter shows results · 1–7 sort (again flips) · Enter on Open views that replay · C CSV · P print · D discussion · B before/after · I import · [ ] page · Esc back',
      TYPE_SIZE.tag - 1,
    );
    new FocusList(this, items, {
      numberKeys: false,
      initial: results ? Math.min(6, items.length - 1) : 0,
      onBack: () => this.scene.start(SCENE.replay),
    });
    onKeyDown(this, (e: KeyboardEvent) => {
      const K = KEYS.classResults;
      const column = m.CLASS_COLUMNS[keyIndex(e, K.sort)];
      if (pressed(e, K.show) && (e.ctrlKey || e.metaKey)) show();
      else if (column && results) this.sortBy(m, column.id);
      else if (pressed(e, K.csv)) csv();
      else if (pressed(e, K.print)) print();
      else if (pressed(e, K.importFile)) picker.open();
      else if (pressed(e, K.discussion) && results) this.showPanel('discussion');
      else if (pressed(e, K.answers) && results) this.showPanel('answers');
      else if (pressed(e, K.nextPage) && results) this.turnPage(m, results, 1);
      else if (pressed(e, K.previousPage) && results) this.turnPage(m, results, -1);
    });
  }

  /** Shows `panel` beside the table, or the chart again when it is already shown. */
  private showPanel(panel: Exclude<Panel, 'chart'>): void {
    this.keep({ panel: this.state.panel === panel ? 'chart' : panel });
    restartScene(this);
  }

  /** The class's before and after: each question's share answering best, and each group's. */
  private drawAnswers(m: SessionModule, results: ClassResults): void {
    const rows = m.classAnswers(results.groups);
    const groups = m.groupAnswers(results.groups);
    const x = L.chart.x;
    caption(this, x, L.chart.y, 'Questionnaire · before → after · B for the chart');
    const g = this.add.graphics();
    const top = L.chart.y + 26;
    const barX = x + 36;
    const barW = 130;
    addText(this, x, top, 'Share of groups choosing the best answer', {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(PALETTE.textMuted),
    });
    rows.forEach((r, i) => {
      const y = top + 26 + i * L.answerStep;
      addText(this, x, y + 4, `Q${i + 1}`, {
        fontFamily: FONT.mono,
        fontSize: `${TYPE_SIZE.small}px`,
      });
      g.fillStyle(PALETTE.rule, 1)
        .fillRect(barX, y + 2, barW, 9)
        .fillRect(barX, y + 14, barW, 9);
      g.fillStyle(PALETTE.textMuted, 1).fillRect(barX, y + 2, (r.before.share ?? 0) * barW, 9);
      g.fillStyle(PALETTE.accent, 1).fillRect(barX, y + 14, (r.after.share ?? 0) * barW, 9);
      addText(
        this,
        barX + barW + 10,
        y + 4,
        `${m.shareText(r.before.share)} → ${m.shareText(r.after.share)}`,
        { fontFamily: FONT.mono, fontSize: `${TYPE_SIZE.small}px` },
      );
    });
    addText(
      this,
      x,
      top + 30 + rows.length * L.answerStep,
      'Upper bar grey: before · lower bar orange: after',
      { fontSize: `${TYPE_SIZE.small}px`, color: css(PALETTE.textMuted) },
    );
    const gx = x + L.chart.w / 2 + 8;
    addText(this, gx, top, 'By group · right answers', {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(PALETTE.textMuted),
    });
    const fits = Math.floor((L.chart.h - 56) / 22);
    const shown = groups.length > fits ? groups.slice(0, fits - 1) : groups;
    const lines = shown.map((a) => {
      const change =
        a.change === null
          ? ''
          : a.change > 0
            ? `  ▲${a.change}`
            : a.change < 0
              ? `  ▼${-a.change}`
              : '  =';
      return { name: a.group, score: `${a.before} → ${a.after}${change}` };
    });
    lines.forEach((l, i) => {
      const y = top + 26 + i * 22;
      addText(this, gx, y, l.name, {
        fontSize: `${TYPE_SIZE.small}px`,
        fixedWidth: 110,
      });
      addText(this, gx + 116, y, l.score.replaceAll(' right', ''), {
        fontFamily: FONT.mono,
        fontSize: `${TYPE_SIZE.small}px`,
      });
    });
    if (shown.length < groups.length)
      addText(
        this,
        gx,
        top + 26 + shown.length * 22,
        `… and ${groups.length - shown.length} more: print (P) lists every group`,
        {
          fontSize: `${TYPE_SIZE.small}px`,
          color: css(PALETTE.textMuted),
        },
      );
  }

  private turnPage(m: SessionModule, results: ClassResults, delta: number): void {
    const pages = m.classPages(results.groups.length);
    const page = Math.min(pages - 1, Math.max(0, this.state.page + delta));
    if (page === this.state.page) return;
    this.keep({ page });
    restartScene(this);
  }

  private sortBy(m: SessionModule, column: ClassSort['column']): void {
    this.keep({ sort: m.nextSort(this.state.sort, column), page: 0 });
    restartScene(this);
  }

  private drawChart(m: SessionModule, results: ClassResults, rows: ClassRow[], page: number): void {
    const lines = m.classChart(rows, results.groups, page);
    const turns = Math.max(0, ...lines.map((l) => l.values.length));
    const faint = lines.some((l) => l.slot === null);
    new LineChart(
      this,
      L.chart.x,
      L.chart.y,
      {
        width: L.chart.w,
        height: L.chart.h,
        title: faint ? 'Deaths, 12 months · this page’s groups in colour' : 'Deaths, 12 months',
        xLabels: Array.from({ length: turns }, (_, i) => `T${i + 1}`),
        formatY: (v) => `${(v / 1000).toFixed(1)}k`,
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

  private drawDiscussion(m: SessionModule, results: ClassResults): void {
    const lines = m
      .classDiscussion(results.groups)
      .flatMap((d) => [d.heading, ...d.questions.map((q) => `  • ${q}`)]);
    caption(
      this,
      L.chart.x,
      L.chart.y,
      'For discussion · the rules the class met · D for the chart',
    );
    addText(this, L.chart.x, L.chart.y + 22, lines.join('\n'), {
      fontSize: `${TYPE_SIZE.tag}px`,
      wordWrap: { width: L.chart.w },
      lineSpacing: 2,
    }).setMaxLines(19);
  }

  private drawTable(
    m: SessionModule,
    results: ClassResults,
    rows: ClassRow[],
    page: number,
  ): Button[] {
    const g = this.add.graphics();
    let x = L.tableX + L.openW + 12;
    const columnX: number[] = [];
    m.CLASS_COLUMNS.forEach((c, i) => {
      columnX.push(x);
      const sorted = this.state.sort.column === c.id;
      const arrow = sorted ? (this.state.sort.descending ? ' ▼' : ' ▲') : '';
      const head = addText(this, x, L.headY, `${i + 1} ${c.label}${arrow}`, {
        fontFamily: FONT.mono,
        fontSize: `${TYPE_SIZE.tag}px`,
        fontStyle: sorted ? 'bold' : '',
        color: css(sorted ? PALETTE.accent : PALETTE.textMuted),
      });
      const sort = () => this.sortBy(m, c.id);
      head.setInteractive({ useHandCursor: true }).on('pointerup', sort);
      markPressable(
        head,
        head.width,
        head.height,
        () => ({
          name: c.label,
          role: 'column header',
          state: sorted
            ? [this.state.sort.descending ? 'sorted descending' : 'sorted ascending']
            : [],
        }),
        { activate: sort, focus: () => {} },
      );
      x += c.width;
    });
    g.lineStyle(1, PALETTE.rule, 1).lineBetween(
      MARGIN,
      L.headY + 20.5,
      DESIGN.width - MARGIN,
      L.headY + 20.5,
    );
    const perPage = m.CLASS_ROWS_PER_PAGE;
    const pages = m.classPages(rows.length);
    const shown = rows.slice(page * perPage, (page + 1) * perPage);
    // The marks of every row, not only this page's: a flagged group is never out of sight.
    const marks = rows.filter((r) => r.mark).map((r) => `⚑ ${r.cells.group}: ${r.mark}`);
    const buttons: Button[] = shown.map((row, i) => {
      const y = L.rowsY + i * L.rowStep;
      const colour = css(row.mark ? PALETTE.caution : PALETTE.text);
      m.CLASS_COLUMNS.forEach((c, j) => {
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
        label: 'Open',
        width: L.openW,
        height: L.rowStep - 4,
        labelSize: 13,
        onActivate: () => {
          if (!group || group.error) return;
          const source = m.readReplayCode(group.code);
          const viewer = source.ok ? m.ReplayViewer.open(source.value) : source;
          if (!viewer.ok) return;
          setViewer(this, viewer.value);
          this.scene.start(SCENE.viewer);
        },
      });
    });
    if (pages > 1) {
      const earlier = new Button(this, L.pagerX, L.backY, {
        label: '[ Earlier',
        width: L.pagerW,
        height: 40,
        labelSize: 14,
        onActivate: () => this.turnPage(m, results, -1),
      }).setDisabledReason(page === 0 ? 'This is the first page.' : null);
      const later = new Button(this, L.pagerX + L.pagerW + 8, L.backY, {
        label: 'Later ]',
        width: L.pagerW,
        height: 40,
        labelSize: 14,
        onActivate: () => this.turnPage(m, results, 1),
      }).setDisabledReason(page === pages - 1 ? 'This is the last page.' : null);
      buttons.push(earlier, later);
    }
    const pageNote =
      pages > 1
        ? `Rows ${page * perPage + 1}–${page * perPage + shown.length} of ${rows.length} · page ${page + 1} of ${pages}`
        : '';
    addText(
      this,
      pages > 1 ? L.marksX : L.pagerX,
      L.marksY,
      [pageNote, ...marks].filter(Boolean).join('\n'),
      {
        fontSize: `${TYPE_SIZE.tag}px`,
        color: css(marks.length ? PALETTE.caution : PALETTE.textMuted),
        wordWrap: { width: L.discussionX - 16 - (pages > 1 ? L.marksX : L.pagerX) },
      },
    ).setMaxLines(3);
    return buttons;
  }
}

/** The colour of the table row at `slot` on its page, and of its line on the chart. */
function slotColour(slot: number): number {
  return SERIES_COLOURS[slot % SERIES_COLOURS.length] ?? PALETTE.accent;
}
