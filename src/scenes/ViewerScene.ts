import Phaser from 'phaser';
import type { ReplayViewer, ViewerFrame } from '../app/index';
import { Button } from '../ui/Button';
import { type Focusable, FocusList } from '../ui/FocusList';
import { onKeyDown, restartScene } from '../ui/keyboard';
import { DESIGN } from '../ui/layout';
import { css, PALETTE } from '../ui/palette';
import { markPressable } from '../ui/publish';
import { kickRender } from '../ui/renderGate';
import { ScreenHeader } from '../ui/ScreenHeader';
import { addHint, addText, FONT, TYPE_SIZE } from '../ui/typography';
import { KEYS, keyIndex, pressed } from '../view/keys';
import { nextScreen, startLiveGame } from './flow';
import { openGlossary } from './GlossaryScene';
import { openHelp } from './HelpScene';
import { SCENE } from './keys';
import { loadedSessionModule, type SessionModule } from './load';
import { currentViewer } from './registry';
import { caption, ReportBody } from './reportBody';
import { openShare } from './ShareScene';
import { modalDialog } from './screen';

interface ViewerData {
  playing?: boolean;
  speed?: number;
  focus?: number;
  /** undefined clears the message of the screen before. */
  message?: string | undefined;
}

/** Where the viewer's controls sit: below the moves and changes, left of the rules. */
const CONTROLS = { x: 32, w: 768, warningY: 470, barY: 540, row1: 572, row2: 632, h: 48 } as const;

/**
 * Steps through a replay turn by turn with the live game's report for each quarter: ← →, Home and
 * End, automatic play at a chosen speed, and "take over from here" as either side.
 */
export class ViewerScene extends Phaser.Scene {
  private viewer!: ReplayViewer;
  private m!: SessionModule;
  private body: ReportBody | null = null;
  private data_: ViewerData = {};
  private list!: FocusList;
  private dialog: Phaser.GameObjects.Container | null = null;
  private message!: Phaser.GameObjects.Text;

  constructor() {
    super(SCENE.viewer);
  }

  create(data: ViewerData): void {
    const viewer = currentViewer(this);
    const m = loadedSessionModule();
    this.body = null;
    this.dialog = null;
    this.data_ = data;
    if (!viewer || !m) {
      this.scene.start(SCENE.replay);
      return;
    }
    this.viewer = viewer;
    this.m = m;
    const frame = viewer.frame();
    new ScreenHeader(this, `Replay · ${viewer.title}`, `Seed ${viewer.seed} · ${frame.heading}`);
    if (frame.report) {
      this.body = new ReportBody(this, frame.report, {
        playedMaxY: viewer.warning ? CONTROLS.warningY - 8 : CONTROLS.barY - 16,
        rulesNote: frame.note,
        onTerm: (id) => openGlossary(this, id),
      });
    } else this.drawStart(frame);
    if (viewer.warning)
      addText(this, CONTROLS.x, CONTROLS.warningY, `⚠ ${viewer.warning}`, {
        fontSize: `${TYPE_SIZE.small}px`,
        fontStyle: 'bold',
        color: css(PALETTE.caution),
        wordWrap: { width: CONTROLS.w },
        lineSpacing: 3,
      }).setMaxLines(3);
    this.drawBar(frame);
    const focusables = this.drawControls(frame);
    this.message = addText(this, CONTROLS.x + 552, CONTROLS.row2 + CONTROLS.h / 2, '', {
      fontSize: `${TYPE_SIZE.tag}px`,
      color: css(PALETTE.caution),
      wordWrap: { width: CONTROLS.w - 552 },
    }).setOrigin(0, 0.5);
    if (data.message) this.say(data.message);
    this.list = new FocusList(this, [...focusables, ...(this.body?.ruleButtons ?? [])], {
      numberKeys: false,
      arrowsFree: true,
      initial: data.focus ?? 2,
      onBack: () => this.back(),
    });
    onKeyDown(this, (e: KeyboardEvent) => this.onKey(e));
    addHint(
      this,
      DESIGN.width / 2,
      DESIGN.height - 6,
      '← → step · Home End first, last · P play, pause · + − speed · A–I rules · G glossary · T take over · S share · Esc back',
    );
    if (data.playing) {
      const ms = this.m.PLAY_SPEEDS[this.speed]?.ms ?? 1200;
      this.time.delayedCall(ms, () => {
        if (this.viewer.atEnd) this.show({ playing: false });
        else {
          this.viewer.step(1);
          this.show({ playing: !this.viewer.atEnd });
        }
      });
    }
    kickRender(this);
  }

  private get speed(): number {
    return this.data_.speed ?? 1;
  }

