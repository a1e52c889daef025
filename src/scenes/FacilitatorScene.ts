import Phaser from 'phaser';
import { Button } from '../ui/Button';
import { FocusList } from '../ui/FocusList';
import { onKeyDown } from '../ui/keyboard';
import { DESIGN } from '../ui/layout';
import { drawDialog } from '../ui/Panel';
import { css, PALETTE } from '../ui/palette';
import { kickRender } from '../ui/renderGate';
import { addHint, addText, TYPE_SIZE } from '../ui/typography';
import { KEYS, pressed } from '../view/keys';
import { SCENE } from './keys';
import { loadedSessionModule } from './load';
import { closeOverlay, type OverlayData, openOverlay } from './overlay';
import { currentSession } from './registry';

/**
 * The facilitator's panel, opened with F over the turn screen: pick a world event and it happens
 * at the end of this quarter, for both sides, and is kept in the game's replay.
 */
export class FacilitatorScene extends Phaser.Scene {
  private from = '';

  constructor() {
    super(SCENE.facilitator);
  }

  create(data: OverlayData): void {
    this.from = data.from ?? '';
    const session = currentSession(this);
    const options = loadedSessionModule()?.injectOptions() ?? [];
    const w = 900;
    const h = 600;
    const x = (DESIGN.width - w) / 2;
    const y = (DESIGN.height - h) / 2;
    drawDialog(this, { x, y, w, h }, 0.9);
    addText(this, x + 32, y + 20, 'Facilitator · bring an event into this quarter', {
      fontSize: `${TYPE_SIZE.subtitle + 2}px`,
      fontStyle: 'bold',
    });
    addText(
      this,
      x + 32,
      y + 56,
      'It happens when the quarter is resolved, for both sides, and is kept in the replay.',
      { fontSize: `${TYPE_SIZE.small}px`, color: css(PALETTE.textMuted) },
    );
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
    new FocusList(this, buttons, { numberKeys: false, onBack: () => this.close() });
    onKeyDown(this, (e: KeyboardEvent) => {
      const i = options.findIndex((o) => pressed(e, o.key));
      if (i >= 0) pick(i);
      else if (pressed(e, KEYS.facilitator.close)) this.close();
    });
    addHint(this, x + w - 24, y + h - 14, '1–8 bring in an event · Esc or F closes').setOrigin(
      1,
      1,
    );
    kickRender(this);
  }

  private close(): void {
    closeOverlay(this, this.from);
  }
}

/** Opens the facilitator's panel over `scene`, pausing it (and its timer) until it closes. */
export function openFacilitator(scene: Phaser.Scene): void {
  openOverlay(scene, SCENE.facilitator);
}
