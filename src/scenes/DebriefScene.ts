import Phaser from 'phaser';
import type { DebriefView, GameSession, PlacementView } from '../app/index';
import { Button } from '../ui/Button';
import { DEBRIEF_LAYOUT as L } from '../ui/grid';
import { type ChartBand, type ChartSeries, LineChart } from '../ui/LineChart';
import { DEBRIEF_QUESTIONNAIRE, DESIGN } from '../ui/layout';
import { css, PALETTE } from '../ui/palette';
import { ScreenHeader } from '../ui/ScreenHeader';
import { addText, FONT, TYPE_SIZE } from '../ui/typography';
import { KEYS, pressed } from '../view/keys';
import { t } from '../words';
import { openPrintable } from './brief';
import { openHelp } from './HelpScene';
import { SCENE } from './keys';
import { loadedSessionModule } from './load';
import type { QuestionnaireData } from './QuestionnaireScene';
import { currentSession, setSession } from './registry';
import { openShare } from './ShareScene';
import { Screen } from './screen';

const POSTURE_COLOUR = [PALETTE.china, PALETTE.caution, PALETTE.unitedStates, PALETTE.positive];

/** Where the game's questionnaire stands at its end: asked or not, answered or not. */
interface QuizState {
  asks: boolean;
  answered: boolean;
  /** Asked and not yet answered: the questionnaire is the way on. */
  first: boolean;
}

/** The end: deaths against the no-moves world, the relationship, posture, scores and the timeline. */
export class DebriefScene extends Screen {
  private view!: DebriefView;
  private session!: GameSession;
  private timeline!: Phaser.GameObjects.Text;
  private page = 0;
  private timelinePages: string[][] = [[]];
  private deathsChart!: LineChart;
  private deathsSeries: ChartSeries[] = [];
  private verdict!: Phaser.GameObjects.Text;

  constructor() {
    super(SCENE.debrief);
  }

  create(): void {
    this.session = currentSession(this);
    this.view = this.session.debriefView();
    this.page = 0;
    new ScreenHeader(
      this,
      t('screen.debrief.title', { scenario: this.view.scenarioTitle }),
      t('screen.debrief.seed', { seed: this.session.choice.seed }),
    );
    this.drawCharts();
    this.drawPostureBand();
    this.drawScores();
    this.drawVerdict();
    this.drawTimeline();
    const quiz = this.quizState();
    const buttons = this.drawButtons(quiz);
    this.drawUnsaved(quiz);
    this.focus(buttons, { numberKeys: false, initial: quiz.first ? buttons.length - 1 : 0 });
    this.bindKeys(quiz);
    this.hint(
      t('screen.debrief.hint', {
        context: quiz.first ? 'questionnaireFirst' : quiz.asks ? 'questionnaire' : 'plain',
      }),
    );
    this.drawn();
  }

  /** The deaths against the no-moves world (and the record, where there is one), the headline, the relationship. */
  private drawCharts(): void {
    const v = this.view;
    this.deathsSeries = [
      { name: v.deaths[0]?.name ?? '', values: v.deaths[0]?.values ?? [], colour: PALETTE.caution },
      {
        name: v.deaths[1]?.name ?? '',
        values: v.deaths[1]?.values ?? [],
        colour: PALETTE.textMuted,
      },
      // A history scenario's published figures, where there are some, beside the model's.
      ...(v.actual?.deaths12m.some((d) => d !== null)
        ? [
            {
              name: t('screen.debrief.recorded'),
              values: v.actual.deaths12m.map((d) => d ?? Number.NaN),
              colour: PALETTE.text,
              pointsOnly: true,
            },
          ]
        : []),
    ];
    const d = L.deaths;
    // The band's legend entry is there from the start, so the chart keeps its layout when the
    // band arrives.
    this.deathsChart = new LineChart(
      this,
      d.x,
      d.y,
      { width: d.w, height: d.h, title: t('screen.debrief.chart.deaths'), xLabels: v.quarters },
      this.deathsSeries,
      [this.band(this.session.placing().bandName, [], [])],
    );
    addText(this, d.x, L.headlineY, v.headline, {
      fontSize: `${TYPE_SIZE.body}px`,
      fontStyle: 'bold',
      color: css(PALETTE.accent),
    });
    const r = L.relationship;
    const series = (i: number, name: string, colour: number) => ({
      name: t(`screen.debrief.series.${name}`),
      values: v.relations[i]?.values ?? [],
      colour,
    });
    new LineChart(
      this,
      r.x,
      r.y,
      {
        width: r.w,
        height: r.h,
        title: t('screen.debrief.chart.relationship'),
        xLabels: v.quarters,
      },
      [
        series(0, 'relations', PALETTE.positive),
        series(1, 'goodwill', PALETTE.unitedStates),
        series(2, 'tariff', PALETTE.china),
      ],
    );
  }

