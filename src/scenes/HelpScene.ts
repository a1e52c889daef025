import type Phaser from 'phaser';
import { Button } from '../ui/Button';
import { centred } from '../ui/grid';
import { GAP } from '../ui/layout';
import { css, PALETTE } from '../ui/palette';
import { addHint, addText, FONT, TYPE_SIZE } from '../ui/typography';
import { KEYS, pressed } from '../view/keys';
import { SCENE } from './keys';
import { type OverlayData, openOverlay } from './overlay';
import { openSettings } from './SettingsScene';
import { OverlayScreen } from './screen';

const SHORTCUTS: [string, string][] = [
  ['1 – 9, 0', 'pick the first ten cards (press again to take a card back)'],
  ['Q W E R T Y', 'pick cards eleven to sixteen'],
  ['← → ↑ ↓  Tab', 'move between cards; the what-if panel follows'],
  ['Space', 'pick or take back the card in focus'],
  ['A  D  ·  O', 'accept or decline the offer waiting for you (again: take back) · make an offer'],
  ['Enter', 'end the turn · continue'],
  [
    'A – F, H, I',
    'on the report and in the replay viewer: open a rule and its evidence (the letter on its button)',
  ],
  ['G', 'the glossary: every word on the screens explained (on a card or report line: click it)'],
  ['S', 'share the game: its code and link, the replay file, the turns as CSV'],
  ['F', 'facilitator: bring a world event into this quarter'],
  ['P', 'on a brief or the debrief: open a printable page'],
  ['M', 'sound on or off'],
  ['?', 'this help'],
  ['Esc', 'close a panel · twice on the turn screen ends the game early'],
];

const READING = [
  'Each turn is one quarter. Spend political capital (PC) on moves; a card that does not fit says why.',
  'The what-if panel runs the model with and without the card for a few quarters, on the same luck.',
  'After each quarter the report lists what changed and the rules behind it, with their sources.',
  'Arrows ▲ ▼ show the change since last quarter. Colours are a colour-blind-safe set and never the only cue.',
];

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
    addText(this, x + 32, y + 24, 'Help · keyboard shortcuts', {
      fontSize: `${TYPE_SIZE.heading - 12}px`,
      fontStyle: 'bold',
    });
    // Each row as tall as its explanation wraps to.
    let ry = y + 68;
    for (const [key, what] of SHORTCUTS) {
      addText(this, x + 32, ry, key, {
        fontFamily: FONT.mono,
        fontSize: `${TYPE_SIZE.small}px`,
        color: css(PALETTE.accent),
      });
      const line = addText(this, x + 200, ry, what, {
        fontSize: `${TYPE_SIZE.small}px`,
        wordWrap: { width: w - 200 - 32 },
      });
      ry += line.height + 5;
    }
    addText(this, x + 32, ry + GAP, READING.join('\n'), {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(PALETTE.textMuted),
      wordWrap: { width: w - 64 },
      lineSpacing: 3,
    });
    addHint(this, x + 32, y + h - 28, 'Esc or ? closes', TYPE_SIZE.small).setOrigin(0, 0.5);
    const settings = new Button(this, x + w - GAP * 3 - 168 - GAP * 2 - 168, y + h - GAP * 2 - 40, {
      label: 'Settings · ,',
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
