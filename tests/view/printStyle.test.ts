import { describe, expect, it } from 'vitest';
import { PRINT_FONT, withPrintFont } from '../../src/view/printStyle';

const PAGE =
  '<!doctype html><html lang="zh-CN"><head><title>x</title></head><body>休战</body></html>';

describe('the printable pages’ type', () => {
  it('declares the game’s Chinese subset when the page that opens them has it', () => {
    const html = withPrintFont(PAGE, 'http://127.0.0.1:4173/assets/precursor-sc-1.woff2');
    expect(html).toMatch(
      /<style>@font-face \{ font-family: "Precursor SC"; src: url\("http:\/\/127\.0\.0\.1:4173\/assets\/precursor-sc-1\.woff2"\) format\("woff2"\); \}<\/style>\n<\/head>/,
    );
    expect(PRINT_FONT).toContain('"Precursor SC"');
  });

  it('leaves a page as it is without one, and keeps a quote from closing the address', () => {
    expect(withPrintFont(PAGE, null)).toBe(PAGE);
    expect(withPrintFont(PAGE, 'data:font/woff2;base64,"x')).toContain(
      'url("data:font/woff2;base64,%22x")',
    );
  });
});
