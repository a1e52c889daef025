/**
 * The fonts every page draws with, the game's own so its text looks alike on every machine:
 * Arimo for text and Cousine for captions and hints (SIL OFL 1.1, from the npm packages
 * @fontsource/arimo and @fontsource/cousine), their Latin subsets in regular and bold, and the
 * few Chinese characters of the language switch's label, cut from the Chinese font
 * (scripts/cjk-font.ts), for systems with no Chinese font. They are files of the build (data URLs
 * in the single-file build), fetched after the title's first frame so they do not hold it back;
 * until they have loaded, and for any character they lack, the font stacks (typography.ts) fall
 * back to the system's fonts, whose widths Arimo and Cousine share (Arial and Liberation Sans,
 * Courier New and Liberation Mono).
 */
import sansRegular from '@fontsource/arimo/files/arimo-latin-400-normal.woff2?url';
import sansBold from '@fontsource/arimo/files/arimo-latin-700-normal.woff2?url';
import monoRegular from '@fontsource/cousine/files/cousine-latin-400-normal.woff2?url';
import monoBold from '@fontsource/cousine/files/cousine-latin-700-normal.woff2?url';
import { NAME_CHARACTERS } from '../words/language';
import { CJK_FAMILY } from './cjkFont';

/** The Latin families, as the font stacks name them first. */
export const LATIN_FAMILY = { sans: 'Arimo', mono: 'Cousine' } as const;

/** Every Latin face the game draws with: a family's regular and bold weights. */
const LATIN_FACES: readonly { family: string; weight: string; address: string }[] = [
  { family: LATIN_FAMILY.sans, weight: '400', address: sansRegular },
  { family: LATIN_FAMILY.sans, weight: '700', address: sansBold },
  { family: LATIN_FAMILY.mono, weight: '400', address: monoRegular },
  { family: LATIN_FAMILY.mono, weight: '700', address: monoBold },
];

/** `chars` as a CSS unicode-range: the face is used for these characters only. */
const rangeOf = (chars: string): string =>
  [...chars].map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}`).join(', ');

/**
 * The language names' face, under the Chinese subset's family but for its own characters only,
 * so the whole subset still draws everything else once Chinese is shown.
 */
async function namesFace(): Promise<FontFace> {
  const { default: address } = await import('virtual:precursor-cjk-names');
  return new FontFace(CJK_FAMILY, `url(${address})`, { unicodeRange: rangeOf(NAME_CHARACTERS) });
}

let loading: Promise<boolean> | null = null;

/**
 * Loads every face once and adds them to the page together (so no screen is drawn with half of
 * them); true when they are ready to draw with, false if any could not load.
 */
export function loadPageFonts(fonts: FontFaceSet = document.fonts): Promise<boolean> {
  loading ??= Promise.all([
    ...LATIN_FACES.map((f) =>
      new FontFace(f.family, `url(${f.address})`, { weight: f.weight }).load(),
    ),
    namesFace().then((face) => face.load()),
  ]).then(
    (faces) => {
      for (const face of faces) fonts.add(face);
      return true;
    },
    () => false,
  );
  return loading;
}
