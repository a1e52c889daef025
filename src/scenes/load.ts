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
