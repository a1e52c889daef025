import Phaser from 'phaser';
import type { Focusable } from './FocusList';
import { GAP } from './layout';
import { css, PALETTE } from './palette';
import { makePressable, onPointerFocus, type PointerState } from './pressable';
import { addText, FONT, TYPE_SIZE } from './typography';

export interface CardOptions {
  title: string;
  /** What playing the card costs, e.g. political capital. */
  cost: number;
  /** Unit written after the cost, e.g. "PC". */
  costUnit?: string;
  /** One or two sentences on what the card does. */
  text: string;
  width?: number;
  height?: number;
  /** If set, the card cannot be chosen and the reason is printed on it. */
  disabledReason?: string | null;
  selected?: boolean;
  /** Called when the player presses an enabled card. */
  onActivate?: () => void;
}

export const CARD = { width: 220, height: 150, radius: 8, padding: GAP * 1.5 } as const;

/**
 * A move the player can choose: title, cost badge, short description, and its state.
 * Selected is shown by a heavy outline and a "SELECTED" tag; disabled by dimming and printing
 * the reason — never by colour alone. Positioned by its top-left corner.
 */
export class Card extends Phaser.GameObjects.Container implements Focusable {
  readonly cardWidth: number;
  readonly cardHeight: number;
  private readonly face: Phaser.GameObjects.Graphics;
  private readonly titleText: Phaser.GameObjects.Text;
  private readonly costText: Phaser.GameObjects.Text;
  private readonly bodyText: Phaser.GameObjects.Text;
  private readonly stateText: Phaser.GameObjects.Text;
  private readonly onActivate: (() => void) | undefined;
  private disabledReason: string | null;
  private selected: boolean;
  private focused = false;
  private readonly pointer: PointerState;

  constructor(scene: Phaser.Scene, x: number, y: number, options: CardOptions) {
    super(scene, x, y);
    this.cardWidth = options.width ?? CARD.width;
    this.cardHeight = options.height ?? CARD.height;
    this.disabledReason = options.disabledReason ?? null;
    this.selected = options.selected ?? false;
    this.onActivate = options.onActivate;
    const pad = CARD.padding;
    const inner = this.cardWidth - pad * 2;

    this.face = scene.add.graphics();
    this.costText = addText(
      scene,
      this.cardWidth - pad,
      pad,
      `${options.cost}${options.costUnit ? ` ${options.costUnit}` : ''}`,
      { fontFamily: FONT.mono, fontSize: `${TYPE_SIZE.small}px`, fontStyle: 'bold' },
    ).setOrigin(1, 0);
    this.titleText = addText(scene, pad, pad, options.title, {
      fontSize: `${TYPE_SIZE.label}px`,
      fontStyle: 'bold',
      wordWrap: { width: inner - this.costText.width - GAP },
    });
    const bodyTop = pad + Math.max(this.titleText.height, this.costText.height) + GAP;
    this.bodyText = addText(scene, pad, bodyTop, options.text, {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(PALETTE.textMuted),
      wordWrap: { width: inner },
      lineSpacing: 2,
    });
    this.stateText = addText(scene, pad, this.cardHeight - pad, '', {
      fontFamily: FONT.mono,
      fontSize: `${TYPE_SIZE.tag}px`,
      wordWrap: { width: inner },
    }).setOrigin(0, 1);
    this.add([this.face, this.titleText, this.costText, this.bodyText, this.stateText]);

    this.pointer = makePressable(
      this,
      this.cardWidth,
      this.cardHeight,
      () => this.refresh(),
      () => this.activate(),
    );
    this.refresh();
    scene.add.existing(this);
  }

  get enabled(): boolean {
    return this.disabledReason === null;
  }

  get isSelected(): boolean {
    return this.selected;
  }

  setSelected(selected: boolean): this {
    this.selected = selected;
    this.refresh();
    return this;
  }

  setDisabledReason(reason: string | null): this {
    this.disabledReason = reason;
    this.refresh();
    return this;
  }

  setFocused(focused: boolean): void {
    this.focused = focused;
    this.refresh();
  }

  activate(): void {
    if (this.enabled) this.onActivate?.();
  }

  onPointerFocus(listener: () => void): void {
    onPointerFocus(this, listener);
  }

  private refresh(): void {
    const { cardWidth: w, cardHeight: h } = this;
    const r = CARD.radius;
    const enabled = this.enabled;
    const g = this.face;
    g.clear();
    if (this.focused) {
      g.lineStyle(3, PALETTE.focus, 1);
      g.strokeRoundedRect(-4, -4, w + 8, h + 8, r + 4);
    }
    const fill = !enabled
      ? PALETTE.background
      : this.pointer.hovered || this.focused
        ? PALETTE.surfaceHover
        : PALETTE.surfaceRaised;
    g.fillStyle(fill, 1);
    g.fillRoundedRect(0, 0, w, h, r);
    if (this.selected) {
      g.lineStyle(3, PALETTE.accent, 1);
      g.strokeRoundedRect(1.5, 1.5, w - 3, h - 3, r);
    } else {
      g.lineStyle(1, enabled ? PALETTE.ruleStrong : PALETTE.rule, 1);
      g.strokeRoundedRect(0.5, 0.5, w - 1, h - 1, r);
    }
    // Cost badge, behind the cost text (whose origin is its top-right corner).
    const cost = this.costText;
    g.fillStyle(enabled ? PALETTE.background : PALETTE.surface, 1);
    g.fillRoundedRect(
      cost.x - cost.width - GAP,
      cost.y - GAP / 2,
      cost.width + GAP * 2,
      cost.height + GAP,
      4,
    );

    const textColour = css(enabled ? PALETTE.text : PALETTE.textDim);
    this.titleText.setColor(textColour);
    this.costText.setColor(css(enabled ? PALETTE.accent : PALETTE.textDim));
    this.bodyText.setColor(css(enabled ? PALETTE.textMuted : PALETTE.textDim));
    if (!enabled) {
      this.stateText.setText(`UNAVAILABLE: ${this.disabledReason}`).setColor(css(PALETTE.caution));
    } else if (this.selected) {
      this.stateText.setText('✓ SELECTED').setColor(css(PALETTE.accent));
    } else {
      this.stateText.setText('');
    }
    this.fitBody();
    if (this.input) this.input.cursor = enabled ? 'pointer' : 'not-allowed';
  }

  /** Drops whole lines from the end of the description so it never runs into the state line. */
  private fitBody(): void {
    const body = this.bodyText;
    body.setMaxLines(0);
    const lines = body.getWrappedText().length;
    if (lines === 0) return;
    const lineHeight = body.height / lines;
    const state = this.stateText;
    const bottom = state.text ? state.y - state.height - GAP / 2 : this.cardHeight - CARD.padding;
    const fits = Math.max(1, Math.floor((bottom - body.y) / lineHeight));
    if (fits < lines) body.setMaxLines(fits);
  }
}
