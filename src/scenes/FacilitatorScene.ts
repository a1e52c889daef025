import type Phaser from 'phaser';
import { Button } from '../ui/Button';
import { centred } from '../ui/grid';
import { css, PALETTE } from '../ui/palette';
import { addHint, addText, TYPE_SIZE } from '../ui/typography';
import { KEYS, pressed } from '../view/keys';
import { t } from '../words';
import { SCENE } from './keys';
import { loadedSessionModule } from './load';
import { type OverlayData, openOverlay } from './overlay';
import { currentSession } from './registry';
import { OverlayScreen } from './screen';

/** The panel, and its rows of events from the top: a button, its headline right of it. */
const PANEL_BOX = {
  w: 900,
  h: 640,
  pad: 32,
  titleY: 20,
  introY: 56,
  rowsY: 88,
  rowStep: 58,
  button: { dx: 24, w: 256, h: 44 },
  headlineX: 296,
} as const;

/**
 * The facilitator's panel, opened with F over the turn screen: pick a world event and it happens
 * at the end of this quarter, for both sides, and is kept in the game's replay.
 */
export class FacilitatorScene extends OverlayScreen {
  constructor() {
    super(SCENE.facilitator);
  }

  create(data: OverlayData): void {
    this.begin(data);
    const session = currentSession(this);
    const options = loadedSessionModule()?.injectOptions() ?? [];
    const L = PANEL_BOX;
    const box = centred(L.w, L.h);
    const { x, y, w, h } = box;
    const close = this.dialog(box, { dim: 0.9 });
    addText(this, x + L.pad, y + L.titleY, t('screen.facilitator.title'), {
      fontSize: `${TYPE_SIZE.subtitle + 2}px`,
      fontStyle: 'bold',
    });
    addText(this, x + L.pad, y + L.introY, t('screen.facilitator.intro'), {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(PALETTE.textMuted),
    });
    const pick = (i: number) => {
      const option = options[i];
      if (!option) return;
      session.inject(option.event);
      this.close();
    };
    const buttons = options.map((o, i) => {
      const row = y + L.rowsY + i * L.rowStep;
      addText(this, x + L.headlineX, row + L.button.h / 2, o.headline, {
        fontSize: `${TYPE_SIZE.small}px`,
        color: css(PALETTE.textMuted),
        wordWrap: { width: w - L.headlineX - L.button.dx },
      }).setOrigin(0, 0.5);
      return new Button(this, x + L.button.dx, row, {
        label: o.label,
        shortcut: o.key,
        width: L.button.w,
        height: L.button.h,
        labelSize: 15,
        onActivate: () => pick(i),
      });
    });
    this.focus(close ? [...buttons, close] : buttons, { numberKeys: false });
    this.keys((e: KeyboardEvent) => {
      const i = options.findIndex((o) => pressed(e, o.key));
      if (i >= 0) pick(i);
      else if (pressed(e, KEYS.facilitator.close)) this.close();
    });
    addHint(
      this,
      x + L.button.dx,
      y + h - 36,
      t('screen.facilitator.hint', { last: options.length }),
    ).setOrigin(0, 0.5);
    this.drawn();
  }
}

/** Opens the facilitator's panel over `scene`, pausing it (and its timer) until it closes. */
export function openFacilitator(scene: Phaser.Scene): void {
  openOverlay(scene, SCENE.facilitator);
}
