import Phaser from 'phaser';
import { Button } from '../ui/Button';
import { FocusList } from '../ui/FocusList';
import { onKeyDown } from '../ui/keyboard';
import { DESIGN, MARGIN, REPORT } from '../ui/layout';
import { kickRender } from '../ui/renderGate';
import { ScreenHeader } from '../ui/ScreenHeader';
import { sound } from '../ui/sound';
import { addHint } from '../ui/typography';
import type { GameSession } from '../view/session';
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
    this.body = new ReportBody(this, report, { playedMaxY: REPORT.continueY - 12 });
    const ruleButtons = this.body.ruleButtons;
    const next = new Button(this, MARGIN, REPORT.continueY, {
      label: this.session.seat === 'watch' ? 'Next quarter' : 'Continue',
      shortcut: '↵',
      primary: true,
      width: 300,
      onActivate: () => this.continue(),
    });
    new FocusList(this, [next, ...ruleButtons], {
      numberKeys: false,
      onBack: () => this.body.closeEvidence(),
    });
    onKeyDown(this, (e: KeyboardEvent) => {
      const i = RULE_KEYS.indexOf(e.key.toLowerCase());
      if (e.key === '?') openHelp(this);
      else if (e.key.toLowerCase() === 's' && !this.body.evidenceOpen) openShare(this);
      else if (i >= 0 && i < ruleButtons.length) this.body.openEvidence(i);
    });
    addHint(
      this,
      DESIGN.width / 2,
      DESIGN.height - 12,
      'Enter continue · A–H open a rule and its evidence · Esc close · S share or export · ? help',
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