  private drawStart(frame: ViewerFrame): void {
    caption(this, 32, 64, 'Before the first quarter');
    addText(this, 32, 88, this.viewer.title, {
      fontSize: `${TYPE_SIZE.heading - 12}px`,
      fontStyle: 'bold',
      wordWrap: { width: 760 },
    });
    addText(this, 32, 136, this.viewer.briefing, {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(PALETTE.textMuted),
      wordWrap: { width: 760 },
      lineSpacing: 5,
    }).setMaxLines(this.viewer.warning ? 14 : 17);
    caption(this, 812, 64, 'This replay');
    const turns = frame.total === 1 ? '1 turn' : `${frame.total} turns`;
    addText(
      this,
      812,
      88,
      `${turns} recorded, seed ${this.viewer.seed}.\n\nPress → to see the first quarter: the moves of both sides, what changed and the rules that made it change.\n\nPress T to play this scenario yourself from the start with the same seed.`,
      {
        fontSize: `${TYPE_SIZE.small}px`,
        wordWrap: { width: 436 },
        lineSpacing: 4,
      },
    );
  }

  /** One tick per turn; a click on a tick jumps there. */
  private drawBar(frame: ViewerFrame): void {
    const { x, w, barY } = CONTROLS;
    const g = this.add.graphics();
    const slots = frame.total + 1;
    const step = w / slots;
    for (let k = 0; k < slots; k++) {
      const on = k <= frame.position;
      g.fillStyle(
        k === frame.position ? PALETTE.accent : on ? PALETTE.ruleStrong : PALETTE.rule,
        1,
      );
      g.fillRect(x + k * step + 1, barY, Math.max(2, step - 2), k === frame.position ? 14 : 8);
      const zone = this.add
        .zone(x + k * step, barY - 6, step, 24)
        .setOrigin(0, 0)
        .setInteractive({ useHandCursor: true });
      const jump = () => this.jump(k);
      zone.on(Phaser.Input.Events.GAMEOBJECT_POINTER_UP, jump);
      markPressable(
        zone,
        step,
        24,
        () => ({
          name: k === 0 ? 'Start' : `Turn ${k}`,
          role: 'control',
          state: k === frame.position ? ['current'] : [],
        }),
        { activate: jump, focus: () => {} },
      );
    }
    addText(this, x, barY - 22, frame.position === 0 ? 'Start' : frame.heading, {
      fontFamily: FONT.mono,
      fontSize: `${TYPE_SIZE.tag}px`,
      color: css(PALETTE.textMuted),
    });
  }

  private drawControls(frame: ViewerFrame): Focusable[] {
    const { x, row1, row2, h } = CONTROLS;
    const speedLabel = this.m.PLAY_SPEEDS[this.speed]?.label ?? 'normal';
    const first = frame.position === 0;
    const last = frame.position >= frame.total;
    const b = (bx: number, y: number, w: number, label: string, on: () => void) =>
      new Button(this, bx, y, { label, width: w, height: h, labelSize: 15, onActivate: on });
    const home = b(x, row1, 120, '⇤ First', () => this.jump(0));
    const back = b(x + 128, row1, 120, '← Back', () => this.move(-1));
    const fwd = b(x + 256, row1, 120, 'Next →', () => this.move(1));
    const end = b(x + 384, row1, 120, 'Last ⇥', () => this.jump(frame.total));
    const play = b(x + 512, row1, 120, this.data_.playing ? '❚❚ Pause' : '▶ Play', () =>
      this.togglePlay(),
    );
    const speed = b(x + 640, row1, 128, `Speed: ${speedLabel}`, () => this.cycleSpeed(1));
    if (first) {
      home.setDisabledReason('this is the start');
      back.setDisabledReason('this is the start');
    }
    if (last) {
      fwd.setDisabledReason('this is the last recorded turn');
      end.setDisabledReason('this is the last recorded turn');
    }
    const takeOver = new Button(this, x, row2, {
      label: 'Take over from here',
      shortcut: 'T',
      width: 260,
      height: h,
      labelSize: 15,
      primary: true,
      disabledReason: this.viewer.takeOverBlocked(),
      onActivate: () => this.openTakeOver(),
    });
    const share = new Button(this, x + 268, row2, {
      label: 'Share / export',
      shortcut: 'S',
      width: 180,
      height: h,
      labelSize: 15,
      onActivate: () => openShare(this),
    });
    const leave = new Button(this, x + 456, row2, {
      label: 'Close',
      width: 88,
      height: h,
      labelSize: 15,
      onActivate: () => this.back(),
    });
    return [home, back, fwd, end, play, speed, takeOver, share, leave];
  }

