import type Phaser from 'phaser';
import type { BriefView } from '../app/index';
import { cjkFontAddress } from '../ui/cjkFont';
import { Panel } from '../ui/Panel';
import { download } from '../ui/page';
import { css, PALETTE } from '../ui/palette';
import { addText, FONT, TYPE_SIZE } from '../ui/typography';
import { withPrintFont } from '../view/printStyle';
import { language } from '../words';

/**
 * Draws a side's confidential brief in a framed panel at (x, y), `width` wide. Returns the panel's
 * bottom edge.
 */
export function drawBrief(
  scene: Phaser.Scene,
  x: number,
  y: number,
  width: number,
  height: number,
  brief: BriefView,
): number {
  const panel = new Panel(scene, x, y, { width, height, caption: brief.title });
  let top = y + panel.contentTop;
  const inner = width - 32;
  for (const section of brief.sections) {
    const head = addText(scene, x + 16, top, section.heading, {
      fontFamily: FONT.mono,
      fontSize: `${TYPE_SIZE.tag}px`,
      fontStyle: 'bold',
      color: css(PALETTE.accent),
    });
    top += head.height + 2;
    const body = addText(scene, x + 16, top, section.text, {
      fontSize: `${TYPE_SIZE.small}px`,
      wordWrap: { width: inner },
      lineSpacing: 3,
    });
    top += body.height + 10;
  }
  return y + height;
}

/**
 * Opens a printable page in a new tab through a Blob URL; where the browser refuses a new tab
 * (a pop-up blocker), the page is downloaded as an .html file instead. A page in Chinese declares
 * the game's Chinese subset, which showing Chinese has loaded.
 */
export function openPrintable(page: string, fileName: string): void {
  const html = withPrintFont(page, language() === 'en' ? null : cjkFontAddress());
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
  const opened = window.open(url, '_blank');
  if (!opened) download(fileName, html, 'text/html');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
