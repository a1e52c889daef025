/**
 * The Chinese font, loaded only when Chinese is shown: a subset of Noto Sans SC with just the
 * characters of the Chinese catalogues (built by scripts/cjk-font.ts). Until it has loaded, and for
 * any character it lacks, the font stacks (typography.ts) fall back to the system's CJK fonts.
 */

/** The subset's family name: not Noto's own, as the font's licence asks of a modified version. */
export const CJK_FAMILY = 'Precursor SC';

let loading: Promise<boolean> | null = null;
/** Where the subset was loaded from, absolute, once it has loaded. */
let loadedFrom: string | null = null;

/** The subset's absolute address once it has loaded (printable pages declare it), else null. */
export function cjkFontAddress(): string | null {
  return loadedFrom;
}

/** Loads the subset once; true when it is ready to draw with, false if it could not load. */
export function loadCjkFont(): Promise<boolean> {
  loading ??= (async () => {
    try {
      const { default: address } = await import('virtual:precursor-cjk-font');
      const face = await new FontFace(CJK_FAMILY, `url(${address})`).load();
      document.fonts.add(face);
      loadedFrom = new URL(address, document.baseURI).href;
      return true;
    } catch {
      return false;
    }
  })();
  return loading;
}
