/// <reference path="./worker-import.d.ts" />
/**
 * Runs core/ai/spread for the debrief without freezing the screen: in a Web Worker where the page
 * can start one, else on the page in small slices between frames.
 */
import {
  type Spread,
  type SpreadInput,
  type SpreadRun,
  spreadRun,
  summarise,
} from '../core/ai/spread';

export interface Computed {
  spread: Spread;
  /** 'worker' when a worker played the games; 'page' when they were played here in slices. */
  where: 'worker' | 'page';
}

/** Seeds played per slice on the page: a few milliseconds each, so frames keep coming. */
const SEEDS_PER_SLICE = 4;

/**
 * Plays `input` and hands the answer to `done`, once. Returns a function that stops the work (a
 * debrief left early); `done` is then never called.
 */
export function computeSpread(input: SpreadInput, done: (computed: Computed) => void): () => void {
  let stopped = false;
  let worker: Worker | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const onPage = () => {
    worker?.terminate();
    worker = null;
    if (stopped) return;
    const runs: SpreadRun[] = [];
    const slice = () => {
      timer = null;
      if (stopped) return;
      for (const seed of input.seeds.slice(runs.length, runs.length + SEEDS_PER_SLICE))
        runs.push(spreadRun(input, seed));
      if (runs.length < input.seeds.length) timer = setTimeout(slice, 0);
      else done({ spread: summarise(runs), where: 'page' });
    };
    timer = setTimeout(slice, 0);
  };

  const start = async () => {
    if (typeof Worker === 'undefined') return onPage();
    try {
      const { default: SpreadWorker } = await import('./spread.worker?worker');
      if (stopped) return;
      const w = new SpreadWorker({ name: 'spread' });
      worker = w;
      w.onmessage = (event: MessageEvent<Spread>) => {
        w.terminate();
        worker = null;
        if (!stopped) done({ spread: event.data, where: 'worker' });
      };
      w.onerror = (event) => {
        event.preventDefault();
        onPage();
      };
      w.onmessageerror = onPage;
      w.postMessage(input);
    } catch {
      onPage();
    }
  };
  void start();

  return () => {
    stopped = true;
    worker?.terminate();
    worker = null;
    if (timer !== null) clearTimeout(timer);
  };
}
