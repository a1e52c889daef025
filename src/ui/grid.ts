/**
 * The layout grid every screen places its regions on: twelve columns with gutters between them,
 * inside the screen's margins, and the footer's hint line at one height. Plain numbers only, no
 * Phaser, so browser tests can import it. A screen's layout is a set of named regions made here.
 */
import { DESIGN, GAP, MARGIN } from './layout';

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
