import Phaser from 'phaser';
import type { ReplayViewer, ViewerFrame } from '../app/index';
import { Button } from '../ui/Button';
import type { Focusable, FocusList } from '../ui/FocusList';
import { VIEWER_LAYOUT } from '../ui/grid';
import { restartScene } from '../ui/keyboard';
import { GAP } from '../ui/layout';
import { css, PALETTE } from '../ui/palette';
import { markPressable } from '../ui/publish';
import { ScreenHeader } from '../ui/ScreenHeader';
import { addHint, addText, FONT, TYPE_SIZE } from '../ui/typography';
import { KEYS, keyIndex, pressed } from '../view/keys';
import { t } from '../words';
import { nextScreen, startLiveGame } from './flow';
import { openGlossary } from './GlossaryScene';
import { openHelp } from './HelpScene';
import { SCENE } from './keys';
import { loadedSessionModule, type SessionModule } from './load';
import { currentViewer } from './registry';
import { ReportBody } from './reportBody';
import { openShare } from './ShareScene';
import { modalDialog, Screen } from './screen';

interface ViewerData {
  playing?: boolean;
  speed?: number;
  focus?: number;
  /** undefined clears the message of the screen before. */
  message?: string | undefined;
}

const CONTROLS = VIEWER_LAYOUT.controls;
const START = VIEWER_LAYOUT.start;

/**
 * Steps through a replay turn by turn with the live game's report for each quarter: ← →, Home and
 * End, automatic play at a chosen speed, and "take over from here" as either side.
 */
