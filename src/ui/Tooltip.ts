import Phaser from 'phaser';
import { GAP } from './layout';
import { css, PALETTE } from './palette';
import { markFloating } from './publish';
import { addText, TYPE_SIZE } from './typography';

const TOOLTIP = { maxWidth: 360, padding: GAP, depth: 1000 } as const;

/**
 * A small note that floats above everything else, e.g. why a button is disabled.
 * Lives at the top level of the scene (not inside the widget that owns it) so it is never
 * hidden behind a sibling.
 */
export class Tooltip extends Phaser.GameObjects.Container {
  private readonly box: Phaser.GameObjects.Graphics;
  private readonly label: Phaser.GameObjects.Text;

  constructor(scene: Phaser.Scene) {
    super(scene, 0, 0);
    this.box = scene.add.graphics();
    this.label = addText(scene, TOOLTIP.padding, TOOLTIP.padding, '', {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(PALETTE.text),
      wordWrap: { width: TOOLTIP.maxWidth - TOOLTIP.padding * 2 },
    });
    this.add([this.box, this.label]);
    this.setDepth(TOOLTIP.depth).setVisible(false);
    markFloating(this);
    scene.add.existing(this);
  }

  /** Shows `message` with its top-left corner at (x, y), kept inside the screen horizontally. */
  show(message: string, x: number, y: number): void {
    this.label.setText(message);
    const w = Math.ceil(this.label.width) + TOOLTIP.padding * 2;
    const h = Math.ceil(this.label.height) + TOOLTIP.padding * 2;
    this.box.clear();
    this.box.fillStyle(PALETTE.surfaceRaised, 0.98);
    this.box.fillRoundedRect(0, 0, w, h, 4);
    this.box.lineStyle(1, PALETTE.ruleStrong, 1);
    this.box.strokeRoundedRect(0.5, 0.5, w - 1, h - 1, 4);
    const maxX = this.scene.scale.gameSize.width - w - GAP;
    this.setPosition(Math.round(Math.min(Math.max(GAP, x), maxX)), Math.round(y));
    this.setVisible(true);
  }

  hide(): void {
    this.setVisible(false);
  }
}
