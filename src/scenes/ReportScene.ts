import Phaser from 'phaser';
import { Button } from '../ui/Button';
import { FocusList } from '../ui/FocusList';
import { onKeyDown } from '../ui/keyboard';
import { DESIGN, REPORT, REPORT_CONTINUE, REPORT_GLOSSARY } from '../ui/layout';
import { css, PALETTE } from '../ui/palette';
import { kickRender } from '../ui/renderGate';
import { ScreenHeader } from '../ui/ScreenHeader';
import { sound } from '../ui/sound';
import { addHint, addText, TYPE_SIZE } from '../ui/typography';
import type { GameSession } from '../view/session';
import { openGlossary } from './GlossaryScene';
import { openHelp } from './HelpScene';
import { SCENE } from './keys';
import { ReportBody, RULE_KEYS } from './reportBody';
import { openShare } from './ShareScene';
import { currentSession, nextScreen } from './session';

/** After each quarter: what was played, what changed, and which rules of the model did it. */
export class ReportScene extends Phaser.Scene {
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
    new ScreenHeader(this, `Report · ${report.quarter}`, 'Why things moved, from the model');
    this.body = new ReportBody(this, report, {
      playedMaxY: REPORT.continueY - 12,
      onTerm: (id) => openGlossary(this, id),
    });
    const ruleButtons = this.body.ruleButtons;
    const next = new Button(this, REPORT_CONTINUE.x, REPORT_CONTINUE.y, {
      label: this.session.seat === 'watch' ? 'Next quarter' : 'Continue',
      shortcut: '↵',
      primary: true,
      width: REPORT_CONTINUE.w,
      onActivate: () => this.continue(),
    });
    const glossary = new Button(this, REPORT_GLOSSARY.x, REPORT_GLOSSARY.y, {
      label: 'Glossary',
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
    new FocusList(this, [next, glossary, ...ruleButtons], {
      numberKeys: false,
      onBack: () => this.body.closeEvidence(),
    });
    onKeyDown(this, (e: KeyboardEvent) => {
      const i = RULE_KEYS.indexOf(e.key.toLowerCase());
      if (e.key === '?') openHelp(this);
      else if (e.key.toLowerCase() === 'g') openGlossary(this);
      else if (e.key.toLowerCase() === 's' && !this.body.evidenceOpen) openShare(this);
      else if (i >= 0 && i < ruleButtons.length) this.body.openEvidence(i);
    });
    addHint(
      this,
      DESIGN.width / 2,
      DESIGN.height - 12,
      'Enter continue · A–I open a rule and its evidence · G glossary · Esc close · S share or export · ? help',
    );
    kickRender(this);
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
