import type Phaser from 'phaser';
import { Button } from '../ui/Button';
import { applyComfort, comfort, motionReduced, setComfort, textViewOn } from '../ui/comfort';
import { centred } from '../ui/grid';
import { restartScene } from '../ui/keyboard';
import { sound } from '../ui/sound';
import { addText, TYPE_SIZE } from '../ui/typography';
import { KEYS, pressed } from '../view/keys';
import { language, t } from '../words';
import { SCENE } from './keys';
import { switchLanguage } from './language';
import { type OverlayData, openOverlay } from './overlay';
import { OverlayScreen } from './screen';

/** The panel: its size, the padding inside it, and its rows of toggles from the top. */
const PANEL_BOX = {
  w: 620,
  h: 560,
  pad: 32,
  titleY: 24,
  rowsY: 84,
  rowStep: 60,
  rowH: 46,
} as const;

/** The panel's rows, top to bottom: the position of each in the focus order. */
const ROW = {
  contrast: 0,
  text: 1,
  motion: 2,
  sound: 3,
  guide: 4,
  language: 5,
  textView: 6,
} as const;

/** What the settings overlay is opened with: the game screen to redraw if a setting changes. */
interface SettingsData extends OverlayData {
  /** The screen under every overlay (help over the turn: the turn). */
  base?: string;
  /** Whether a setting changed since the overlay opened. */
  changed?: boolean;
  /** The item focused when the panel opens (again, after a change). */
  focus?: number;
}

/** Reduced motion's label: on or off, and whether that is the player's choice or the system's. */
const motionContext = (): string => {
  const on = motionReduced();
  if (comfort().reduceMotion !== undefined) return on ? 'on' : 'off';
  return on ? 'systemOn' : 'systemOff';
};

/**
 * The one settings panel, opened from every screen with its key (and from the title's and help's
 * buttons): high contrast, larger text, reduced motion, sound, the guided first quarter, the
 * language and the text view, remembered on this device. Closing it after a change redraws the game screen beneath in
 * the new look (and closes help, which was drawn in the old one); a new language redraws every
 * screen on show at once, as the title's switch does.
 */
export class SettingsScene extends OverlayScreen {
  private opened: SettingsData = {};

  constructor() {
    super(SCENE.settings);
  }

  create(data: SettingsData): void {
    this.opened = { ...data };
    this.begin(data);
    const L = PANEL_BOX;
    const box = centred(L.w, L.h);
    const close = this.dialog(box, { dim: 0.85 });
    addText(this, box.x + L.pad, box.y + L.titleY, t('screen.settings.title'), {
      fontSize: `${TYPE_SIZE.heading - 12}px`,
      fontStyle: 'bold',
    });
    const toggles = this.toggles(box);
    const items = close ? [...toggles.map((b) => b.button), close] : toggles.map((b) => b.button);
    this.focus(items, { numberKeys: false, initial: data.focus ?? 0 });
    this.keys((e: KeyboardEvent) => {
      if (pressed(e, KEYS.settings.close)) this.close();
      else toggles.find((b) => pressed(e, b.key))?.button.activate();
    });
    this.drawn();
  }

  /** The rows of toggles in `box`, each with its key. */
  private toggles(box: { x: number; y: number; w: number }): { button: Button; key: string }[] {
    const L = PANEL_BOX;
    const c = comfort();
    const row = (at: number, label: string, key: string, on: boolean, flip: () => void) => ({
      key,
      button: new Button(this, box.x + L.pad, box.y + L.rowsY + at * L.rowStep, {
        label,
        shortcut: key.toUpperCase(),
        width: box.w - 2 * L.pad,
        height: L.rowH,
        labelSize: TYPE_SIZE.label,
        onActivate: flip,
      }).setSelected(on),
    });
    const context = (on: boolean) => (on ? 'on' : 'off');
    const textView = textViewOn(c);
    const K = KEYS.settings;
    return [
      row(
        ROW.contrast,
        t('screen.settings.contrast', { context: context(c.highContrast) }),
        K.contrast,
        c.highContrast,
        () => this.change({ ...comfort(), highContrast: !comfort().highContrast }, ROW.contrast),
      ),
      row(
        ROW.text,
        t('screen.settings.text', { context: context(c.largeText) }),
        K.text,
        c.largeText,
        () => this.change({ ...comfort(), largeText: !comfort().largeText }, ROW.text),
      ),
      row(
        ROW.motion,
        t('screen.settings.motion', { context: motionContext() }),
        K.motion,
        motionReduced(),
        () => this.change({ ...comfort(), reduceMotion: !motionReduced() }, ROW.motion),
      ),
      row(
        ROW.sound,
        t('screen.settings.sound', { context: context(sound.enabled) }),
        K.sound,
        sound.enabled,
        () => {
          sound.toggle();
          restartScene(this, { ...this.opened, focus: ROW.sound });
        },
      ),
      row(
        ROW.guide,
        t('screen.settings.guide', { context: context(c.guide) }),
        K.guide,
        c.guide,
        () => this.change({ ...comfort(), guide: !comfort().guide }, ROW.guide),
      ),
      row(
        ROW.language,
        t('screen.settings.language', { context: language() }),
        K.language,
        false,
        () => {
          // The panel is drawn again with what it was opened with, marked changed so that the
          // screen paused beneath it is drawn again on closing; the screens on show are drawn
          // again in the other language at once, this panel with them.
          restartScene(this, { ...this.opened, changed: true, focus: ROW.language });
          void switchLanguage(this.game);
        },
      ),
      row(
        ROW.textView,
        t('screen.settings.textView', {
          context: c.textView === undefined && textView ? 'screenOn' : context(textView),
        }),
        K.textView,
        textView,
        () => this.change({ ...comfort(), textView: !textViewOn() }, ROW.textView),
      ),
    ];
  }

  /** Puts `next` in force, remembers it, and redraws this panel in it. */
  private change(next: ReturnType<typeof comfort>, focus: number): void {
    setComfort(next);
    applyComfort(next);
    restartScene(this, { ...this.opened, changed: true, focus });
  }

  protected override close(): void {
    const { changed, base } = this.opened;
    const from = this.beneath;
    if (!changed || !base) {
      super.close();
      return;
    }
    // Help (or whatever overlay opened the panel) was drawn in the old look: close it too, and
    // draw the game screen again in the new one.
    this.scene.stop();
    if (from && from !== base) this.scene.stop(from);
    const screen = this.scene.get(base);
    this.scene.resume(base);
    restartScene(screen, screen.sys.settings.data);
  }
}

/**
 * Opens the settings over `scene`; `base` is the game screen to redraw after a change (the scene
 * itself unless it is an overlay).
 */
export function openSettings(scene: Phaser.Scene, base: string = scene.scene.key): void {
  openOverlay(scene, SCENE.settings, { base });
}
