import type Phaser from 'phaser';
import { Button } from '../ui/Button';
import { centred } from '../ui/grid';
import { GAP } from '../ui/layout';
import { css, PALETTE } from '../ui/palette';
import { addHint, addText, FONT, TYPE_SIZE } from '../ui/typography';
import { KEYS, pressed } from '../view/keys';
import { t } from '../words';
import { SCENE } from './keys';
import { type OverlayData, openOverlay } from './overlay';
import { openSettings } from './SettingsScene';
import { OverlayScreen } from './screen';

/** The shortcuts help lists, in order: `screen.help.keys.<id>` and `screen.help.does.<id>`. */
const SHORTCUTS = [
  'cards',
  'moreCards',
  'browse',
  'space',
  'offers',
  'enter',
  'rules',
  'glossary',
  'share',
  'facilitator',
  'print',
  'sound',
  'help',
  'escape',
] as const;

/** The panel: its size and padding, the list's top, the explanations' column, the buttons' size. */
const PANEL_BOX = {
  w: 860,
  h: 640,
  pad: 32,
  titleY: 24,
  listY: 68,
  doesX: 200,
  rowGap: 5,
  hintAbove: 28,
  button: { w: 168, h: 40 },
} as const;

/** Keyboard shortcuts and how to read the screen; opened with ? over any game screen. */
export class HelpScene extends OverlayScreen {
  constructor() {
    super(SCENE.help);
  }

  create(data: OverlayData): void {
    this.begin(data);
    const L = PANEL_BOX;
    const box = centred(L.w, L.h);
    const { x, y, w, h } = box;
    const close = this.dialog(box, { dim: 0.85 });
    addText(this, x + L.pad, y + L.titleY, t('screen.help.title'), {
      fontSize: `${TYPE_SIZE.heading - 12}px`,
      fontStyle: 'bold',
    });
    // Each row as tall as its explanation wraps to.
    let ry = y + L.listY;
    for (const id of SHORTCUTS) {
      addText(this, x + L.pad, ry, t(`screen.help.keys.${id}`), {
        fontFamily: FONT.mono,
        fontSize: `${TYPE_SIZE.small}px`,
        color: css(PALETTE.accent),
      });
      const line = addText(this, x + L.doesX, ry, t(`screen.help.does.${id}`), {
        fontSize: `${TYPE_SIZE.small}px`,
        wordWrap: { width: w - L.doesX - L.pad },
      });
      ry += line.height + L.rowGap;
    }
    addText(this, x + L.pad, ry + GAP, t('screen.help.reading'), {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(PALETTE.textMuted),
      wordWrap: { width: w - 2 * L.pad },
      lineSpacing: 3,
    });
    addHint(this, x + L.pad, y + h - L.hintAbove, t('screen.help.hint'), TYPE_SIZE.small).setOrigin(
      0,
      0.5,
    );
    // Left of the dialog's Close button, on its row.
    const b = L.button;
    const settingsX = x + w - GAP * 3 - b.w - GAP * 2 - b.w;
    const settings = new Button(this, settingsX, y + h - GAP * 2 - b.h, {
      label: t('screen.help.button.settings'),
      width: b.w,
      height: b.h,
      labelSize: TYPE_SIZE.small,
      onActivate: () => openSettings(this, this.beneath),
    });
    this.focus(close ? [close, settings] : [settings], { numberKeys: false });
    this.keys((e: KeyboardEvent) => {
      if (pressed(e, KEYS.help.close)) this.close();
    });
    this.drawn();
  }
}

/** Opens help over `scene`, pausing it until help closes. */
export function openHelp(scene: Phaser.Scene): void {
  openOverlay(scene, SCENE.help);
}
