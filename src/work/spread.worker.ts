/**
 * A dedicated worker that plays a scenario over many seeds (core/ai/spread) off the page's main
 * thread, so the debrief keeps drawing and answering keys while it runs. One request, one answer.
 */
import { type Spread, type SpreadInput, spread } from '../core/ai/spread';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SpreadInput>) => void) | null;
  postMessage(message: Spread): void;
};

scope.onmessage = (event) => scope.postMessage(spread(event.data));
