/**
 * Layout constants in design pixels (the game is drawn at 1280×720 and scaled to fit).
 * Plain numbers only, no Phaser, so browser tests can import them to aim clicks.
 */
export const DESIGN = { width: 1280, height: 720 } as const;

/** Distance from the screen edge to any content. */
export const MARGIN = 48;
/** Base spacing unit; gaps are multiples of it. */
export const GAP = 8;

export const BUTTON = { width: 320, height: 52, radius: 6, focusRing: 3 } as const;

export const TITLE = {
  emblemY: 128,
  emblemRadius: 32,
  wordmarkY: 224,
  subtitleY: 288,
  subtitleWidth: 880,
  menuTop: 400,
  menuGap: GAP * 2,
  hintY: DESIGN.height - MARGIN,
} as const;

/** Top-left corner of title-menu button `index` (0-based). */
export function titleMenuButton(index: number): { x: number; y: number; w: number; h: number } {
  return {
    x: (DESIGN.width - BUTTON.width) / 2,
    y: TITLE.menuTop + index * (BUTTON.height + TITLE.menuGap),
    w: BUTTON.width,
    h: BUTTON.height,
  };
}

export const PLACEHOLDER = {
  headingY: MARGIN + GAP * 6,
  bodyY: MARGIN + GAP * 14,
  /** About 100 characters a line: longer lines are hard to read. */
  bodyWidth: 1000,
} as const;

/** Top-left corner of the Back button on every secondary screen. */
export const BACK_BUTTON = {
  x: MARGIN,
  y: DESIGN.height - MARGIN - BUTTON.height,
  w: 200,
  h: BUTTON.height,
} as const;

/** Centre of a rectangle, for aiming pointer events. */
export function centreOf(r: { x: number; y: number; w: number; h: number }): {
  x: number;
  y: number;
} {
  return { x: r.x + r.w / 2, y: r.y + r.h / 2 };
}
