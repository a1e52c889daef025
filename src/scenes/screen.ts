import Phaser from 'phaser';
import { Button } from '../ui/Button';
import { type Focusable, FocusList, type FocusListOptions } from '../ui/FocusList';
import { GRID, type Region } from '../ui/grid';
import { onKeyDown } from '../ui/keyboard';
import { DESIGN, GAP } from '../ui/layout';
import { drawDialog, PANEL } from '../ui/Panel';
import { PALETTE } from '../ui/palette';
import { markRegion, markShortcuts } from '../ui/publish';
import { kickRender } from '../ui/renderGate';
import { fadeInScreen } from '../ui/transition';
import { addCaption, addHint, fitToWidth, TYPE_SIZE } from '../ui/typography';
import { pressed, SETTINGS_KEY } from '../view/keys';
import { t } from '../words';
import { SCENE } from './keys';
import { loadSessionModule, type SessionModule } from './load';
import { closeOverlay, type OverlayData, openOverlay } from './overlay';

/** The widest a screen's line of shortcuts may be: the screen less a small margin each side. */
export const HINT_WIDTH = DESIGN.width - 4 * GAP;

/**
 * The skeleton every screen is built on: its regions come from the grid (`ui/grid.ts`), its one
 * footer hint line sits at one height, its focus list and keys go through the shared keyboard, and
 * it asks the render gate for a frame when it changes. What a screen shows and where it can be
 * pressed is published from the display list (`ui/publish.ts`): widgets declare themselves, and
 * panels and dialogs declare the regions their texts must stay inside.
 */
export abstract class Screen extends Phaser.Scene {
  /**
   * Phaser's first call each time the screen starts: it fades in once built (ui/transition.ts).
   * A screen needing `init` of its own calls this one.
   */
  init(): void {
    this.runs += 1;
    this.events.once(Phaser.Scenes.Events.CREATE, () => {
      if (this.fadesIn) fadeInScreen(this);
    });
  }

  /** How many times the screen has started: what waits on a load belongs to one of them. */
  private runs = 0;

  /**
   * Calls `then` with what `promise` gives, if this run of the screen is still the one on show: a
   * screen drawn again meanwhile (in new fonts or words, a new quarter) builds once, not twice.
   */
  protected whileShown<T>(promise: Promise<T>, then: (value: T) => void): void {
    const run = this.runs;
    void promise.then((value) => {
      if (this.sys.isActive() && run === this.runs) then(value);
    });
  }

  /** Builds with the game's module once it has loaded, if this run of the screen is on show. */
  protected withSession(build: (m: SessionModule) => void): void {
    this.whileShown(loadSessionModule(), build);
  }

  /** Whether the screen fades in as it opens; an overlay opens over its screen at once. */
  protected get fadesIn(): boolean {
    return true;
  }

  /** The footer's line of shortcuts, centred at the grid's hint height. */
  protected hint(text: string, size: number = TYPE_SIZE.tag): Phaser.GameObjects.Text {
    const line = fitToWidth(addHint(this, DESIGN.width / 2, GRID.hintY, text, size), HINT_WIDTH);
    markShortcuts(line);
    return line;
  }

  /** Whether this run of the screen answers the settings key already. */
  private settingsKeyOn = false;

  /**
   * Keyboard focus over `items` (arrows, Tab, Enter or Space, Esc back); with it, the settings
   * key opens the settings panel from every screen.
   */
  protected focus(items: Focusable[], options: FocusListOptions = {}): FocusList {
    this.answerSettingsKey();
    return new FocusList(this, items, options);
  }

  /** The game screen a settings change redraws: this one (an overlay names the one beneath). */
  protected get settingsBase(): string {
    return this.scene.key;
  }

  private answerSettingsKey(): void {
    if (this.settingsKeyOn || this.scene.key === SCENE.settings) return;
    this.settingsKeyOn = true;
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.settingsKeyOn = false;
    });
    onKeyDown(this, (event) => {
      if (pressed(event, SETTINGS_KEY))
        openOverlay(this, SCENE.settings, { base: this.settingsBase });
    });
  }

  /** Every key pressed while the screen takes input, once. */
  protected keys(listener: (event: KeyboardEvent) => void): void {
    onKeyDown(this, listener);
  }

  /** Asks for frames after a change the render gate cannot see. */
  protected drawn(ms?: number): void {
    kickRender(this, ms);
  }

  /**
   * A region of the screen (a panel without a widget of its own), framed on `g` unless `framed` is
   * false (a part of a larger panel): its texts must stay inside it. `caption`, if given, is written
   * in its top rule.
   */
  protected region(
    g: Phaser.GameObjects.Graphics,
    name: string,
    r: Region,
    caption?: string,
    framed = true,
  ): Region {
    if (framed) {
      g.fillStyle(PALETTE.surface, 1).fillRoundedRect(r.x, r.y, r.w, r.h, PANEL.radius);
      g.lineStyle(1, PALETTE.rule, 1).strokeRoundedRect(
        r.x + 0.5,
        r.y + 0.5,
        r.w - 1,
        r.h - 1,
        PANEL.radius,
      );
    }
    const zone = this.add.zone(r.x, r.y, r.w, r.h).setOrigin(0, 0);
    markRegion(zone, name, { x: 0, y: 0, w: r.w, h: r.h });
    if (caption) this.caption(r.x + 12, r.y + 10, caption);
    return r;
  }

  /** A small upper-case label above a group of things. */
  protected caption(x: number, y: number, text: string): Phaser.GameObjects.Text {
    return addCaption(this, x, y, text);
  }
}

