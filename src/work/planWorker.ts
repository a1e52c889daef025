/**
 * The Web Worker that makes an AI side's decisions off the page's main thread: the core's own
 * planner, on the position the page sends. The same position gives the same choice as in Node.
 */
import { aiPlan } from '../core/ai/planner';
import type { PlanMessage } from './plan';

self.onmessage = (event: MessageEvent<PlanMessage>) => {
  const { id, request } = event.data;
  try {
    const plan = aiPlan(
      request.state,
      request.side,
      request.policy,
      request.scenario,
      request.past,
    );
    self.postMessage({ id, plan });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
