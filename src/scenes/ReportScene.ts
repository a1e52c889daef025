import type { GameSession } from '../app/index';
import { announce } from '../ui/announce';
import { Button } from '../ui/Button';
import { REPORT_BODY } from '../ui/grid';
import { REPORT, REPORT_CONTINUE, REPORT_GLOSSARY } from '../ui/layout';
import { css, PALETTE } from '../ui/palette';
import { revealInBeats } from '../ui/reveal';
import { ScreenHeader } from '../ui/ScreenHeader';
import { sound } from '../ui/sound';
import { addText, TYPE_SIZE } from '../ui/typography';
import { KEYS, keyIndex, pressed } from '../view/keys';
import { t } from '../words';
import { nextScreen } from './flow';
import { openGlossary } from './GlossaryScene';
import { guideRunning, showGuide } from './guide';
import { openHelp } from './HelpScene';
import { SCENE } from './keys';
import { loadedSessionModule } from './load';
import { currentSession } from './registry';
import { ReportBody } from './reportBody';
import { openShare } from './ShareScene';
import { Screen } from './screen';

/** After each quarter: what was played, what changed, and which rules of the model did it. */
export class ReportScene extends Screen {
  private session!: GameSession;
  private body!: ReportBody;

  constructor() {
    super(SCENE.report);
  }

  create(): void {
    this.session = currentSession(this);
    const report = this.session.reportView();
    if (!report) {
      nextScreen(this, this.session);
      return;
    }
    sound.play('report');
    const said = loadedSessionModule()?.reportAnnouncements(report, this.session.briefingSide());
    for (const line of said ?? []) announce(this, line);
    new ScreenHeader(
      this,
      t('screen.report.title', { quarter: report.quarter }),
      t('screen.report.subtitle'),
    );
    this.body = new ReportBody(this, report, {
      playedMaxY: REPORT.continueY - 12,
      onTerm: (id) => openGlossary(this, id),
    });
    // The parts arrive in beats (not with the guide, which points at them one by one); a key or
    // press shows them all, before the screen's own keys hear it.
    if (!guideRunning()) revealInBeats(this, this.body.beats);
    const ruleButtons = this.body.ruleButtons;
    const next = new Button(this, REPORT_CONTINUE.x, REPORT_CONTINUE.y, {
      label: t('screen.report.button.continue', { context: this.session.seat }),
      shortcut: '↵',
      primary: true,
      width: REPORT_CONTINUE.w,
      onActivate: () => this.continue(),
    });
    const glossary = new Button(this, REPORT_GLOSSARY.x, REPORT_GLOSSARY.y, {
      label: t('screen.report.button.glossary'),
      shortcut: 'G',
      width: REPORT_GLOSSARY.w,
      height: REPORT_GLOSSARY.h,
      onActivate: () => openGlossary(this),
    });
    const unsaved = this.session.saveNotice();
    if (unsaved)
      addText(
        this,
        REPORT_GLOSSARY.x + REPORT_GLOSSARY.w + 20,
        REPORT.continueY + REPORT_CONTINUE.h / 2,
        unsaved,
        {
          fontSize: `${TYPE_SIZE.small}px`,
          color: css(PALETTE.caution),
          wordWrap: { width: REPORT.rulesX - REPORT_GLOSSARY.x - REPORT_GLOSSARY.w - 20 - 16 },
        },
      ).setOrigin(0, 0.5);
    this.focus([next, glossary, ...ruleButtons], {
      numberKeys: false,
      onBack: () => this.body.closeEvidence(),
    });
    this.keys((e: KeyboardEvent) => {
      const K = KEYS.report;
      const i = keyIndex(e, K.rules);
      if (pressed(e, K.help)) openHelp(this);
      else if (pressed(e, K.glossary)) openGlossary(this);
      else if (pressed(e, K.share) && !this.body.evidenceOpen) openShare(this);
      else if (i >= 0 && i < ruleButtons.length) this.body.openEvidence(i);
    });
    this.hint(t('screen.report.hint'));
    this.guide();
    this.drawn();
  }

  /** The guide's steps on the report, when the guided first quarter is running. */
  private guide(): void {
    const B = REPORT_BODY;
    const rulesY = this.body.deathsBottom + 14;
    showGuide(this, 'report', {
      targets: {
        headline: { x: B.head.x, y: B.head.y, w: B.head.w, h: B.head.bottom - B.head.y },
        deaths: {
          x: B.deaths.x,
          y: B.deaths.captionY,
          w: B.deaths.w,
          h: this.body.deathsBottom - B.deaths.captionY,
        },
        rules: { x: REPORT.rulesX, y: rulesY, w: REPORT.rulesW, h: REPORT.continueY - 8 - rulesY },
      },
      keys: KEYS.report,
    });
  }

  private continue(): void {
    if (this.body.evidenceOpen) {
      this.body.closeEvidence();
      return;
    }
    this.session.next();
    nextScreen(this, this.session);
  }
}
