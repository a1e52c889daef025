import Phaser from 'phaser';
import { t } from '../words';
import type { Focusable } from './FocusList';
import { iconKey, whenIcon } from './icons';
import { GAP } from './layout';
import { css, PALETTE } from './palette';
import { makePressable, onPointerFocus, type PointerState } from './pressable';
import { addText, FONT, TYPE_SIZE } from './typography';

/** What a move card shows; a plain copy of the view model's card. */
export interface MoveCardState {
  key: string;
  title: string;
  cost: number;
  refusal: string | null;
  picked: boolean;
  /** The move type whose icon the card shows (`ui/icons.ts`); none, no icon. */
  icon?: string;
}

/** The icon's size at the card's lower left, and the room the cost takes at its lower right. */
const ICON = 24;
const COST_ROOM = 36;

/**
 * A compact move card for the turn screen: shortcut key, title, cost badge, and a bottom line that
 * says PICKED or why the move does not fit. Picked is a heavy outline plus the word; refused is
 * dimmed plus the reason: never colour alone. Redraws only when its state changes.
 */
export class MoveCard extends Phaser.GameObjects.Container implements Focusable {
  private readonly face: Phaser.GameObjects.Graphics;
  private readonly keyText: Phaser.GameObjects.Text;
  private readonly titleText: Phaser.GameObjects.Text;
  private readonly costText: Phaser.GameObjects.Text;
  private readonly stateText: Phaser.GameObjects.Text;
  private icon: Phaser.GameObjects.Image | null = null;
  private card: MoveCardState = { key: '', title: '', cost: 0, refusal: null, picked: false };
  private focused = false;
  private readonly pointer: PointerState;
  /** Called when the card gains focus, by keyboard or pointer. */
  onFocus: (() => void) | null = null;

  constructor(
    scene: Phaser.Scene,
    x: number,
    y: number,
    readonly cardWidth: number,
    readonly cardHeight: number,
    private readonly onActivate: () => void,
  ) {
    super(scene, x, y);
    const pad = GAP;
    this.face = scene.add.graphics();
    this.keyText = addText(scene, pad + 9, pad + 9, '', {
      fontFamily: FONT.mono,
      fontSize: `${TYPE_SIZE.tag}px`,
      fontStyle: 'bold',
    }).setOrigin(0.5, 0.5);
    // The cost sits at the foot, right of the state line, so the title has the card's width.
    this.costText = addText(scene, cardWidth - pad, cardHeight - pad + 2, '', {
      fontFamily: FONT.mono,
      fontSize: `${TYPE_SIZE.tag}px`,
      fontStyle: 'bold',
    }).setOrigin(1, 1);
    this.titleText = addText(scene, pad + 24, pad, '', {
      fontSize: `${TYPE_SIZE.tag + 1}px`,
      fontStyle: 'bold',
      wordWrap: { width: cardWidth - pad * 2 - 24 },
      lineSpacing: 1,
    }).setMaxLines(3);
    // At most two lines, left of the cost; a refusal's full reason is in the what-if panel.
    this.stateText = addText(scene, pad, cardHeight - pad + 2, '', {
      fontSize: '11px',
      wordWrap: { width: cardWidth - pad * 3 - COST_ROOM },
    }).setOrigin(0, 1);
    this.add([this.face, this.keyText, this.costText, this.titleText, this.stateText]);
    this.setSize(cardWidth, cardHeight);
    this.pointer = makePressable(
      this,
      cardWidth,
      cardHeight,
      () => this.redraw(),
      () => this.activate(),
      () => ({
        name: this.card.title,
        role: 'card',
        state: this.states(),
        description: [
          t('ui.card.cost', { cost: this.card.cost }),
          ...(this.card.refusal ? [t('ui.card.refused', { reason: this.card.refusal })] : []),
        ].join('. '),
      }),
    );
    scene.add.existing(this);
  }

