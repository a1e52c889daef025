/**
 * The one colour table for the whole game.
 *
 * Hues are the Okabe–Ito set, chosen because its eight colours stay distinct under the common
 * forms of colour-vision deficiency. Neutrals are a dark slate ramp for the briefing-room look.
 * Meaning is never carried by colour alone: widgets pair colour with text, shape or position.
 */
export const OKABE_ITO = {
  black: 0x000000,
  orange: 0xe69f00,
  skyBlue: 0x56b4e9,
  bluishGreen: 0x009e73,
  yellow: 0xf0e442,
  blue: 0x0072b2,
  vermillion: 0xd55e00,
  reddishPurple: 0xcc79a7,
} as const;

const STANDARD = {
  // Neutrals, darkest first.
  background: 0x0b0f14,
  surface: 0x131a22,
  surfaceRaised: 0x1b2430,
  surfaceHover: 0x243041,
  rule: 0x2c3847,
  ruleStrong: 0x465569,
  textDim: 0x6b7a8c,
  textMuted: 0x9eabb9,
  text: 0xe8edf2,
  // Roles, all from Okabe–Ito.
  unitedStates: OKABE_ITO.skyBlue,
  china: OKABE_ITO.vermillion,
  accent: OKABE_ITO.orange,
  focus: OKABE_ITO.yellow,
  positive: OKABE_ITO.bluishGreen,
  caution: OKABE_ITO.reddishPurple,
  neutralSeries: OKABE_ITO.blue,
  // A change good or bad for the side played; always drawn with ▲▼ or a mark beside it.
  good: OKABE_ITO.bluishGreen,
  bad: OKABE_ITO.vermillion,
};

export type Palette = { [K in keyof typeof STANDARD]: number };

/**
 * High contrast: black ground, white text and strong rules, the dim greys lifted so every text
 * clears 7:1 on the background; the hues stay the Okabe–Ito set.
 */
const HIGH_CONTRAST: Palette = {
  ...STANDARD,
  background: 0x000000,
  surface: 0x000000,
  surfaceRaised: 0x141414,
  surfaceHover: 0x2a2a2a,
  rule: 0x9a9a9a,
  ruleStrong: 0xffffff,
  textDim: 0xc8c8c8,
  textMuted: 0xe6e6e6,
  text: 0xffffff,
  // The same two hues, lightened to clear 7:1 on black.
  good: 0x3ee0ad,
  bad: 0xff8a4c,
};

/** The colours in force; screens read them when they draw (`applyContrast` switches them). */
export const PALETTE: Palette = { ...STANDARD };

/** Switches the palette; screens drawn from now on use it. */
export function applyContrast(high: boolean): void {
  Object.assign(PALETTE, high ? HIGH_CONTRAST : STANDARD);
}

/** `0xe69f00` → `'#e69f00'`, for Text styles that want CSS strings. */
export function css(colour: number): string {
  return `#${colour.toString(16).padStart(6, '0')}`;
}
