import Phaser from 'phaser';
import { motionReduced } from './comfort';
import { css, PALETTE } from './palette';
import { markRow } from './publish';
import { addText, FONT, TYPE_SIZE } from './typography';

export interface IndicatorState {
  label: string;
  text: string;
  fraction: number;
  arrow: string;
  deltaText: string;
  trend: 'up' | 'down' | 'flat';
}

/** The change since last quarter sits under the value, right of the bar: the name keeps its line. */
export const INDICATOR_ROW = {
  height: 38,
  barTop: 24,
  barHeight: 6,
  deltaTop: 20,
  deltaWidth: 84,
  tweenMs: 320,
} as const;

/**
 * One indicator: label, value, the change since last quarter (arrow and number, so the trend does
 * not rest on colour), and a thin bar that glides to its new length when the value moves.
 */
export class IndicatorRow extends Phaser.GameObjects.Container {
  private readonly label: Phaser.GameObjects.Text;
  private readonly value: Phaser.GameObjects.Text;
  private readonly delta: Phaser.GameObjects.Text;
  private readonly bar: Phaser.GameObjects.Graphics;
  private shown = -1;
  private tween: Phaser.Tweens.Tween | null = null;

  constructor(
    scene: Phaser.Scene,
    x: number,
    y: number,
    private readonly rowWidth: number,
    private readonly colour: number,
  ) {
    super(scene, x, y);
    this.label = addText(scene, 0, 0, '', {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(PALETTE.textMuted),
    });
    this.value = addText(scene, rowWidth, -1, '', {
      fontFamily: FONT.mono,
      fontSize: `${TYPE_SIZE.label}px`,
      fontStyle: 'bold',
    }).setOrigin(1, 0);
    this.delta = addText(scene, rowWidth, INDICATOR_ROW.deltaTop, '', {
      fontFamily: FONT.mono,
      fontSize: `${TYPE_SIZE.tag}px`,
      color: css(PALETTE.textMuted),
    }).setOrigin(1, 0);
    this.bar = scene.add.graphics();
    this.add([this.bar, this.label, this.value, this.delta]);
    markRow(this, 'Indicators', () => [this.label.text, this.value.text, this.delta.text || '—']);
    scene.add.existing(this);
  }

  showIndicator(s: IndicatorState): this {
    this.label.setText(s.label);
    this.value.setText(s.text);
    this.delta.setText(s.trend === 'flat' ? '' : `${s.arrow} ${s.deltaText}`);
    const target = s.fraction;
    if (this.shown < 0 || (target !== this.shown && motionReduced())) {
      // Under reduced motion the bar jumps to its new length; the arrow and number say it moved.
      this.tween?.stop();
      this.shown = target;
      this.draw();
    } else if (target !== this.shown) {
      this.tween?.stop();
      this.tween = this.scene.tweens.addCounter({
        from: this.shown,
        to: target,
        duration: INDICATOR_ROW.tweenMs,
        ease: 'Cubic.easeOut',
        onUpdate: (t) => {
          this.shown = t.getValue() ?? target;
          this.draw();
        },
        onComplete: () => {
          this.tween = null;
        },
      });
      // A brief flash of the value so the eye finds what moved.
      this.value.setColor(css(PALETTE.focus));
      this.scene.time.delayedCall(INDICATOR_ROW.tweenMs + 200, () =>
        this.value.setColor(css(PALETTE.text)),
      );
    }
    return this;
  }

  private draw(): void {
    const g = this.bar;
    const { barTop, barHeight, deltaWidth } = INDICATOR_ROW;
    const w = this.rowWidth - deltaWidth;
    g.clear();
    g.fillStyle(PALETTE.surfaceRaised, 1).fillRect(0, barTop, w, barHeight);
    g.fillStyle(this.colour, 1).fillRect(0, barTop, Math.max(2, w * this.shown), barHeight);
  }
}
