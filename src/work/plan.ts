/// <reference path="./worker-import.d.ts" />
/**
 * The browser's plan service: one Web Worker, started when an expert first has to decide. The
 * served build loads it as a file of its own; the single-file build carries it inside (a blob,
 * scripts/build-single.ts). Loaded only by the page, never by Node.
 */
import type { Plan } from '../core/ai/planner';
import type { PastTurn } from '../core/ai/tournament';
import type { Scenario } from '../core/scenario';
import type { GameState } from '../core/state';
import type { Policy, Side } from '../core/vocabulary';
import PlanWorker from './planWorker.ts?worker';

/** What an AI side's decision is made from: the position, the scenario and the quarters played. */
export interface PlanRequest {
  state: GameState;
  side: Side;
  policy: Policy;
  scenario: Scenario;
  past: PastTurn[];
}

/** Makes decisions away from the page's main thread: a Web Worker in the browser. */
export type PlanService = (request: PlanRequest) => Promise<Plan>;

/** What the page posts to the planning worker. */
export interface PlanMessage {
  id: number;
  request: PlanRequest;
}

type Reply = { id: number; plan: Plan } | { id: number; error: string };

/** A plan service backed by a Web Worker, or null where the page has no workers. */
export function workerPlanService(): PlanService | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker | null = null;
  let broken = false;
  let next = 0;
  const waiting = new Map<number, { resolve: (plan: Plan) => void; reject: (e: Error) => void }>();
  const fail = (why: string) => {
    broken = true;
    for (const w of waiting.values()) w.reject(new Error(why));
    waiting.clear();
    worker?.terminate();
    worker = null;
  };
  const start = (): Worker => {
    const w = new PlanWorker({ name: 'planner' });
    w.onmessage = (event: MessageEvent<Reply>) => {
      const reply = event.data;
      const pending = waiting.get(reply.id);
      waiting.delete(reply.id);
      if ('plan' in reply) pending?.resolve(reply.plan);
      else pending?.reject(new Error(reply.error));
    };
    w.onerror = (event) => fail(`the planning worker failed: ${event.message}`);
    return w;
  };
  return (request) => {
    if (broken) return Promise.reject(new Error('the planning worker failed'));
    try {
      worker ??= start();
    } catch (e) {
      fail(String(e));
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
    const id = next++;
    const message: PlanMessage = { id, request };
    const target = worker;
    return new Promise<Plan>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      target.postMessage(message);
    });
  };
}
