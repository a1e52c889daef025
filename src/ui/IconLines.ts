import Phaser from 'phaser';
import { iconKey, whenIcon } from './icons';
import { addText } from './typography';

/** One line of a list: its text, and the move or event whose icon stands before it. */
export interface IconLine {
  text: string;
  icon?: string | null;
}

/**
 * A list of lines, each a text of its own, with an icon before the lines that have one (the world
 * events in the news and the report). Every text starts right of the icons' column, so an icon
 * never meets a word; a line that would pass `maxY` is cut, and the lines after it left out.
 */
export class IconLines {
  private readonly drawn: Phaser.GameObjects.GameObject[] = [];
  /** The height the lines took, from `y` to the foot of the last one. */
  height = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly x: number,
    private readonly y: number,
    private readonly width: number,
    private readonly style: Phaser.Types.GameObjects.Text.TextStyle,
    private readonly options: { iconSize: number; gap: number; maxY?: number; tint: number },
  ) {}

  /** Every object drawn, for a screen that shows or hides them together. */
  get objects(): readonly Phaser.GameObjects.GameObject[] {
    return this.drawn;
  }

  /** The lines shown, to leave them be when the same come again. */
  private shown = '';

  setLines(lines: readonly IconLine[]): this {
    const key = JSON.stringify(lines);
    if (key === this.shown) return this;
    this.shown = key;
    for (const o of this.drawn) o.destroy();
    this.drawn.length = 0;
    const { iconSize, gap, maxY = Number.POSITIVE_INFINITY } = this.options;
    const indent = lines.some((l) => l.icon) ? iconSize + 6 : 0;
    let y = this.y;
    for (const line of lines) {
      const text = addText(this.scene, this.x + indent, y, line.text, {
        ...this.style,
        wordWrap: { width: this.width - indent },
      });
      const lineH = text.height / Math.max(1, text.getWrappedText().length);
      const room = Math.floor((maxY - y) / lineH);
      if (room < 1) {
        text.destroy();
        break;
      }
      if (text.getWrappedText().length > room) text.setMaxLines(room);
      this.drawn.push(text);
      if (line.icon) this.addIcon(text, line.icon, y + Math.max(0, (lineH - iconSize) / 2));
      y += text.height + gap;
    }
    this.height = Math.max(0, y - gap - this.y);
    return this;
  }

  /** The icon before `text`, drawn as its texture arrives, shown and removed with the text. */
  private addIcon(text: Phaser.GameObjects.Text, id: string, top: number): void {
    whenIcon(text, id, () => {
      const { iconSize, tint } = this.options;
      const icon = this.scene.add
        .image(this.x, top, iconKey(id))
        .setOrigin(0, 0)
        .setDisplaySize(iconSize, iconSize)
        .setTint(tint)
        .setDepth(text.depth)
        .setAlpha(text.alpha)
        .setVisible(text.visible);
      this.drawn.push(icon);
      text.once(Phaser.GameObjects.Events.DESTROY, () => icon.destroy());
    });
  }
}
