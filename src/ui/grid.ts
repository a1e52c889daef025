/**
 * The layout grid every screen places its regions on: twelve columns with gutters between them,
 * inside the screen's margins, and the footer's hint line at one height. Plain numbers only, no
 * Phaser, so browser tests can import it. A screen's layout is a set of named regions made here.
 */
import { BUTTON, DESIGN, GAP, MARGIN } from './layout';

export interface Region {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export const GRID = {
  columns: 12,
  gutter: GAP * 3,
  /** Left and right edges of the content. */
  left: MARGIN,
  right: DESIGN.width - MARGIN,
  /** The baseline of every screen's footer hint line (it hangs from it). */
  hintY: DESIGN.height - GAP * 2,
  /** Where a screen's content ends, above the hint line. */
  bottom: DESIGN.height - GAP * 5,
} as const;

const columnWidth = (GRID.right - GRID.left - (GRID.columns - 1) * GRID.gutter) / GRID.columns;

/** The region from column `first` (0-based) spanning `span` columns, from `y` down `h`. */
export function columns(first: number, span: number, y: number, h: number): Region {
  return {
    x: Math.round(GRID.left + first * (columnWidth + GRID.gutter)),
    y,
    w: Math.round(span * columnWidth + (span - 1) * GRID.gutter),
    h,
  };
}

/** `r` shrunk by `by` on every side: where a panel's content goes. */
export function inset(r: Region, by: number): Region {
  return { x: r.x + by, y: r.y + by, w: r.w - 2 * by, h: r.h - 2 * by };
}

/** The part of `r` below `top` pixels from its top edge. */
export function below(r: Region, top: number): Region {
  return { x: r.x, y: r.y + top, w: r.w, h: r.h - top };
}

/** `r` cut into `count` rows of equal height with `gap` between them; row `index`. */
export function row(r: Region, index: number, count: number, gap = GAP): Region {
  const h = (r.h - (count - 1) * gap) / count;
  return { x: r.x, y: Math.round(r.y + index * (h + gap)), w: r.w, h: Math.round(h) };
}

/** A box of `w` × `h` centred on the screen. */
export function centred(w: number, h: number): Region {
  return { x: Math.round((DESIGN.width - w) / 2), y: Math.round((DESIGN.height - h) / 2), w, h };
}

/**
 * The debrief's regions: two charts and the cooperation band down the left, the scores, the
 * verdict and the timeline down the right, the buttons along the foot.
 */
export const DEBRIEF_LAYOUT = {
  deaths: { x: 24, y: 56, w: 620, h: 200 },
  headlineY: 262,
  relationship: { x: 24, y: 296, w: 620, h: 190 },
  /** The cooperation band: its caption at the left edge, its bars indented under the chart. */
  posture: { captionX: 24, x: 72, y: 506, w: 564 },
  scores: { x: 672, y: 56, step: 296 },
  verdict: { x: 672, y: 226, w: 584 },
  timeline: { x: 672, y: 310, w: 584, h: 316 },
  timelineCaptionY: 290,
  /** The buttons' line, left to right from `x`, with a gap between them, ending at the grid's foot. */
  buttons: { x: 24, y: GRID.bottom - BUTTON.height, gap: 16 },
  /** The save warning: above the buttons when the questionnaire's button is there, else beside. */
  unsavedAbove: { x: 24, y: GRID.bottom - BUTTON.height - 34, w: 620 },
  unsavedBeside: { x: 968, y: GRID.bottom - BUTTON.height / 2 },
} as const;

/**
 * The replay viewer's controls, below the quarter's moves and changes and left of the rules: the
 * warning, the bar of turns, two rows of buttons; the take-over dialog over them.
 */
export const VIEWER_LAYOUT = {
  controls: { x: 32, w: 768, warningY: 470, barY: 540, row1: 572, row2: 632, h: 48 },
  /** The screen before the first quarter: the scenario on the left, the replay on the right. */
  start: { x: 32, y: 64, w: 760, asideX: 812, asideW: 436 },
  /** The message beside the second row's buttons. */
  messageX: 584,
  takeOver: { x: 330, y: 180, w: 620, h: 360, seatStep: 58 },
} as const;

/**
 * A quarter's report, on the report screen and in the replay viewer: the moves played and the
 * events down the left, what changed in the middle (label, from → to, the change at the right
 * edge), the rules on the right (`REPORT` in ui/layout.ts), and a rule's evidence in a dialog.
 */
export const REPORT_BODY = {
  /** The quarter's headline and its other turning points, across the top. */
  head: { x: 32, y: 60, w: 1216, bottom: 138 },
  played: { x: 32, captionY: 146, y: 166, w: 360 },
  changes: { x: 420, captionY: 146, y: 168, step: 24, fromToX: 200, deltaRight: 380 },
  /** Why deaths changed, at the top of the right-hand column, above the rules. */
  deaths: { x: 812, captionY: 146, y: 166, w: 436, step: 22 },
  evidence: { x: 260, y: 120, w: 760, h: 420 },
} as const;