  private onKey(e: KeyboardEvent): void {
    if (this.dialog) {
      const i = keyIndex(e, KEYS.viewerTakeOver.seat);
      if (i >= 0) this.takeOver(i);
      else if (pressed(e, KEYS.viewerTakeOver.cancel)) this.closeTakeOver();
      return;
    }
    const K = KEYS.viewer;
    const rule = keyIndex(e, K.rules);
    if (pressed(e, K.next)) this.move(1);
    else if (pressed(e, K.previous)) this.move(-1);
    else if (pressed(e, K.first)) this.jump(0);
    else if (pressed(e, K.last)) this.jump(this.viewer.total);
    else if (pressed(e, K.play)) this.togglePlay();
    else if (pressed(e, K.faster)) this.cycleSpeed(1);
    else if (pressed(e, K.slower)) this.cycleSpeed(-1);
    else if (pressed(e, K.takeOver)) this.openTakeOver();
    else if (pressed(e, K.share)) openShare(this);
    else if (pressed(e, K.help)) openHelp(this);
    else if (pressed(e, K.glossary)) openGlossary(this);
    else if (rule >= 0 && this.body && rule < this.body.ruleButtons.length)
      this.body.openEvidence(rule);
  }

  private show(change: ViewerData): void {
    restartScene(this, {
      ...this.data_,
      message: undefined,
      focus: this.list.focusedIndex,
      ...change,
    } satisfies ViewerData);
  }

  private move(delta: number): void {
    this.viewer.step(delta);
    this.show({ playing: false });
  }

  private jump(k: number): void {
    this.viewer.goTo(k);
    this.show({ playing: false });
  }

  private togglePlay(): void {
    if (this.data_.playing) this.show({ playing: false });
    else {
      if (this.viewer.atEnd) this.viewer.goTo(0);
      this.show({ playing: true });
    }
  }

  private cycleSpeed(delta: number): void {
    const count = this.m.PLAY_SPEEDS.length ?? 3;
    this.show({ speed: Math.max(0, Math.min(count - 1, this.speed + delta)) });
  }

  private say(text: string): void {
    this.message.setText(text);
    kickRender(this);
  }

  private back(): void {
    if (this.dialog) this.closeTakeOver();
    else if (this.body?.evidenceOpen) this.body.closeEvidence();
    else this.scene.start(SCENE.replay);
  }

  private openTakeOver(): void {
    const blocked = this.viewer.takeOverBlocked();
    if (blocked) {
      this.say(`Cannot take over: ${blocked}.`);
      return;
    }
    if (!this.m || this.dialog) return;
    if (this.data_.playing) {
      // Stop automatic play first; the dialog opens on the paused screen.
      this.show({ playing: false });
      return;
    }
    this.list.suspended = true;
    const w = 620;
    const h = 360;
    const x = (DESIGN.width - w) / 2;
    const y = 180;
    const { parts } = modalDialog(this, { x, y, w, h }, 0.85, () => this.closeTakeOver());
    const where = this.viewer.at === 0 ? 'from the start' : `after ${this.viewer.frame().heading}`;
    const items: Phaser.GameObjects.GameObject[] = [
      ...parts,
      addText(this, x + 24, y + 20, `Take over ${where}`, {
        fontSize: `${TYPE_SIZE.body + 2}px`,
        fontStyle: 'bold',
      }),
      addText(
        this,
        x + 24,
        y + 52,
        'The same seed, and every move so far, as recorded. You play on from the next quarter.',
        {
          fontSize: `${TYPE_SIZE.small}px`,
          color: css(PALETTE.textMuted),
          wordWrap: { width: w - 48 },
        },
      ),
    ];
    this.m.TAKE_OVER_SEATS.forEach((s, i) => {
      items.push(
        new Button(this, x + 24, y + 96 + i * 58, {
          label: `Play ${s.label}`,
          shortcut: String(i + 1),
          width: w - 48,
          height: 48,
          labelSize: 15,
          onActivate: () => this.takeOver(i),
        }),
      );
    });
    items.push(
      addHint(this, x + 24, y + h - 36, '1–3 choose · Esc cancel', TYPE_SIZE.small).setOrigin(
        0,
        0.5,
      ),
    );
    this.dialog = this.add.container(0, 0, items).setDepth(600);
    kickRender(this);
  }

  private closeTakeOver(): void {
    this.dialog?.destroy();
    this.dialog = null;
    this.list.suspended = false;
    kickRender(this);
  }

  private takeOver(index: number): void {
    const seat = this.m.TAKE_OVER_SEATS[index]?.seat;
    if (!seat) return;
    const plan = this.viewer.takeOver(seat);
    if (!plan.ok) {
      this.closeTakeOver();
      this.say(`Cannot take over: ${plan.error}.`);
      return;
    }
    const session = new this.m.GameSession(plan.value.choice, plan.value.played);
    startLiveGame(this, this.m, session);
    if (session.phase() === 'report') session.next();
    nextScreen(this, session);
  }
}
