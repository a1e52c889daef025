import Phaser from 'phaser';
import { css, PALETTE } from './palette';
import { addText, FONT, TYPE_SIZE } from './typography';

export interface MeterOptions {
  label: string;
  width: number;
  min?: number;
  max?: number;
  value?: number;
  colour?: number;
  /** How the number is written next to the label. Default: rounded integer. */
  format?: (value: number) => string;
}

export const METER = { barHeight: 10, barTop: 26, height: 40, tweenMs: 350 } as const;

/**
 * A labelled quantity with a horizontal bar. When the value changes the bar and the number
 * glide to it over a short tween, so the player sees the change rather than a jump.
 * Positioned by its top-left corner.
 */
export class Meter extends Phaser.GameObjects.Container {
  private readonly options: Required<Omit<MeterOptions, 'value'>>;
  private readonly bar: Phaser.GameObjects.Graphics;
  private readonly valueText: Phaser.GameObjects.Text;
  private shown: number;
  private target: number;
  private tween: Phaser.Tweens.Tween | null = null;

  constructor(scene: Phaser.Scene, x: number, y: number, options: MeterOptions) {
    super(scene, x, y);
    this.options = {
      label: options.label,
      width: options.width,
      min: options.min ?? 0,
      max: options.max ?? 100,
      colour: options.colour ?? PALETTE.accent,
      format: options.format ?? ((v) => String(Math.round(v))),
    };
    this.shown = this.clamp(options.value ?? this.options.min);
    this.target = this.shown;
    const label = addText(scene, 0, 0, options.label, {
      fontSize: `${TYPE_SIZE.label}px`,
      color: css(PALETTE.textMuted),
    });
    this.valueText = addText(scene, options.width, 0, '', {
      fontFamily: FONT.mono,
      fontSize: `${TYPE_SIZE.label}px`,
      fontStyle: 'bold',
    }).setOrigin(1, 0);
    this.bar = scene.add.graphics();
    this.add([label, this.valueText, this.bar]);
    this.draw();
    scene.add.existing(this);
  }

  /** The value the meter is heading to (the tween may still be running). */
  get value(): number {
    return this.target;
  }

  setValue(value: number, animate = true): this {
    const to = this.clamp(value);
    this.target = to;
    this.tween?.stop();
    this.tween = null;
    if (!animate || to === this.shown) {
      this.shown = to;
      this.draw();
      return this;
    }
    this.tween = this.scene.tweens.addCounter({
      from: this.shown,
      to,
      duration: METER.tweenMs,
      ease: 'Cubic.easeOut',
      onUpdate: (tween) => {
        this.shown = tween.getValue() ?? to;
        this.draw();
      },
      onComplete: () => {
        this.shown = to;
        this.tween = null;
        this.draw();
      },
    });
    return this;
  }

  private clamp(value: number): number {
    return Phaser.Math.Clamp(value, this.options.min, this.options.max);
  }

  private draw(): void {
    const { width, min, max, colour, format } = this.options;
    this.valueText.setText(format(this.shown));
    const fraction = max > min ? (this.shown - min) / (max - min) : 0;
    const g = this.bar;
    g.clear();
    g.fillStyle(PALETTE.surfaceRaised, 1);
    g.fillRoundedRect(0, METER.barTop, width, METER.barHeight, METER.barHeight / 2);
    if (fraction > 0) {
      const w = Math.max(METER.barHeight, width * fraction);
      g.fillStyle(colour, 1);
      g.fillRoundedRect(0, METER.barTop, w, METER.barHeight, METER.barHeight / 2);
    }
    g.lineStyle(1, PALETTE.rule, 1);
    g.strokeRoundedRect(0, METER.barTop, width, METER.barHeight, METER.barHeight / 2);
    // Quarter ticks give a scale that does not depend on reading the colour.
    g.lineStyle(1, PALETTE.background, 0.6);
    for (let q = 1; q < 4; q++) {
      const tx = Math.round((width * q) / 4) + 0.5;
      g.lineBetween(tx, METER.barTop + 1, tx, METER.barTop + METER.barHeight - 1);
    }
  }
}
