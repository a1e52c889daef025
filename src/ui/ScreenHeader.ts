import Phaser from 'phaser';
import { DESIGN, GAP, MARGIN } from './layout';
import { css, PALETTE } from './palette';
import { addText, FONT, TYPE_SIZE } from './typography';

export const HEADER = { y: MARGIN / 2 + GAP, ruleY: MARGIN + GAP } as const;

/** The running header on every screen: a caption left, a caption right, a hairline under both. */
export class ScreenHeader extends Phaser.GameObjects.Container {
  constructor(scene: Phaser.Scene, left: string, right: string) {
    super(scene, 0, 0);
    const style = {
      fontFamily: FONT.mono,
      fontSize: `${TYPE_SIZE.tag}px`,
      color: css(PALETTE.textMuted),
      letterSpacing: 2,
    };
    const rule = scene.add.graphics();
    rule.lineStyle(1, PALETTE.rule, 1);
    rule.lineBetween(MARGIN, HEADER.ruleY + 0.5, DESIGN.width - MARGIN, HEADER.ruleY + 0.5);
    this.right = addText(scene, DESIGN.width - MARGIN, HEADER.y, right.toUpperCase(), style);
    this.add([rule, addText(scene, MARGIN, HEADER.y, left.toUpperCase(), style), this.right]);
    this.right.setOrigin(1, 0);
    scene.add.existing(this);
  }

  private readonly right: Phaser.GameObjects.Text;

  /** Replaces the right-hand text (one that arrives after the screen is drawn). */
  setRight(right: string): this {
    this.right.setText(right.toUpperCase());
    return this;
  }
}
