import Phaser from 'phaser';
import { DESIGN, GAP } from './layout';
import { css, PALETTE } from './palette';
import { markRegion } from './publish';
import { addText, FONT, fitToWidth, TYPE_SIZE } from './typography';

export interface PanelOptions {
  width: number;
  height: number;
  /** Small upper-case caption drawn in the panel's top rule, like a briefing-paper section. */
  caption?: string;
  fill?: number;
  border?: number;
}

export const PANEL = { radius: 6, padding: GAP * 2, captionHeight: GAP * 4 } as const;

/** A framed surface that groups related content. Positioned by its top-left corner. */
export class Panel extends Phaser.GameObjects.Container {
  readonly panelWidth: number;
  readonly panelHeight: number;
  private readonly frame: Phaser.GameObjects.Graphics;
  private readonly hasCaption: boolean;

  constructor(scene: Phaser.Scene, x: number, y: number, options: PanelOptions) {
    super(scene, x, y);
    this.panelWidth = options.width;
    this.panelHeight = options.height;
    this.hasCaption = Boolean(options.caption);
    this.frame = scene.add.graphics();
    this.add(this.frame);
    markRegion(this, options.caption ?? 'panel', {
      x: 0,
      y: 0,
      w: this.panelWidth,
      h: this.panelHeight,
    });
    this.drawFrame(options.fill ?? PALETTE.surface, options.border ?? PALETTE.rule);
    if (options.caption) {
      const caption = addText(scene, PANEL.padding, GAP * 1.5, options.caption.toUpperCase(), {
        fontFamily: FONT.mono,
        fontSize: `${TYPE_SIZE.tag}px`,
        color: css(PALETTE.textMuted),
        letterSpacing: 2,
      });
      fitToWidth(caption, this.panelWidth - 2 * PANEL.padding);
      this.add(caption);
    }
    scene.add.existing(this);
  }

  /** Where content starts inside the panel, below the caption if there is one. */
  get contentTop(): number {
    return this.hasCaption ? PANEL.captionHeight + GAP : PANEL.padding;
  }

  private drawFrame(fill: number, border: number): void {
    const g = this.frame;
    g.clear();
    g.fillStyle(fill, 1);
    g.fillRoundedRect(0, 0, this.panelWidth, this.panelHeight, PANEL.radius);
    g.lineStyle(1, border, 1);
    g.strokeRoundedRect(0.5, 0.5, this.panelWidth - 1, this.panelHeight - 1, PANEL.radius);
  }
}

/**
 * A dialog over the screen: the screen behind dimmed by `dim` (0-1), then a framed box whose
 * focus-coloured border says the keyboard is in it. Returns the one Graphics that draws both.
 */
export function drawDialog(
  scene: Phaser.Scene,
  box: { x: number; y: number; w: number; h: number },
  dim: number,
): Phaser.GameObjects.Graphics {
  const { x, y, w, h } = box;
  const g = scene.add.graphics();
  markRegion(g, 'dialog', box, true);
  g.fillStyle(PALETTE.background, dim).fillRect(0, 0, DESIGN.width, DESIGN.height);
  g.fillStyle(PALETTE.surface, 1).fillRoundedRect(x, y, w, h, 8);
  g.lineStyle(2, PALETTE.focus, 1).strokeRoundedRect(x, y, w, h, 8);
  return g;
}
