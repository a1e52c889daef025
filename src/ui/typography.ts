import type Phaser from 'phaser';
import { LATIN_FAMILY } from './pageFonts';
import { css, PALETTE } from './palette';
import { markHeading } from './publish';
import { breakLines, needsSegmentWrap } from './wrap';

/**
 * Chinese characters, which the Latin fonts lack: the game's subset of Noto Sans SC once Chinese
 * is shown and it has loaded (ui/cjkFont.ts), until then and beyond it the system's CJK fonts.
 */
const CJK =
  '"Precursor SC", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", "Droid Sans Fallback"';

/**
 * Latin text in the game's own fonts (ui/pageFonts.ts) once they have loaded, and until then in
 * the system's fonts of the same widths. Each character is drawn by the first font in the stack
 * that has it, so Chinese falls through to CJK.
 */
export const FONT = {
  sans: `${LATIN_FAMILY.sans}, Arial, "Liberation Sans", "Helvetica Neue", ${CJK}, sans-serif`,
  mono: `${LATIN_FAMILY.mono}, "Courier New", "Liberation Mono", "DejaVu Sans Mono", ${CJK}, monospace`,
} as const;

const STANDARD_SIZES = {
  wordmark: 96,
  heading: 40,
  subtitle: 22,
  body: 18,
  label: 16,
  small: 14,
  tag: 12,
};

/**
 * Larger text: the reading sizes (body, labels, the small text of panels) a pixel or two up, and
 * the captions and shortcut lines (`tag`) a pixel up too; headings and the wordmark are large
 * enough already.
 */
const LARGE_SIZES: typeof STANDARD_SIZES = {
  ...STANDARD_SIZES,
  subtitle: 24,
  body: 19,
  label: 17,
  small: 15,
  tag: 13,
};

/** The type sizes in force; screens read them when they draw (`applyTextSize` switches them). */
export const TYPE_SIZE: { [K in keyof typeof STANDARD_SIZES]: number } = { ...STANDARD_SIZES };

/** Switches the type sizes; screens drawn from now on use them. */
export function applyTextSize(large: boolean): void {
  Object.assign(TYPE_SIZE, large ? LARGE_SIZES : STANDARD_SIZES);
}

type TextStyle = Phaser.Types.GameObjects.Text.TextStyle;

/**
 * Text is rasterised to a texture and then scaled with the canvas. When the page shows the
 * 1280×720 game larger than that, or on a high-DPI screen, a 1× texture is magnified and blurs.
 * So we rasterise at (device pixels per design pixel), rounded up and capped to bound memory.
 */
export function textResolution(scene: Phaser.Scene): number {
  const cssPerDesign = 1 / scene.scale.displayScale.x;
  const devicePerDesign = cssPerDesign * (window.devicePixelRatio || 1);
  return Math.min(3, Math.max(1, Math.ceil(devicePerDesign - 0.05)));
}

type Metrics = { ascent: number; descent: number; fontSize: number };

/**
 * Font metrics per font, size and weight. Phaser measures them for every new Text by drawing to
 * a canvas and scanning its pixels; measuring each style once saves that work on every screen,
 * most of all on the title, whose first frame is timed.
 */
const metricsByFont = new Map<string, Metrics>();

/** Forgets the measured metrics: the fonts behind the stacks have changed (a font has loaded). */
export function forgetTextMetrics(): void {
  metricsByFont.clear();
}

/**
 * Wraps as Phaser does (at spaces), and text in Chinese, which has none, between its words
 * (ui/wrap.ts). Phaser calls it with the text to wrap, the Text's canvas set to its font.
 */
function wrapAnyScript(text: string, object: Phaser.GameObjects.Text): string {
  const width = object.style.wordWrapWidth ?? 0;
  if (!needsSegmentWrap(text))
    return object.style.wordWrapUseAdvanced
      ? object.advancedWordWrap(text, object.context, width)
      : object.basicWordWrap(text, object.context, width);
  const spacing = object.letterSpacing;
  const measure = (s: string) => object.context.measureText(s).width + s.length * spacing;
  return breakLines(text, width, measure).join('\n');
}

/** Adds a Text with the game's defaults (sans, body size, main text colour, crisp resolution). */
export function addText(
  scene: Phaser.Scene,
  x: number,
  y: number,
  content: string,
  style: TextStyle = {},
): Phaser.GameObjects.Text {
  const merged: TextStyle = {
    fontFamily: FONT.sans,
    fontSize: `${TYPE_SIZE.body}px`,
    color: css(PALETTE.text),
    resolution: textResolution(scene),
    ...style,
  };
  if (merged.wordWrap?.width && !merged.wordWrap.callback)
    merged.wordWrap = { ...merged.wordWrap, callback: wrapAnyScript };
  const key = `${merged.fontFamily}|${merged.fontSize}|${merged.fontStyle ?? ''}`;
  const known = metricsByFont.get(key);
  const text = scene.add.text(x, y, content, known ? { ...merged, metrics: known } : merged);
  if (!known) metricsByFont.set(key, text.getTextMetrics() as Metrics);
  return text;
}

/**
 * Shrinks a one-line `text` a pixel at a time until it is at most `width` wide, but not below
 * `floor` (the standard caption size, less one): a caption or a line of shortcuts that larger text
 * would push out of its panel or off the screen.
 */
export function fitToWidth(
  text: Phaser.GameObjects.Text,
  width: number,
  floor: number = STANDARD_SIZES.tag - 1,
): Phaser.GameObjects.Text {
  let size = Number.parseFloat(String(text.style.fontSize));
  while (text.width > width && size > floor) {
    size -= 1;
    text.setFontSize(size);
  }
  return text;
}

/** A small upper-case section caption, like a briefing paper's: one style on every screen. */
export function addCaption(
  scene: Phaser.Scene,
  x: number,
  y: number,
  text: string,
): Phaser.GameObjects.Text {
  const caption = addText(scene, x, y, text.toUpperCase(), {
    fontFamily: FONT.mono,
    fontSize: `${TYPE_SIZE.tag}px`,
    color: css(PALETTE.textMuted),
    letterSpacing: 2,
  });
  markHeading(caption);
  return caption;
}

/**
 * A line of keyboard shortcuts or a quiet note: small, dim, monospaced, hanging from its baseline
 * (centred on x unless the origin is changed). One style on every screen.
 */
export function addHint(
  scene: Phaser.Scene,
  x: number,
  y: number,
  text: string,
  size: number = TYPE_SIZE.tag,
): Phaser.GameObjects.Text {
  return addText(scene, x, y, text, {
    fontFamily: FONT.mono,
    fontSize: `${size}px`,
    color: css(PALETTE.textDim),
  }).setOrigin(0.5, 1);
}
