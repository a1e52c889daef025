import Phaser from 'phaser';
import { PALETTE } from './palette';

/**
 * The game's mark: a six-sided ring, the skeleton of the aromatic molecules many precursors are
 * built on, split between the two sides' colours. Drawn in code; centred on (x, y).
 */
export class Emblem extends Phaser.GameObjects.Graphics {
  constructor(scene: Phaser.Scene, x: number, y: number, radius: number) {
    super(scene, { x, y });
    const corners = Array.from({ length: 6 }, (_, i) => {
      const angle = Math.PI / 6 + (i * Math.PI) / 3;
      return new Phaser.Math.Vector2(Math.cos(angle) * radius, Math.sin(angle) * radius);
    });
    const stroke = Math.max(2, Math.round(radius / 9));
    // Edges 1–3 (bottom corner to top corner, via the left) are one side; 4, 5 and 0 the other.
    corners.forEach((from, i) => {
      const to = corners[(i + 1) % 6] ?? from;
      const leftSide = i >= 1 && i <= 3;
      this.lineStyle(stroke, leftSide ? PALETTE.unitedStates : PALETTE.china, 1);
      this.lineBetween(from.x, from.y, to.x, to.y);
    });
    for (const c of corners) {
      this.fillStyle(PALETTE.text, 1);
      this.fillCircle(c.x, c.y, stroke * 0.9);
    }
    this.lineStyle(Math.max(1, stroke / 2), PALETTE.textMuted, 0.8);
    this.strokeCircle(0, 0, radius * 0.52);
    scene.add.existing(this);
  }
}
