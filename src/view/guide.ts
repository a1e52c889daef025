/**
 * The guided first quarter: what to look at on the turn screen (the indicators, the cards and their
 * cost in political capital, the what-if, End turn), then on the first report (the headline, why
 * deaths changed, the rules). Each step names the part of the screen it points at; the scene
 * knows where that is, and `placeCallout` puts the step's panel beside it, never over it.
 */
import { t } from '../words';

export type GuideScreen = 'turn' | 'report';

export const GUIDE_STEPS = [
  { id: 'indicators', screen: 'turn' },
  { id: 'cards', screen: 'turn' },
  { id: 'preview', screen: 'turn' },
  { id: 'endTurn', screen: 'turn' },
  { id: 'headline', screen: 'report' },
  { id: 'deaths', screen: 'report' },
  { id: 'rules', screen: 'report' },
] as const satisfies readonly { id: string; screen: GuideScreen }[];

export type GuideTarget = (typeof GUIDE_STEPS)[number]['id'];

export interface GuideStepView {
  target: GuideTarget;
  /** "Guide 2 of 7". */
  counter: string;
  title: string;
  body: string;
  /** The Next button's label: the last step of a screen says where the guide goes on. */
  next: string;
  /** The step is the last of the whole guide. */
  last: boolean;
}

/** Step `index` of the guide, or null when it is past the end. */
export function guideStep(index: number): GuideStepView | null {
  const step = GUIDE_STEPS[index];
  if (!step) return null;
  const last = index === GUIDE_STEPS.length - 1;
  const nextOnScreen = GUIDE_STEPS[index + 1]?.screen === step.screen;
  const next = last ? 'done' : nextOnScreen ? 'next' : 'then';
  return {
    target: step.id,
    counter: t('screen.guide.counter', { n: index + 1, of: GUIDE_STEPS.length }),
    title: t(`screen.guide.${step.id}.title`),
    body: t(`screen.guide.${step.id}.body`),
    next: t('screen.guide.button.next', { context: next }),
    last,
  };
}

/** The steps of `screen` from `index` on: the first step index of that screen at or after it. */
export function firstStepOn(screen: GuideScreen, from: number): number {
  const at = GUIDE_STEPS.findIndex((s, i) => i >= from && s.screen === screen);
  return at < 0 ? GUIDE_STEPS.length : at;
}

/** Whether step `index` belongs on `screen`. */
export function stepIsOn(screen: GuideScreen, index: number): boolean {
  return GUIDE_STEPS[index]?.screen === screen;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/**
 * Where a callout of `size` goes beside `target` inside `bounds`: right of it, then left, below,
 * above, each slid along the target's edge to stay inside the bounds; the first that fits and
 * does not touch the target. When none fits, the corner of the bounds farthest from the target.
 */
export function placeCallout(
  target: Box,
  size: { w: number; h: number },
  bounds: Box,
  gap = 12,
): Box {
  const { w, h } = size;
  const slideY = (y: number) => clamp(y, bounds.y, bounds.y + bounds.h - h);
  const slideX = (x: number) => clamp(x, bounds.x, bounds.x + bounds.w - w);
  const tries: Box[] = [
    { x: target.x + target.w + gap, y: slideY(target.y), w, h },
    { x: target.x - gap - w, y: slideY(target.y), w, h },
    { x: slideX(target.x), y: target.y + target.h + gap, w, h },
    { x: slideX(target.x), y: target.y - gap - h, w, h },
  ];
  const inside = (b: Box) =>
    b.x >= bounds.x &&
    b.y >= bounds.y &&
    b.x + b.w <= bounds.x + bounds.w &&
    b.y + b.h <= bounds.y + bounds.h;
  const fit = tries.find((b) => inside(b) && !overlaps(b, target));
  if (fit) return fit;
  const corners: Box[] = [
    { x: bounds.x, y: bounds.y, w, h },
    { x: bounds.x + bounds.w - w, y: bounds.y, w, h },
    { x: bounds.x, y: bounds.y + bounds.h - h, w, h },
    { x: bounds.x + bounds.w - w, y: bounds.y + bounds.h - h, w, h },
  ];
  const centre = (b: Box) => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 });
  const t0 = centre(target);
  const far = (b: Box) => {
    const c = centre(b);
    return (c.x - t0.x) ** 2 + (c.y - t0.y) ** 2;
  };
  return corners.reduce((a, b) => (far(b) > far(a) ? b : a));
}