export class ViewerScene extends Screen {
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
    new ScreenHeader(
      this,
      t('screen.viewer.title', { title: viewer.title }),
      t('screen.viewer.subtitle', { seed: viewer.seed, heading: frame.heading }),
    );
    if (frame.report) {
      this.body = new ReportBody(this, frame.report, {
        playedMaxY: viewer.warning ? CONTROLS.warningY - 8 : CONTROLS.barY - 16,
        rulesNote: frame.note,
        onTerm: (id) => openGlossary(this, id),
      });
    } else this.drawStart(frame);
    if (viewer.warning)
      addText(
        this,
        CONTROLS.x,
        CONTROLS.warningY,
        t('screen.viewer.warning', { warning: viewer.warning }),
        {
          fontSize: `${TYPE_SIZE.small}px`,
          fontStyle: 'bold',
          color: css(PALETTE.caution),
          wordWrap: { width: CONTROLS.w },
          lineSpacing: 3,
        },
      ).setMaxLines(3);
    this.drawBar(frame);
    const focusables = this.drawControls(frame);
    const messageX = VIEWER_LAYOUT.messageX;
    this.message = addText(this, messageX, CONTROLS.row2 + CONTROLS.h / 2, '', {
      fontSize: `${TYPE_SIZE.tag}px`,
      color: css(PALETTE.caution),
      wordWrap: { width: CONTROLS.x + CONTROLS.w - messageX },
    }).setOrigin(0, 0.5);
    if (data.message) this.say(data.message);
    this.list = this.focus([...focusables, ...(this.body?.ruleButtons ?? [])], {
      numberKeys: false,
      arrowsFree: true,
      initial: data.focus ?? 2,
      onBack: () => this.back(),
    });
    this.keys((e: KeyboardEvent) => this.onKey(e));
    this.hint(t('screen.viewer.hint'));
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
    this.drawn();
  }

  private get speed(): number {
    return this.data_.speed ?? 1;
  }

  private drawStart(frame: ViewerFrame): void {
    const { x, y, w, asideX, asideW } = START;
    this.caption(x, y, t('screen.viewer.start.caption'));
    addText(this, x, y + 24, this.viewer.title, {
      fontSize: `${TYPE_SIZE.heading - 12}px`,
      fontStyle: 'bold',
      wordWrap: { width: w },
    });
    addText(this, x, y + 72, this.viewer.briefing, {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(PALETTE.textMuted),
      wordWrap: { width: w },
      lineSpacing: 5,
    }).setMaxLines(this.viewer.warning ? 14 : 17);
    this.caption(asideX, y, t('screen.viewer.start.replayCaption'));
    addText(
      this,
      asideX,
      y + 24,
      t('screen.viewer.start.about', { count: frame.total, seed: this.viewer.seed }),
      {
        fontSize: `${TYPE_SIZE.small}px`,
        wordWrap: { width: asideW },
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
          name: k === 0 ? t('screen.viewer.bar.start') : t('screen.viewer.bar.turn', { turn: k }),
          role: 'control',
          state: k === frame.position ? [t('screen.viewer.bar.current')] : [],
        }),
        { activate: jump, focus: () => {} },
      );
    }
    addText(
      this,
      x,
      barY - 22,
      frame.position === 0 ? t('screen.viewer.bar.start') : frame.heading,
      {
        fontFamily: FONT.mono,
        fontSize: `${TYPE_SIZE.tag}px`,
        color: css(PALETTE.textMuted),
      },
    );
  }

  private drawControls(frame: ViewerFrame): Focusable[] {
    const [home, back, fwd, end, play, speed] = this.drawSteps();
    const first = frame.position === 0;
    const last = frame.position >= frame.total;
    if (first) {
      home?.setDisabledReason(t('screen.viewer.atStart'));
      back?.setDisabledReason(t('screen.viewer.atStart'));
    }
    if (last) {
      fwd?.setDisabledReason(t('screen.viewer.atEnd'));
      end?.setDisabledReason(t('screen.viewer.atEnd'));
    }
    const { x, row2, h } = CONTROLS;
    const takeOver = new Button(this, x, row2, {
      label: t('screen.viewer.button.takeOver'),
      shortcut: 'T',
      width: 260,
      height: h,
      labelSize: 15,
      primary: true,
      disabledReason: this.viewer.takeOverBlocked(),
      onActivate: () => this.openTakeOver(),
    });
    const share = new Button(this, takeOver.x + 260 + GAP, row2, {
      label: t('screen.viewer.button.share'),
      shortcut: 'S',
      width: 180,
      height: h,
      labelSize: 15,
      onActivate: () => openShare(this),
    });
    const leave = new Button(this, share.x + 180 + GAP, row2, {
      label: t('screen.viewer.button.close'),
      width: 88,
      height: h,
      labelSize: 15,
      onActivate: () => this.back(),
    });
    return [home, back, fwd, end, play, speed, takeOver, share, leave].filter(
      (b): b is Button => b !== undefined,
    );
  }

  /** The first row: first, back, next, last, play or pause, and the speed. */
  private drawSteps(): Button[] {
    const { x, row1, h } = CONTROLS;
    const frame = this.viewer.frame();
    const speedLabel = this.m.PLAY_SPEEDS[this.speed]?.label ?? '';
    const specs: [number, string, () => void][] = [
      [120, t('screen.viewer.button.first'), () => this.jump(0)],
      [120, t('screen.viewer.button.back'), () => this.move(-1)],
      [120, t('screen.viewer.button.next'), () => this.move(1)],
      [120, t('screen.viewer.button.last'), () => this.jump(frame.total)],
      [
        120,
        t('screen.viewer.button.play', { context: this.data_.playing ? 'playing' : 'paused' }),
        () => this.togglePlay(),
      ],
      [128, t('screen.viewer.button.speed', { speed: speedLabel }), () => this.cycleSpeed(1)],
    ];
    let bx = x;
    return specs.map(([w, label, onActivate]) => {
      const button = new Button(this, bx, row1, {
        label,
        width: w,
        height: h,
        labelSize: 15,
        onActivate,
      });
      bx += w + GAP;
      return button;
    });
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
    this.drawn();
  }

  private back(): void {
    if (this.dialog) this.closeTakeOver();
    else if (this.body?.evidenceOpen) this.body.closeEvidence();
    else this.scene.start(SCENE.replay);
  }

  private openTakeOver(): void {
    const blocked = this.viewer.takeOverBlocked();
    if (blocked) {
      this.say(t('screen.viewer.cannotTakeOver', { reason: blocked }));
      return;
    }
    if (!this.m || this.dialog) return;
    if (this.data_.playing) {
      // Stop automatic play first; the dialog opens on the paused screen.
      this.show({ playing: false });
      return;
    }
    this.list.suspended = true;
    const box = VIEWER_LAYOUT.takeOver;
    const { x, y, w, h } = box;
    const { parts } = modalDialog(this, box, 0.85, () => this.closeTakeOver());
    const title = t('screen.viewer.takeOver.title', {
      context: this.viewer.at === 0 ? 'start' : 'after',
      heading: this.viewer.frame().heading,
    });
    const items: Phaser.GameObjects.GameObject[] = [
      ...parts,
      addText(this, x + 24, y + 20, title, {
        fontSize: `${TYPE_SIZE.body + 2}px`,
        fontStyle: 'bold',
      }),
      addText(this, x + 24, y + 52, t('screen.viewer.takeOver.about'), {
        fontSize: `${TYPE_SIZE.small}px`,
        color: css(PALETTE.textMuted),
        wordWrap: { width: w - 48 },
      }),
    ];
    this.m.TAKE_OVER_SEATS.forEach((s, i) => {
      items.push(
        new Button(this, x + 24, y + 96 + i * box.seatStep, {
          label: t('screen.viewer.takeOver.seat', { seat: s.label }),
          shortcut: String(i + 1),
          width: w - 48,
          height: 48,
          labelSize: 15,
          onActivate: () => this.takeOver(i),
        }),
      );
    });
    items.push(
      addHint(
        this,
        x + 24,
        y + h - 36,
        t('screen.viewer.takeOver.hint'),
        TYPE_SIZE.small,
      ).setOrigin(0, 0.5),
    );
    this.dialog = this.add.container(0, 0, items).setDepth(600);
    this.drawn();
  }

  private closeTakeOver(): void {
    this.dialog?.destroy();
    this.dialog = null;
    this.list.suspended = false;
    this.drawn();
  }

  private takeOver(index: number): void {
    const seat = this.m.TAKE_OVER_SEATS[index]?.seat;
    if (!seat) return;
    const plan = this.viewer.takeOver(seat);
    if (!plan.ok) {
      this.closeTakeOver();
      this.say(t('screen.viewer.cannotTakeOver', { reason: plan.error }));
      return;
    }
    const session = new this.m.GameSession(plan.value.choice, plan.value.played);
    startLiveGame(this, this.m, session);
    if (session.phase() === 'report') session.next();
    nextScreen(this, session);
  }
}
