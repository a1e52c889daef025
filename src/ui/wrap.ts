/**
 * Line breaking for text written without spaces between words (Chinese): Phaser's own wrap breaks
 * only at spaces, so a Chinese sentence would run on as one line. Lines break between the words
 * `Intl.Segmenter` finds, a word wider than a line breaks between its characters, and closing
 * punctuation never starts a line (it stays with the word before it, as Chinese typesetting asks).
 */

/** Characters of the CJK scripts and their punctuation: text holding one is wrapped here. */
const CJK = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Punctuation that closes: it hangs at the end of a line rather than open the next. */
const CLOSING = /^[，。、；：！？）》」』】”’,.;:!?)\]%]/;

export function needsSegmentWrap(text: string): boolean {
  return CJK.test(text);
}

const words = new Intl.Segmenter('zh-CN', { granularity: 'word' });
const graphemes = new Intl.Segmenter('zh-CN', { granularity: 'grapheme' });

/** `segment` cut into pieces no wider than `width` (each at least one character). */
function cutToWidth(segment: string, width: number, measure: (s: string) => number): string[] {
  if (measure(segment) <= width) return [segment];
  const pieces: string[] = [];
  let piece = '';
  for (const { segment: c } of graphemes.segment(segment)) {
    if (piece !== '' && measure(piece + c) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += c;
  }
  return piece === '' ? pieces : [...pieces, piece];
}

/** The lines of `text` no wider than `width` (as `measure` finds it), its own line breaks kept. */
export function breakLines(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const { segment } of words.segment(paragraph)) {
      const overflows = measure((line + segment).trimEnd()) > width;
      if (line !== '' && (CLOSING.test(segment) || !overflows)) {
        line += segment;
        continue;
      }
      if (line !== '') lines.push(line.trimEnd());
      const pieces = cutToWidth(segment.trimStart(), width, measure);
      lines.push(...pieces.slice(0, -1));
      line = pieces.at(-1) ?? '';
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
