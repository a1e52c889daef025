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

/** Keyboard shortcuts and how to read the screen; opened with ? over any game screen. */
export class HelpScene extends OverlayScreen {
  constructor() {
    super(SCENE.help);
  }

  create(data: OverlayData): void {
    this.begin(data);
    const box = centred(860, 640);
    const { x, y, w, h } = box;
    const close = this.dialog(box, { dim: 0.85 });
    addText(this, x + 32, y + 24, t('screen.help.title'), {
      fontSize: `${TYPE_SIZE.heading - 12}px`,
      fontStyle: 'bold',
    });
    // Each row as tall as its explanation wraps to.
    let ry = y + 68;
    for (const id of SHORTCUTS) {
      addText(this, x + 32, ry, t(`screen.help.keys.${id}`), {
        fontFamily: FONT.mono,
        fontSize: `${TYPE_SIZE.small}px`,
        color: css(PALETTE.accent),
      });
      const line = addText(this, x + 200, ry, t(`screen.help.does.${id}`), {
        fontSize: `${TYPE_SIZE.small}px`,
        wordWrap: { width: w - 200 - 32 },
      });
      ry += line.height + 5;
    }
    addText(this, x + 32, ry + GAP, t('screen.help.reading'), {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(PALETTE.textMuted),
      wordWrap: { width: w - 64 },
      lineSpacing: 3,
    });
    addHint(this, x + 32, y + h - 28, t('screen.help.hint'), TYPE_SIZE.small).setOrigin(0, 0.5);
    const settings = new Button(this, x + w - GAP * 3 - 168 - GAP * 2 - 168, y + h - GAP * 2 - 40, {
      label: t('screen.help.button.settings'),
      width: 168,
      height: 40,
      labelSize: TYPE_SIZE.small,
      onActivate: () => openSettings(this, this.beneath),
    });
    this.focus(close ? [close, settings] : [settings], { numberKeys: false });
    this.keys((e: KeyboardEvent) => {
      if (pressed(e, KEYS.help.close)) this.close();
      else if (pressed(e, KEYS.help.settings)) settings.activate();
    });
    this.drawn();
  }
}

/** Opens help over `scene`, pausing it until help closes. */
export function openHelp(scene: Phaser.Scene): void {
  openOverlay(scene, SCENE.help);
}