  /** The placing's note, replaced by the verdict when the games against the spread are played. */
  private drawVerdict(): void {
    const r = L.verdict;
    this.verdict = addText(this, r.x, r.y, this.session.placing().note, {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(PALETTE.textMuted),
      wordWrap: { width: r.w },
      lineSpacing: 2,
    });
    const stop = this.session.placeResult((p) => this.showPlacement(p));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, stop);
  }

  /** The timeline's region, caption and first page. */
  private drawTimeline(): void {
    const r = L.timeline;
    const caption = t('screen.debrief.timeline.caption', {
      context: this.view.actual ? 'actual' : 'plain',
    });
    this.caption(r.x, L.timelineCaptionY, caption);
    this.region(this.add.graphics(), 'timeline', r, undefined, false);
    this.timeline = addText(this, r.x, r.y, '', {
      fontSize: `${TYPE_SIZE.tag}px`,
      wordWrap: { width: r.w },
      lineSpacing: 2,
    });
    this.timelinePages = this.pageTimeline();
    this.showTimeline();
  }

  /** In a game set up with the questionnaire, its second round comes first, until answered. */
  private quizState(): QuizState {
    const m = loadedSessionModule();
    const session = this.session;
    const asks = !!m?.asksQuestionnaire(session.choice) && !!session.questionnaire();
    const answered = (session.answersGiven().post ?? []).some((a) => a !== null);
    return { asks, answered, first: asks && !answered };
  }

  private openQuestionnaire(): void {
    this.scene.start(SCENE.questionnaire, { when: 'post' } satisfies QuestionnaireData);
  }

  private printPage(): void {
    const session = this.session;
    openPrintable(session.debriefHandout(), `precursor-debrief-seed${session.choice.seed}.html`);
  }

  /** New game, Title, Share, Print along the foot, and the questionnaire's where it is asked. */
  private drawButtons(quiz: QuizState): Button[] {
    const leave = (scene: string) => () => {
      setSession(this, null);
      this.scene.start(scene);
    };
    const specs = [
      { name: 'newGame', width: 240, onActivate: leave(SCENE.setup) },
      { name: 'title', width: 200, onActivate: leave(SCENE.title) },
      { name: 'share', width: 220, shortcut: 'S', onActivate: () => openShare(this) },
      { name: 'print', width: 220, shortcut: 'P', onActivate: () => this.printPage() },
    ];
    let x = L.buttons.x;
    const buttons = specs.map(({ name, ...options }, i) => {
      const first = i === 0 && !quiz.first;
      const button = new Button(this, x, L.buttons.y, {
        ...options,
        label: t(`screen.debrief.button.${name}`),
        ...(first ? { shortcut: '↵', primary: true } : {}),
      });
      x += options.width + L.buttons.gap;
      return button;
    });
    if (quiz.asks)
      buttons.push(
        new Button(this, DEBRIEF_QUESTIONNAIRE.x, DEBRIEF_QUESTIONNAIRE.y, {
          label: t('screen.debrief.button.questionnaire', {
            context: quiz.answered ? 'answered' : 'open',
          }),
          shortcut: quiz.first ? '↵' : 'Q',
          primary: quiz.first,
          width: DEBRIEF_QUESTIONNAIRE.w,
          height: DEBRIEF_QUESTIONNAIRE.h,
          onActivate: () => this.openQuestionnaire(),
        }),
      );
    return buttons;
  }

  /** The warning that the game is not saved: above the buttons, or beside them. */
  private drawUnsaved(quiz: QuizState): void {
    const unsaved = this.session.saveNotice();
    if (!unsaved) return;
    const style = { fontSize: `${TYPE_SIZE.tag}px`, color: css(PALETTE.caution) };
    if (quiz.asks) {
      const r = L.unsavedAbove;
      addText(this, r.x, r.y, unsaved, { ...style, wordWrap: { width: r.w } }).setMaxLines(2);
    } else {
      const r = L.unsavedBeside;
      addText(this, r.x, r.y, unsaved, {
        ...style,
        wordWrap: { width: DESIGN.width - r.x - 16 },
      }).setOrigin(0, 0.5);
    }
  }

  private bindKeys(quiz: QuizState): void {
    const K = KEYS.debrief;
    this.keys((e: KeyboardEvent) => {
      if (pressed(e, K.help)) openHelp(this);
      else if (pressed(e, K.share)) openShare(this);
      else if (pressed(e, K.print)) this.printPage();
      else if (pressed(e, K.questionnaire) && quiz.asks) this.openQuestionnaire();
      else if (pressed(e, K.nextPage)) this.turnPage(1);
      else if (pressed(e, K.previousPage)) this.turnPage(-1);
    });
  }

  private band(name: string, lo: number[], hi: number[]): ChartBand {
    return { name, lo, hi, colour: PALETTE.neutralSeries };
  }

  /** The band behind the deaths and the verdict, once the games have been played. */
  private showPlacement(p: PlacementView): void {
    this.deathsChart.setSeries(this.deathsSeries, [this.band(p.bandName, p.band.lo, p.band.hi)]);
    this.verdict.setText(p.lines.join('\n')).setColor(css(PALETTE.text));
    this.drawn();
  }

  private drawPostureBand(): void {
    const { captionX, x, y, w } = L.posture;
    const band = this.view.posture;
    this.caption(captionX, y - 18, t('screen.debrief.posture.caption'));
    const g = this.add.graphics();
    const step = w / Math.max(1, band.length);
    band.forEach((p, i) => {
      const h = 8 + p.level * 8;
      g.fillStyle(POSTURE_COLOUR[p.level] ?? PALETTE.textDim, 1).fillRect(
        x + i * step,
        y + 40 - h,
        Math.max(1, step - 1),
        h,
      );
      if (step >= 14)
        addText(
          this,
          x + i * step + step / 2,
          y + 44,
          t('screen.debrief.posture.letter', { context: String(p.level) }),
          { fontFamily: FONT.mono, fontSize: '10px', color: css(PALETTE.textMuted) },
        ).setOrigin(0.5, 0);
    });
  }

  private drawScores(): void {
    const { x, y, step } = L.scores;
    this.caption(x, y, t('screen.debrief.scores.caption'));
    this.view.scores.forEach((s, i) => {
      const cx = x + i * step;
      const colour = s.side === 'us' ? PALETTE.unitedStates : PALETTE.china;
      this.add
        .graphics()
        .fillStyle(colour, 1)
        .fillRect(cx, y + 24, 4, 28);
      addText(
        this,
        cx + 12,
        y + 22,
        t('screen.debrief.scores.total', { side: s.label, total: s.total }),
        {
          fontSize: `${TYPE_SIZE.body + 2}px`,
          fontStyle: 'bold',
        },
      );
      addText(
        this,
        cx + 12,
        y + 60,
        s.drivers.map((d) => `${d.text.padStart(6)}  ${d.label}`).join('\n'),
        {
          fontFamily: FONT.mono,
          fontSize: `${TYPE_SIZE.tag}px`,
          color: css(PALETTE.textMuted),
          lineSpacing: 4,
        },
      );
    });
  }

  private turnPage(delta: number): void {
    const pages = this.timelinePages.length;
    this.page = Math.min(pages - 1, Math.max(0, this.page + delta));
    this.showTimeline();
    this.drawn();
  }

  /**
   * The timeline's quarters cut into pages that fit its region, whole quarters only, with a line
   * kept for "page n of m".
   */
  private pageTimeline(): string[][] {
    const lines = this.view.timeline.map(
      (r) =>
        t('screen.debrief.timeline.row', { quarter: r.quarter, us: r.us, china: r.china }) +
        (r.events ? t('screen.debrief.timeline.events', { events: r.events }) : '') +
        (r.injected ? t('screen.debrief.timeline.injected', { injected: r.injected }) : '') +
        (r.actual ? t('screen.debrief.timeline.actual', { actual: r.actual }) : ''),
    );
    const pages: string[][] = [[]];
    const widest = t('screen.debrief.timeline.page', { page: 1, pages: 9 });
    const fits = (page: string[]) =>
      this.timeline.setText([...page, widest].join('\n')).height <= L.timeline.h;
    for (const line of lines) {
      const page = pages[pages.length - 1] ?? [];
      if (page.length > 0 && !fits([...page, line])) pages.push([line]);
      else page.push(line);
    }
    return pages;
  }

  private showTimeline(): void {
    const pages = this.timelinePages.length;
    const rows = this.timelinePages[this.page] ?? [];
    const more =
      pages > 1 ? `\n${t('screen.debrief.timeline.page', { page: this.page + 1, pages })}` : '';
    this.timeline.setText(rows.join('\n') + more);
  }
}
