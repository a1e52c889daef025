import Phaser from 'phaser';
import type { DebriefView, PlacementView } from '../app/index';
import { Button } from '../ui/Button';
import { FocusList } from '../ui/FocusList';
import { onKeyDown } from '../ui/keyboard';
import { type ChartBand, type ChartSeries, LineChart } from '../ui/LineChart';
import { DEBRIEF_QUESTIONNAIRE, DESIGN } from '../ui/layout';
import { css, PALETTE } from '../ui/palette';
import { markRegion } from '../ui/publish';
import { kickRender } from '../ui/renderGate';
import { ScreenHeader } from '../ui/ScreenHeader';
import { addCaption, addHint, addText, FONT, TYPE_SIZE } from '../ui/typography';
import { KEYS, pressed } from '../view/keys';
import { openPrintable } from './brief';
import { openHelp } from './HelpScene';
import { SCENE } from './keys';
import { loadedSessionModule } from './load';
import type { QuestionnaireData } from './QuestionnaireScene';
import { currentSession, setSession } from './registry';
import { openShare } from './ShareScene';

const POSTURE_COLOUR = [PALETTE.china, PALETTE.caution, PALETTE.unitedStates, PALETTE.positive];
const POSTURE_LETTER = ['S', 'T', 'W', 'E'];
/** Where the timeline is written, above the buttons; it pages when its quarters need more. */
const TIMELINE = { x: 672, y: 310, w: 584, h: 316 } as const;

const caption = addCaption;

