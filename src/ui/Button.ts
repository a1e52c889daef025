import Phaser from 'phaser';
import type { Focusable } from './FocusList';
import { BUTTON, GAP } from './layout';
import { css, PALETTE } from './palette';
import { makePressable, onPointerFocus, type PointerState } from './pressable';
import { Tooltip } from './Tooltip';
import { addText, FONT, TYPE_SIZE } from './typography';

export interface ButtonOptions {
  label: string;
  onActivate: () => void;
  width?: number;
  height?: number;
  /** Key shown in a chip at the left, e.g. "1" for a number-key shortcut. */
  shortcut?: string;
  /** A primary action gets an accent stripe, so it stands out without relying on hue alone. */
  primary?: boolean;
  /** If set, the button is disabled and this says why (shown on hover and keyboard focus). */
  disabledReason?: string | null;
  /** Label size in pixels; absent or undefined, a little above body text. */
  labelSize?: number | undefined;
}

/** A clickable, keyboard-focusable button. Positioned by its top-left corner. */
export class Button extends Phaser.GameObjects.Container implements Focusable {
  readonly buttonWidth: number;
  readonly buttonHeight: number;
  private readonly face: Phaser.GameObjects.Graphics;
  private readonly label: Phaser.GameObjects.Text;
  private readonly chip: Phaser.GameObjects.Text | null;
  /** Made the first time it is needed: most buttons never show one. */
  private tooltip: Tooltip | null = null;
  private readonly onActivate: () => void;
  private readonly primary: boolean;
  private disabledReason: string | null;
  private focused = false;
  private readonly pointer: PointerState;
  private selected = false;

  constructor(scene: Phaser.Scene, x: number, y: number, options: ButtonOptions) {
    super(scene, x, y);
    this.buttonWidth = options.width ?? BUTTON.width;
    this.buttonHeight = options.height ?? BUTTON.height;
    this.onActivate = options.onActivate;
    this.primary = options.primary ?? false;
    this.disabledReason = options.disabledReason ?? null;

    this.face = scene.add.graphics();
    const midY = Math.round(this.buttonHeight / 2);
    this.chip = options.shortcut
      ? addText(scene, GAP * 3, midY, options.shortcut, {
          fontFamily: FONT.mono,
          fontSize: `${TYPE_SIZE.small}px`,
          color: css(PALETTE.textMuted),
        }).setOrigin(0.5, 0.5)
      : null;
    const labelX = this.chip ? GAP * 6 : Math.round(this.buttonWidth / 2);
    this.label = addText(scene, labelX, midY, options.label, {
      fontSize: `${options.labelSize ?? TYPE_SIZE.body + 2}px`,
      fontStyle: 'bold',
    }).setOrigin(this.chip ? 0 : 0.5, 0.5);
    this.add(this.chip ? [this.face, this.chip, this.label] : [this.face, this.label]);

    this.pointer = makePressable(
      this,
      this.buttonWidth,
      this.buttonHeight,
      () => this.refresh(),
      () => this.activate(),
      () => ({
        name: this.label.text,
        role: 'button',
        state: this.states(),
        ...(this.disabledReason ? { description: this.disabledReason } : {}),
      }),
    );
    this.refresh();
    scene.add.existing(this);
  }

  get enabled(): boolean {
    return this.disabledReason === null;
  }

  get text(): string {
    return this.label.text;
  }

  setFocused(focused: boolean): void {
    this.focused = focused;
    this.refresh();
  }

  /** A chosen option among several: a heavy accent outline and a check mark, not colour alone. */
  setSelected(selected: boolean): this {
    this.selected = selected;
    this.refresh();
    return this;
  }

  setLabel(label: string): this {
    this.label.setText(label);
    return this;
  }

  /** `null` enables; a string disables and is shown as the reason. */
  setDisabledReason(reason: string | null): this {
    this.disabledReason = reason;
    this.refresh();
    return this;
  }

  activate(): void {
    if (this.enabled) this.onActivate();
  }

  onPointerFocus(listener: () => void): void {
    onPointerFocus(this, listener);
  }

  override destroy(fromScene?: boolean): void {
    this.tooltip?.destroy(fromScene);
    super.destroy(fromScene);
  }

  private states(): string[] {
    const out: string[] = [];
    if (this.focused) out.push('focused');
    if (!this.enabled) out.push('disabled');
    if (this.selected) out.push('selected');
    return out;
  }

  private refresh(): void {
    const { buttonWidth: w, buttonHeight: h } = this;
    const r = BUTTON.radius;
    const g = this.face;
    const enabled = this.enabled;
    g.clear();
    if (this.focused) {
      const ring = BUTTON.focusRing;
      g.lineStyle(ring, PALETTE.focus, 1);
      g.strokeRoundedRect(-ring, -ring, w + ring * 2, h + ring * 2, r + ring);
    }
    let fill: number = PALETTE.surfaceRaised;
    if (!enabled) fill = PALETTE.surface;
    else if (this.pointer.pressed) fill = PALETTE.surface;
    else if (this.pointer.hovered || this.focused) fill = PALETTE.surfaceHover;
    g.fillStyle(fill, 1);
    g.fillRoundedRect(0, 0, w, h, r);
    g.lineStyle(1, enabled ? PALETTE.ruleStrong : PALETTE.rule, 1);
    g.strokeRoundedRect(0.5, 0.5, w - 1, h - 1, r);
    if (this.selected) {
      g.lineStyle(3, PALETTE.accent, 1);
      g.strokeRoundedRect(1.5, 1.5, w - 3, h - 3, r);
      g.fillStyle(PALETTE.accent, 1);
      g.fillCircle(w - GAP * 2, h / 2, 5);
    }
    if (this.primary && enabled) {
      g.fillStyle(PALETTE.accent, 1);
      g.fillRect(0, GAP, 4, h - GAP * 2);
    }
    if (this.chip) {
      const cx = GAP * 3;
      const size = GAP * 3;
      g.lineStyle(1, enabled ? PALETTE.textDim : PALETTE.rule, 1);
      g.strokeRoundedRect(cx - size / 2 + 0.5, h / 2 - size / 2 + 0.5, size - 1, size - 1, 3);
      this.chip.setColor(css(enabled ? PALETTE.textMuted : PALETTE.textDim));
    }
    this.label.setColor(css(enabled ? PALETTE.text : PALETTE.textDim));
    this.setAlpha(enabled ? 1 : 0.85);
    if (this.input) this.input.cursor = enabled ? 'pointer' : 'not-allowed';

    const explain = !enabled && (this.pointer.hovered || this.focused) && this.disabledReason;
    if (explain) {
      const world = this.getWorldTransformMatrix();
      this.tooltip ??= new Tooltip(this.scene);
      this.tooltip.show(explain, world.tx, world.ty + h + GAP);
    } else {
      this.tooltip?.hide();
    }
  }
}
