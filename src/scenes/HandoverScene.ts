import Phaser from 'phaser';
import { Button } from '../ui/Button';
import { FocusList } from '../ui/FocusList';
import { DESIGN } from '../ui/layout';
import { css, PALETTE } from '../ui/palette';
import { kickRender } from '../ui/renderGate';
import { addText, TYPE_SIZE } from '../ui/typography';
import { SCENE } from './keys';

/**
 * Between the two teams of a hot-seat game: a blank screen that shows nothing of the game, so one
 * team's picks, chips and score are never on screen when the other team sits down.
 */
export class HandoverScene extends Phaser.Scene {
  constructor() {
    super(SCENE.handover);
  }

  create(data: { side?: 'us' | 'china' }): void {
    const team = data.side === 'china' ? 'China' : 'United States';
    const colour = data.side === 'china' ? PALETTE.china : PALETTE.unitedStates;
    const g = this.add.graphics();
    g.fillStyle(colour, 1).fillRect(DESIGN.width / 2 - 60, 200, 120, 6);
    addText(this, DESIGN.width / 2, 250, `Hand over to the ${team} team`, {
      fontSize: `${TYPE_SIZE.heading}px`,
      fontStyle: 'bold',
    }).setOrigin(0.5, 0);
    addText(
      this,
      DESIGN.width / 2,
      320,
      'The other team looks away. Nothing of their turn is shown here.',
      { fontSize: `${TYPE_SIZE.body}px`, color: css(PALETTE.textMuted) },
    ).setOrigin(0.5, 0);
    const ready = new Button(this, DESIGN.width / 2 - 160, 420, {
      label: `${team} team ready`,
      shortcut: '↵',
      primary: true,
      onActivate: () => this.scene.start(SCENE.turn),
    });
    new FocusList(this, [ready], { numberKeys: false });
    kickRender(this);
  }
}