/** The end: deaths against the no-moves world, the relationship, posture, scores and the timeline. */
export class DebriefScene extends Phaser.Scene {
  private view!: DebriefView;
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
    const session = currentSession(this);
    this.view = session.debriefView();
    this.page = 0;
    const v = this.view;
    new ScreenHeader(this, `Debrief · ${v.scenarioTitle}`, `Seed ${session.choice.seed}`);
    const x = 24;
    const w = 620;
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
              name: 'Recorded',
              values: v.actual.deaths12m.map((d) => d ?? Number.NaN),
              colour: PALETTE.text,
              pointsOnly: true,
            },
          ]
        : []),
    ];
    const placing = session.placing();
    // The band's legend entry is there from the start, so the chart keeps its layout when the
    // band arrives.
    this.deathsChart = new LineChart(
      this,
      x,
      56,
      { width: w, height: 200, title: 'Deaths, last 12 months', xLabels: v.quarters },
      this.deathsSeries,
      [this.band(placing.bandName, [], [])],
    );
    addText(this, x, 262, v.headline, {
      fontSize: `${TYPE_SIZE.body}px`,
      fontStyle: 'bold',
      color: css(PALETTE.accent),
    });
    new LineChart(
      this,
      x,
      296,
      { width: w, height: 190, title: 'The relationship', xLabels: v.quarters },
      [
        { name: 'Relations', values: v.relations[0]?.values ?? [], colour: PALETTE.positive },
        { name: 'Goodwill', values: v.relations[1]?.values ?? [], colour: PALETTE.unitedStates },
        { name: 'Tariff %', values: v.relations[2]?.values ?? [], colour: PALETTE.china },
      ],
    );
    this.drawPostureBand(x + 48, 506, w - 56);
    this.drawScores(672, 56);
    this.verdict = addText(this, 672, 226, placing.note, {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(PALETTE.textMuted),
      wordWrap: { width: 584 },
      lineSpacing: 2,
    });
    const stop = session.placeResult((p) => this.showPlacement(p));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, stop);
    caption(this, 672, 290, v.actual ? 'Timeline · and what really happened' : 'Timeline');
    const r = TIMELINE;
    markRegion(this.add.zone(r.x, r.y, r.w, r.h).setOrigin(0, 0), 'timeline', {
      x: 0,
      y: 0,
      w: r.w,
      h: r.h,
    });
    this.timeline = addText(this, r.x, r.y, '', {
      fontSize: `${TYPE_SIZE.tag}px`,
      wordWrap: { width: r.w },
      lineSpacing: 2,
    });
    this.timelinePages = this.pageTimeline();
    this.showTimeline();
    // In a game set up with the questionnaire, its second round comes first, until answered.
    const m = loadedSessionModule();
    const asks = !!m?.asksQuestionnaire(session.choice) && !!session.questionnaire();
    const answered = (session.answersGiven().post ?? []).some((a) => a !== null);
    const quizFirst = asks && !answered;
    const openQuestionnaire = () =>
      this.scene.start(SCENE.questionnaire, { when: 'post' } satisfies QuestionnaireData);
    const again = new Button(this, 24, 640, {
      label: 'New game',
      ...(quizFirst ? {} : { shortcut: '↵' }),
      primary: !quizFirst,
      width: 240,
      onActivate: () => {
        setSession(this, null);
        this.scene.start(SCENE.setup);
      },
    });
    const title = new Button(this, 280, 640, {
      label: 'Title screen',
      width: 200,
      onActivate: () => {
        setSession(this, null);
        this.scene.start(SCENE.title);
      },
    });
    const share = new Button(this, 496, 640, {
      label: 'Share / export',
      shortcut: 'S',
      width: 220,
      onActivate: () => openShare(this),
    });
    const printPage = () =>
      openPrintable(session.debriefHandout(), `precursor-debrief-seed${session.choice.seed}.html`);
    const print = new Button(this, 732, 640, {
      label: 'Print debrief',
      shortcut: 'P',
      width: 220,
      onActivate: printPage,
    });
    const buttons = [again, title, share, print];
    if (asks)
      buttons.push(
        new Button(this, DEBRIEF_QUESTIONNAIRE.x, DEBRIEF_QUESTIONNAIRE.y, {
          label: answered ? 'Questionnaire ✓' : 'Questionnaire ▶',
          shortcut: quizFirst ? '↵' : 'Q',
          primary: quizFirst,
          width: DEBRIEF_QUESTIONNAIRE.w,
          height: DEBRIEF_QUESTIONNAIRE.h,
          onActivate: openQuestionnaire,
        }),
      );
    const unsaved = session.saveNotice();
    if (unsaved && asks)
      addText(this, 24, 606, unsaved, {
        fontSize: `${TYPE_SIZE.tag}px`,
        color: css(PALETTE.caution),
        wordWrap: { width: 620 },
      }).setMaxLines(2);
    else if (unsaved)
      addText(this, 968, 640 + 26, unsaved, {
        fontSize: `${TYPE_SIZE.tag}px`,
        color: css(PALETTE.caution),
        wordWrap: { width: DESIGN.width - 968 - 16 },
      }).setOrigin(0, 0.5);
    new FocusList(this, buttons, {
      numberKeys: false,
      initial: quizFirst ? buttons.length - 1 : 0,
    });
    onKeyDown(this, (e: KeyboardEvent) => {
      const K = KEYS.debrief;
      if (pressed(e, K.help)) openHelp(this);
      else if (pressed(e, K.share)) openShare(this);
      else if (pressed(e, K.print)) printPage();
      else if (pressed(e, K.questionnaire) && asks) openQuestionnaire();
      else if (pressed(e, K.nextPage)) this.turnPage(1);
      else if (pressed(e, K.previousPage)) this.turnPage(-1);
    });
    addHint(
      this,
      DESIGN.width / 2,
      DESIGN.height - 8,
      quizFirst
        ? 'Enter the questionnaire · [ ] or PgUp/PgDn page the timeline · S share or export · P print · ? help'
        : `Enter new game · [ ] or PgUp/PgDn page the timeline · S share or export · P print${asks ? ' · Q questionnaire' : ''} · ? help`,
    );
    kickRender(this);
  }

  private band(name: string, lo: number[], hi: number[]): ChartBand {
    return { name, lo, hi, colour: PALETTE.neutralSeries };
  }

  /** The band behind the deaths and the verdict, once the games have been played. */
  private showPlacement(p: PlacementView): void {
    this.deathsChart.setSeries(this.deathsSeries, [this.band(p.bandName, p.band.lo, p.band.hi)]);
    this.verdict.setText(p.lines.join('\n')).setColor(css(PALETTE.text));
    kickRender(this);
  }

  private drawPostureBand(x: number, y: number, w: number): void {
    const band = this.view.posture;
    caption(this, 24, y - 18, 'Cooperation: S suspended · T talks · W working group · E enforcing');
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
        addText(this, x + i * step + step / 2, y + 44, POSTURE_LETTER[p.level] ?? '', {
          fontFamily: FONT.mono,
          fontSize: '10px',
          color: css(PALETTE.textMuted),
        }).setOrigin(0.5, 0);
    });
  }

  private drawScores(x: number, y: number): void {
    caption(this, x, y, 'Scores and what drove them');
    this.view.scores.forEach((s, i) => {
      const cx = x + i * 296;
      const colour = s.side === 'us' ? PALETTE.unitedStates : PALETTE.china;
      this.add
        .graphics()
        .fillStyle(colour, 1)
        .fillRect(cx, y + 24, 4, 28);
      addText(this, cx + 12, y + 22, `${s.label}  ${s.total}`, {
        fontSize: `${TYPE_SIZE.body + 2}px`,
        fontStyle: 'bold',
      });
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
    kickRender(this);
  }

  /**
   * The timeline's quarters cut into pages that fit its region, whole quarters only, with a line
   * kept for "page n of m".
   */
  private pageTimeline(): string[][] {
    const lines = this.view.timeline.map((r) => {
      const events = r.events ? `  ⚑ ${r.events}` : '';
      const injected = r.injected ? `  ◆ set by the facilitator: ${r.injected}` : '';
      const actual = r.actual ? `\n   really: ${r.actual}` : '';
      return `${r.quarter}  US: ${r.us}  |  China: ${r.china}${events}${injected}${actual}`;
    });
    const pages: string[][] = [[]];
    const fits = (page: string[]) =>
      this.timeline.setText([...page, '(page 1 of 9)'].join('\n')).height <= TIMELINE.h;
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
    const more = pages > 1 ? `\n(page ${this.page + 1} of ${pages})` : '';
    this.timeline.setText(rows.join('\n') + more);
  }
}
