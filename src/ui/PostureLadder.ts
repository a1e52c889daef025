import Phaser from 'phaser';
import { t } from '../words';
import { GAP } from './layout';
import { css, PALETTE } from './palette';
import { addText, FONT, TYPE_SIZE } from './typography';

export interface PostureStep {
  id: string;
  label: string;
  active: boolean;
}

/**
 * China's cooperation posture as the statechart state it is in: the four states left to right,
 * the current one filled and marked with an arrow and capital letters.
 */
export class PostureLadder extends Phaser.GameObjects.Container {
  private readonly g: Phaser.GameObjects.Graphics;
  private readonly labels: Phaser.GameObjects.Text[] = [];
  private current = '';

  constructor(
    scene: Phaser.Scene,
    x: number,
    y: number,
    private readonly ladderWidth: number,
  ) {
    super(scene, x, y);
    this.g = scene.add.graphics();
    this.add(this.g);
    this.add(
      addText(scene, 0, 0, t('ui.posture.caption').toUpperCase(), {
        fontFamily: FONT.mono,
        fontSize: `${TYPE_SIZE.tag - 1}px`,
        color: css(PALETTE.textMuted),
      }),
    );
    scene.add.existing(this);
  }

  setSteps(steps: readonly PostureStep[]): this {
    const key = steps.map((s) => (s.active ? s.id.toUpperCase() : s.id)).join();
    if (key === this.current) return this;
    this.current = key;
    for (const l of this.labels) l.destroy();
    this.labels.length = 0;
    const g = this.g;
    g.clear();
    const n = steps.length;
    const w = (this.ladderWidth - GAP * (n - 1)) / n;
    steps.forEach((s, i) => {
      const x = i * (w + GAP);
      const y = 18;
      if (s.active) g.fillStyle(PALETTE.positive, 1).fillRoundedRect(x, y, w, 36, 4);
      else g.lineStyle(1, PALETTE.ruleStrong, 1).strokeRoundedRect(x + 0.5, y + 0.5, w - 1, 35, 4);
      if (i < n - 1)
        g.fillStyle(PALETTE.textDim, 1).fillTriangle(
          x + w + 1,
          y + 14,
          x + w + 1,
          y + 22,
          x + w + GAP - 1,
          y + 18,
        );
      const label = addText(this.scene, x + w / 2, y + 18, s.active ? `▶ ${s.label}` : s.label, {
        fontSize: '11px',
        fontStyle: s.active ? 'bold' : 'normal',
        color: css(s.active ? PALETTE.background : PALETTE.textMuted),
        align: 'center',
        wordWrap: { width: w - 4 },
      }).setOrigin(0.5, 0.5);
      this.add(label);
      this.labels.push(label);
    });
    return this;
  }
}
