/**
 * The app layer's chunk (src/app/index.ts) as the scenes reach it: fetched once the title has
 * drawn, so the first frame waits only for Phaser and the scenes. Scenes import src/app only as
 * types; its values come from here.
 */
export type SessionModule = typeof import('../app/index');

let loading: Promise<SessionModule> | null = null;
let loaded: SessionModule | null = null;

/**
 * The model, the statechart and the selectors arrive as a separate chunk, fetched once the title
 * has drawn, so the first frame waits only for Phaser and the scenes.
 */
export function loadSessionModule(): Promise<SessionModule> {
  loading ??= Promise.all([import('../app/index'), import('../work/plan')]).then(([m, workers]) => {
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
