/**
 * The app layer's chunk (src/app/index.ts) as the scenes reach it: fetched once the title has
 * drawn, so the first frame waits only for Phaser and the scenes. Scenes import src/app only as
 * types; its values come from here.
 */
import { addEnglishWords } from '../words';

export type SessionModule = typeof import('../app/index');

let loading: Promise<SessionModule> | null = null;
let loaded: SessionModule | null = null;

/**
 * The model, the statechart, the selectors and the English words of every screen but the title's
 * arrive as separate chunks, fetched once the title has drawn, so the first frame waits only for
 * Phaser, the scenes and the title's words. Every way off the title waits for them.
 */
export function loadSessionModule(): Promise<SessionModule> {
  // The rest of the English words first: the model's modules may ask for words as they load.
  loading ??= import('../words/en/later')
    .then(({ EN_LATER }) => addEnglishWords(EN_LATER))
    .then(() => Promise.all([import('../app/index'), import('../work/plan')]))
    .then(([m, workers]) => {
      // An expert AI decides in a Web Worker, so the page never waits on its planning.
      m.setPlanService(workers.workerPlanService());
      loaded = m;
      return m;
    });
  return loading;
}

/** The session module if it has arrived, for screens that can only be reached after it has. */
export function loadedSessionModule(): SessionModule | null {
  return loaded;
}

/** The rooms' client (src/online), as the online class's screens reach it. */
export type OnlineModule = typeof import('../online/index');

let onlineLoading: Promise<OnlineModule> | null = null;

/**
 * The rooms' client with colyseus.js: a chunk of its own (counted apart by `npm run bench:web`),
 * fetched only when someone opens an online class or a join link.
 */
export function loadOnline(): Promise<OnlineModule> {
  onlineLoading ??= import('../online/index');
  return onlineLoading;
}
