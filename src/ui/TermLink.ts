import Phaser from 'phaser';
import { css, PALETTE } from './palette';
import { makePressable } from './pressable';
import { addText } from './typography';

type TextStyle = Phaser.Types.GameObjects.Text.TextStyle;

/**
 * A word or line that opens its glossary entry: text with a dotted underline, which brightens
 * under the pointer and activates on a press and release on it (the buttons' pointer behaviour).
 */
export class TermLink extends Phaser.GameObjects.Container {
  readonly label: Phaser.GameObjects.Text;
  private readonly line: Phaser.GameObjects.Graphics;
  private readonly colour: string;

  constructor(
    scene: Phaser.Scene,
    x: number,
    y: number,
    text: string,
    style: TextStyle,
    onActivate: () => void,
  ) {
    super(scene, x, y);
    this.colour = typeof style.color === 'string' ? style.color : css(PALETTE.text);
    this.label = addText(scene, 0, 0, text, style);
    this.line = scene.add.graphics();
    this.add([this.label, this.line]);
    const w = Math.ceil(this.label.width);
    const h = Math.ceil(this.label.height) + 3;
    const state = makePressable(
      this,
      w,
      h,
      () => this.draw(state.hovered),
      onActivate,
      () => ({ name: this.label.text, role: 'link', state: [] }),
    );
    this.draw(false);
    scene.add.existing(this);
  }

  private draw(hovered: boolean): void {
    const lines = this.label.getWrappedText().length || 1;
    const lineH = this.label.height / lines;
    const g = this.line.clear();
    g.fillStyle(hovered ? PALETTE.accent : PALETTE.textDim, 1);
    // A dotted rule under each line of the text.
    for (let l = 0; l < lines; l++) {
      const text = this.label.getWrappedText()[l] ?? '';
      const w = this.measure(text);
      for (let x = 0; x < w; x += 4) g.fillRect(x, (l + 1) * lineH, 2, 1);
    }
    this.label.setColor(hovered ? css(PALETTE.accent) : this.colour);
  }

  private measure(text: string): number {
    const ctx = this.label.context;
    const st = this.label.style;
    ctx.save();
    ctx.font = `${st.fontStyle} ${st.fontSize} ${st.fontFamily}`;
    const w = ctx.measureText(text).width;
    ctx.restore();
    return Math.min(w, this.label.width);
  }
}
