/**
 * What every printable page (briefs, the debrief, class results, the teaching material) is set
 * in: a book face for Latin text, and for Chinese the game's own subset (when the page that
 * opened it has loaded it) before the system's CJK faces.
 */
export const PRINT_FONT =
  'Georgia, "Times New Roman", "Precursor SC", "Noto Serif CJK SC", "Noto Sans CJK SC", "Songti SC", "SimSun", "Microsoft YaHei", serif';

/**
 * `html` with the game's Chinese subset declared in its head, at `fontAddress` (absolute, or a
 * data: URL in the single-file build), so the page prints the same characters the game shows even
 * where the system has no CJK font; `html` as it is when there is no address.
 */
export function withPrintFont(html: string, fontAddress: string | null): string {
  if (fontAddress === null) return html;
  const face = `<style>@font-face { font-family: "Precursor SC"; src: url("${fontAddress.replaceAll('"', '%22')}") format("woff2"); }</style>`;
  return html.replace('</head>', `${face}\n</head>`);
}
