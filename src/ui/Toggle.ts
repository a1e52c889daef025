import Phaser from 'phaser';
import type { Focusable } from './FocusList';
import { GAP } from './layout';
import { css, PALETTE } from './palette';
import { makePressable, onPointerFocus, type PointerState } from './pressable';
import { addText, TYPE_SIZE } from './typography';

/**
 * A box that is ticked or not: a check box and a label, the whole box its pointer target. Ticked is
 * a filled box with a check mark and a heavy outline, never colour alone. Positioned by its
 * top-left corner; a long label wraps to two lines.
 */
export class Toggle extends Phaser.GameObjects.Container implements Focusable {
  private readonly face: Phaser.GameObjects.Graphics;
  private readonly mark: Phaser.GameObjects.Text;
  private readonly label: Phaser.GameObjects.Text;
  private readonly pointer: PointerState;
  private isTicked = false;
  private focused = false;

  constructor(
    scene: Phaser.Scene,
    x: number,
    y: number,
    readonly toggleWidth: number,
    readonly toggleHeight: number,
    text: string,
    private readonly onActivate: () => void,
  ) {
    super(scene, x, y);
    this.face = scene.add.graphics();
    this.mark = addText(scene, GAP + 9, toggleHeight / 2, '✓', {
      fontSize: `${TYPE_SIZE.small}px`,
      fontStyle: 'bold',
      color: css(PALETTE.background),
    }).setOrigin(0.5, 0.5);
    this.label = addText(scene, GAP * 4 + 4, toggleHeight / 2, text, {
      fontSize: `${TYPE_SIZE.small}px`,
      wordWrap: { width: toggleWidth - GAP * 5 - 4 },
    })
      .setOrigin(0, 0.5)
      .setMaxLines(2);
    this.add([this.face, this.mark, this.label]);
    this.setSize(toggleWidth, toggleHeight);
    this.pointer = makePressable(
      this,
      toggleWidth,
      toggleHeight,
      () => this.redraw(),
      () => this.activate(),
      () => ({
        name: this.label.text,
        role: 'toggle',
        state: [...(this.focused ? ['focused'] : []), ...(this.isTicked ? ['checked'] : [])],
      }),
    );
    this.redraw();
    scene.add.existing(this);
  }

  get ticked(): boolean {
    return this.isTicked;
  }

  setTicked(on: boolean): this {
    if (this.isTicked !== on) {
      this.isTicked = on;
      this.redraw();
    }
    return this;
  }

  setFocused(focused: boolean): void {
    if (this.focused === focused) return;
    this.focused = focused;
    this.redraw();
  }

  activate(): void {
    this.onActivate();
  }

  onPointerFocus(listener: () => void): void {
    onPointerFocus(this, listener);
  }

  private redraw(): void {
    const { toggleWidth: w, toggleHeight: h } = this;
    const g = this.face;
    g.clear();
    if (this.focused) {
      g.lineStyle(3, PALETTE.focus, 1);
      g.strokeRoundedRect(-3, -3, w + 6, h + 6, 8);
    }
    const fill = this.pointer.pressed
      ? PALETTE.surface
      : this.pointer.hovered || this.focused
        ? PALETTE.surfaceHover
        : PALETTE.surfaceRaised;
    g.fillStyle(fill, 1).fillRoundedRect(0, 0, w, h, 5);
    if (this.isTicked) g.lineStyle(2, PALETTE.accent, 1).strokeRoundedRect(1, 1, w - 2, h - 2, 5);
    else g.lineStyle(1, PALETTE.ruleStrong, 1).strokeRoundedRect(0.5, 0.5, w - 1, h - 1, 5);
    const box = 18;
    const bx = GAP;
    const by = Math.round(h / 2 - box / 2);
    if (this.isTicked) g.fillStyle(PALETTE.accent, 1).fillRoundedRect(bx, by, box, box, 3);
    else
      g.lineStyle(1, PALETTE.textMuted, 1).strokeRoundedRect(
        bx + 0.5,
        by + 0.5,
        box - 1,
        box - 1,
        3,
      );
    this.mark.setVisible(this.isTicked);
  }
}
