/**
 * The game's own Latin fonts, so its text is drawn alike on every machine: Arimo for text and
 * Cousine for captions and hints (SIL OFL 1.1, from the npm packages @fontsource/arimo and
 * @fontsource/cousine), their Latin subsets in regular and bold, as woff2 files of the build
 * (data URLs in the single-file build). They are fetched after the title's first frame, so they
 * do not hold it back; until they have loaded, and for any character they lack, the font stacks
 * (typography.ts) fall back to the system's fonts, whose widths Arimo and Cousine share (Arial and
 * Liberation Sans, Courier New and Liberation Mono).
 */

import sansRegular from '@fontsource/arimo/files/arimo-latin-400-normal.woff2?url';
import sansBold from '@fontsource/arimo/files/arimo-latin-700-normal.woff2?url';
import monoRegular from '@fontsource/cousine/files/cousine-latin-400-normal.woff2?url';
import monoBold from '@fontsource/cousine/files/cousine-latin-700-normal.woff2?url';

/** The families, as the font stacks name them first. */
export const LATIN_FAMILY = { sans: 'Arimo', mono: 'Cousine' } as const;

/** Every face the game draws with: a family's regular and bold weights. */
const FACES: readonly { family: string; weight: string; address: string }[] = [
  { family: LATIN_FAMILY.sans, weight: '400', address: sansRegular },
  { family: LATIN_FAMILY.sans, weight: '700', address: sansBold },
  { family: LATIN_FAMILY.mono, weight: '400', address: monoRegular },
  { family: LATIN_FAMILY.mono, weight: '700', address: monoBold },
];

let loading: Promise<boolean> | null = null;

/**
 * Loads every face once and adds them to the page together (so no screen is drawn with half of
 * them); true when they are ready to draw with, false if any could not load.
 */
export function loadLatinFonts(fonts: FontFaceSet = document.fonts): Promise<boolean> {
  loading ??= Promise.all(
    FACES.map((f) => new FontFace(f.family, `url(${f.address})`, { weight: f.weight }).load()),
  ).then(
    (faces) => {
      for (const face of faces) fonts.add(face);
      return true;
    },
    () => false,
  );
  return loading;
}
