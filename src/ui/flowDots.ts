/**
 * The goods moving along a link of the supply chain: evenly spaced dots that travel from the
 * link's start to its end at a speed that follows the flow, and are as large as the flow is wide.
 * A cut flow moves slowly in small dots; a full one quickly in large ones. Pure, for the widget
 * to draw (`ui/SupplyChain.ts`) and a test to check.
 */

export const FLOW_DOTS = {
  count: 5,
  /** Link lengths a second, at the smallest flow and at a full one. */
  minSpeed: 0.05,
  maxSpeed: 0.4,
  /** Radius in pixels, at the smallest flow and at a full one. */
  minRadius: 1.5,
  maxRadius: 4.5,
} as const;

export interface FlowDot {
  /** Where along the link, 0 at its start, 1 at its end. */
  at: number;
  radius: number;
}

const clamp01 = (v: number) => Math.max(0, Math.min(1, Number.isFinite(v) ? v : 0));

/** The link's speed in link lengths a second, for a flow of 0..1. */
export function flowSpeed(flow: number): number {
  const f = clamp01(flow);
  return FLOW_DOTS.minSpeed + (FLOW_DOTS.maxSpeed - FLOW_DOTS.minSpeed) * f;
}

/** The dots of a link carrying `flow` (0..1), `travelled` link lengths after they set out. */
export function flowDots(flow: number, travelled: number): FlowDot[] {
  const f = clamp01(flow);
  const radius = FLOW_DOTS.minRadius + (FLOW_DOTS.maxRadius - FLOW_DOTS.minRadius) * f;
  const n = FLOW_DOTS.count;
  const offset = ((travelled % 1) + 1) % 1;
  return Array.from({ length: n }, (_, i) => ({ at: (i / n + offset) % 1, radius }));
}
