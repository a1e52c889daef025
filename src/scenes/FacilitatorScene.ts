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
    const box = centred(900, 640);
    const { x, y, w, h } = box;
    const close = this.dialog(box, { dim: 0.9 });
    addText(this, x + 32, y + 20, t('screen.facilitator.title'), {
      fontSize: `${TYPE_SIZE.subtitle + 2}px`,
      fontStyle: 'bold',
    });
    addText(this, x + 32, y + 56, t('screen.facilitator.intro'), {
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
      const row = y + 88 + i * 58;
      addText(this, x + 296, row + 22, o.headline, {
        fontSize: `${TYPE_SIZE.small}px`,
        color: css(PALETTE.textMuted),
        wordWrap: { width: w - 296 - 24 },
      }).setOrigin(0, 0.5);
      return new Button(this, x + 24, row, {
        label: o.label,
        shortcut: o.key,
        width: 256,
        height: 44,
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
      x + 24,
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