export interface DialogOptions {
  /** How dark the screen beneath turns (0–1). */
  dim: number;
  /** Label of the close button; null when the dialog draws its own (a Cancel, a Close). */
  closeLabel?: string | null;
}

/**
 * A screen that opens over another (help, the glossary, sharing, the facilitator, the offer
 * composer): it pauses the one beneath until it closes, by its visible button, a press and release
 * outside its box, or Esc.
 */
export abstract class OverlayScreen extends Screen {
  protected override get fadesIn(): boolean {
    return false;
  }

  private from = '';
  private closed = false;

  /** The key of the screen beneath, which this overlay resumes when it closes. */
  protected get beneath(): string {
    return this.from;
  }

  protected override get settingsBase(): string {
    return this.from;
  }

  /** Call first in `create`: remembers the screen beneath. */
  protected begin(data: OverlayData): void {
    this.from = data.from ?? '';
    this.closed = false;
  }

  /**
   * Dims the screen beneath and frames `box`; a press and release outside it closes the overlay.
   * Returns the close button, at the box's lower right, unless `closeLabel` is null.
   */
  protected dialog(box: Region, options: DialogOptions): Button | null {
    drawDialog(this, box, options.dim);
    closeOnPressOutside(this, box, () => this.close());
    const label = options.closeLabel === undefined ? t('ui.close') : options.closeLabel;
    if (label === null) return null;
    const w = 168;
    const h = 40;
    return new Button(this, box.x + box.w - GAP * 3 - w, box.y + box.h - GAP * 2 - h, {
      label,
      width: w,
      height: h,
      labelSize: TYPE_SIZE.small,
      onActivate: () => this.close(),
    });
  }

  /** Focus over the overlay's buttons; Esc (or Backspace) closes it. */
  protected override focus(items: Focusable[], options: FocusListOptions = {}): FocusList {
    return super.focus(items, { onBack: () => this.close(), ...options });
  }

  /** Closes the overlay and resumes the screen beneath (once, however many ways ask). */
  protected close(): void {
    if (this.closed) return;
    this.closed = true;
    closeOverlay(this, this.from);
  }
}

/**
 * Calls `close` on a press and release both outside `box` (as a press and release on a button),
 * for overlays and for dialogs drawn inside a screen. Returns the function that stops it.
 */
export function closeOnPressOutside(
  scene: Phaser.Scene,
  box: Region,
  close: () => void,
): () => void {
  const inside = (p: Phaser.Input.Pointer) =>
    p.x >= box.x && p.x <= box.x + box.w && p.y >= box.y && p.y <= box.y + box.h;
  let downOutside = false;
  const down = (p: Phaser.Input.Pointer) => {
    downOutside = !inside(p);
  };
  const up = (p: Phaser.Input.Pointer) => {
    const outside = downOutside && !inside(p);
    downOutside = false;
    if (outside) close();
  };
  scene.input.on(Phaser.Input.Events.POINTER_DOWN, down);
  scene.input.on(Phaser.Input.Events.POINTER_UP, up);
  return () => {
    scene.input.off(Phaser.Input.Events.POINTER_DOWN, down);
    scene.input.off(Phaser.Input.Events.POINTER_UP, up);
  };
}

/**
 * A dialog drawn inside a screen, over the rest of it (a rule's evidence, taking over a replay):
 * the screen beneath dimmed and shut off from the pointer, the box framed, a Close button at its
 * lower right, and a press and release outside the box closing it. The screen's own Esc closes it
 * too. Returns what to put in the dialog's container, and the button.
 */
export function modalDialog(
  scene: Phaser.Scene,
  box: Region,
  dim: number,
  close: () => void,
): { parts: Phaser.GameObjects.GameObject[]; closeButton: Button } {
  const frame = drawDialog(scene, box, dim);
  // Takes every press beneath the box, so nothing the dialog covers can be pressed.
  const blocker = scene.add
    .zone(0, 0, DESIGN.width, DESIGN.height)
    .setOrigin(0, 0)
    .setInteractive();
  const stop = closeOnPressOutside(scene, box, close);
  blocker.once(Phaser.GameObjects.Events.DESTROY, stop);
  const w = 168;
  const h = 40;
  const closeButton = new Button(scene, box.x + box.w - GAP * 3 - w, box.y + box.h - GAP * 2 - h, {
    label: t('ui.close'),
    width: w,
    height: h,
    labelSize: TYPE_SIZE.small,
    onActivate: close,
  });
  return { parts: [frame, blocker, closeButton], closeButton };
}
