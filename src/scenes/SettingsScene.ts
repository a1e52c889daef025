import type Phaser from 'phaser';
import { Button } from '../ui/Button';
import { applyComfort, comfort, motionReduced, setComfort } from '../ui/comfort';
import { centred } from '../ui/grid';
import { restartScene } from '../ui/keyboard';
import { css, PALETTE } from '../ui/palette';
import { sound } from '../ui/sound';
import { addText, TYPE_SIZE } from '../ui/typography';
import { KEYS, pressed } from '../view/keys';
import { t } from '../words';
import { SCENE } from './keys';
import { type OverlayData, openOverlay } from './overlay';
import { OverlayScreen } from './screen';

/** The panel: its size, the padding inside it, and its rows of toggles from the top. */
const PANEL_BOX = {
  w: 620,
  h: 460,
  pad: 32,
  titleY: 24,
  rowsY: 84,
  rowStep: 64,
  rowH: 48,
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

/**
 * The one settings panel, opened from every screen with its key (and from the title's and help's
 * buttons): high contrast, larger text, sound and the guided first quarter, remembered on this
 * device. Closing it after a change redraws the game
 * screen beneath in the new look (and closes help, which was drawn in the old one).
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
    const { x, y, w } = box;
    const close = this.dialog(box, { dim: 0.85 });
    addText(this, x + L.pad, y + L.titleY, t('screen.settings.title'), {
      fontSize: `${TYPE_SIZE.heading - 12}px`,
      fontStyle: 'bold',
    });
    const c = comfort();
    const toggle = (row: number, label: string, key: string, on: boolean, flip: () => void) =>
      new Button(this, x + L.pad, y + L.rowsY + row * L.rowStep, {
        label: t(label, { context: on ? 'on' : 'off' }),
        shortcut: key.toUpperCase(),
        width: w - 2 * L.pad,
        height: L.rowH,
        labelSize: TYPE_SIZE.label,
        onActivate: flip,
      }).setSelected(on);
    const contrast = toggle(
      0,
      'screen.settings.contrast',
      KEYS.settings.contrast,
      c.highContrast,
      () => this.change({ ...comfort(), highContrast: !comfort().highContrast }, 0),
    );
    const text = toggle(1, 'screen.settings.text', KEYS.settings.text, c.largeText, () =>
      this.change({ ...comfort(), largeText: !comfort().largeText }, 1),
    );
    const sounds = toggle(2, 'screen.settings.sound', KEYS.settings.sound, sound.enabled, () => {
      sound.toggle();
      restartScene(this, { ...this.opened, focus: 2 });
    });
    const guide = toggle(3, 'screen.settings.guide', KEYS.settings.guide, c.guide, () =>
      this.change({ ...comfort(), guide: !comfort().guide }, 3),
    );
    addText(
      this,
      x + L.pad,
      y + L.rowsY + 4 * L.rowStep,
      t('screen.settings.motion', { context: motionReduced() ? 'on' : 'off' }),
      {
        fontSize: `${TYPE_SIZE.small}px`,
        color: css(PALETTE.textMuted),
        wordWrap: { width: w - 2 * L.pad },
      },
    );
    const toggles = [contrast, text, sounds, guide];
    const items = close ? [...toggles, close] : toggles;
    this.focus(items, { numberKeys: false, initial: data.focus ?? 0 });
    this.keys((e: KeyboardEvent) => {
      if (pressed(e, KEYS.settings.close)) this.close();
      else if (pressed(e, KEYS.settings.contrast)) contrast.activate();
      else if (pressed(e, KEYS.settings.text)) text.activate();
      else if (pressed(e, KEYS.settings.sound)) sounds.activate();
      else if (pressed(e, KEYS.settings.guide)) guide.activate();
    });
    this.drawn();
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