  showCard(next: MoveCardState): this {
    const s = this.card;
    if (
      s.icon === next.icon &&
      s.key === next.key &&
      s.title === next.title &&
      s.cost === next.cost &&
      s.refusal === next.refusal &&
      s.picked === next.picked
    )
      return this;
    const iconChanged = s.icon !== next.icon;
    this.card = { ...next };
    if (iconChanged) this.showIcon(next.icon);
    this.keyText.setText(next.key.toUpperCase());
    this.titleText.setText(next.title);
    this.costText.setText(`${next.cost} PC`);
    this.redraw();
    return this;
  }

  /** The move's icon at the lower left, once its texture has arrived. */
  private showIcon(id: string | undefined): void {
    this.icon?.destroy();
    this.icon = null;
    if (!id) return;
    whenIcon(this, id, () => {
      if (this.card.icon !== id || this.icon) return;
      const pad = GAP;
      this.icon = this.scene.add
        .image(pad, this.cardHeight - pad + 1, iconKey(id))
        .setOrigin(0, 1)
        .setDisplaySize(ICON, ICON);
      this.add(this.icon);
      this.redraw();
    });
  }

  setFocused(focused: boolean): void {
    if (this.focused === focused) return;
    this.focused = focused;
    this.redraw();
    if (focused) this.onFocus?.();
  }

  activate(): void {
    this.onActivate();
  }

  onPointerFocus(listener: () => void): void {
    onPointerFocus(this, listener);
  }

  private states(): string[] {
    const out: string[] = [];
    if (this.focused) out.push('focused');
    if (this.card.picked) out.push('picked');
    if (this.card.refusal !== null) out.push('disabled');
    return out;
  }

  private redraw(): void {
    const { cardWidth: w, cardHeight: h } = this;
    const { refusal, picked } = this.card;
    const enabled = refusal === null;
    const g = this.face;
    g.clear();
    if (this.focused) {
      g.lineStyle(3, PALETTE.focus, 1);
      g.strokeRoundedRect(-3, -3, w + 6, h + 6, 9);
    }
    const fill = !enabled
      ? PALETTE.background
      : this.pointer.hovered || this.focused
        ? PALETTE.surfaceHover
        : PALETTE.surfaceRaised;
    g.fillStyle(fill, 1).fillRoundedRect(0, 0, w, h, 6);
    if (picked) {
      g.lineStyle(3, PALETTE.accent, 1).strokeRoundedRect(1.5, 1.5, w - 3, h - 3, 6);
    } else {
      g.lineStyle(1, enabled ? PALETTE.ruleStrong : PALETTE.rule, 1);
      g.strokeRoundedRect(0.5, 0.5, w - 1, h - 1, 6);
    }
    g.lineStyle(1, enabled ? PALETTE.textMuted : PALETTE.rule, 1);
    g.strokeRoundedRect(GAP + 0.5, GAP + 0.5, 18, 18, 3);
    const text = css(enabled ? PALETTE.text : PALETTE.textDim);
    this.keyText.setColor(text);
    this.titleText.setColor(text);
    this.costText.setColor(css(enabled ? PALETTE.accent : PALETTE.textDim));
    // A card that does not fit gives its icon's place to the reason why.
    const withIcon = this.icon !== null && enabled;
    this.icon?.setVisible(withIcon).setTint(picked ? PALETTE.accent : PALETTE.text);
    const indent = withIcon ? ICON + 6 : 0;
    this.stateText.setX(GAP + indent).setWordWrapWidth(w - GAP * 3 - COST_ROOM - indent);
    if (picked) this.stateText.setText(t('ui.card.picked')).setColor(css(PALETTE.accent));
    else if (refusal)
      this.stateText
        .setText(clip(this.stateText, `✗ ${refusal}`, 2))
        .setColor(css(PALETTE.caution));
    else this.stateText.setText('');
    // A title of three lines would meet a state of two: it gives way to two lines then.
    this.titleText.setMaxLines(this.stateText.getWrappedText().length > 1 ? 2 : 3);
    if (this.input) this.input.cursor = enabled ? 'pointer' : 'not-allowed';
  }
}

/** `text` cut with an ellipsis to what `label` wraps to in `lines` lines. */
function clip(label: Phaser.GameObjects.Text, text: string, lines: number): string {
  let out = text;
  while (out.length > 1 && label.getWrappedText(out).length > lines) out = `${out.slice(0, -2)}…`;
  return out;
}
