import Phaser from 'phaser';
import type { GameSession, ReplayViewer, Save, SaveStore } from '../view/session';
import { SCENE } from './keys';

export type SessionModule = typeof import('../view/session');

let loading: Promise<SessionModule> | null = null;
let loaded: SessionModule | null = null;

/**
 * The model, the statechart and the selectors arrive as a separate chunk, fetched once the title
 * has drawn, so the first frame waits only for Phaser and the scenes.
 */
export function loadSessionModule(): Promise<SessionModule> {
  loading ??= Promise.all([import('../view/session'), import('../view/planWorkers')]).then(
    ([m, workers]) => {
      // An expert AI decides in a Web Worker, so the page never waits on its planning.
      m.setPlanService(workers.workerPlanService());
      loaded = m;
      return m;
    },
  );
  return loading;
}

/** The session module if it has arrived, for screens that can only be reached after it has. */
export function loadedSessionModule(): SessionModule | null {
  return loaded;
}

const KEY = 'precursor.session';
const VIEWER = 'precursor.viewer';

const UNSAVED = 'precursor.unsavedGame';

/** A game left without being saved: what the title says about it, and the file E exports. */
export interface UnsavedGame {
  notice: string;
  fileName: string;
  json: string;
}

/**
 * Makes `session` the game in progress (stopping the old one); a new game also stops a replay. A
 * game left that could not be saved is kept for the title to offer as a file, until exported.
 */
export function setSession(scene: Phaser.Scene, session: GameSession | null): void {
  const old = scene.registry.get(KEY) as GameSession | undefined;
  const notice = old && old !== session ? old.saveNotice('E') : null;
  if (old && notice) {
    const view = old.shareView(pageAddress());
    const unsaved: UnsavedGame = {
      notice,
      fileName: `${view.fileStem}.json`,
      json: view.replayJson,
    };
    scene.registry.set(UNSAVED, unsaved);
  }
  old?.stop();
  scene.registry.set(KEY, session);
  if (session) scene.registry.set(VIEWER, null);
}

/**
 * Starts a live game and saves it after every turn under `saveId` (a new key unless a saved game
 * is being resumed). The date on a save comes from the page's clock, here, never from the model.
 */
export function startLiveGame(
  scene: Phaser.Scene,
  m: SessionModule,
  session: GameSession,
  saveId: string = newSaveId(),
): void {
  setSession(scene, session);
  const store = saveStore(m);
  if (store) session.autosave(store, saveId, () => new Date().toISOString());
  else session.markUnsaved('this game is not saved: this browser does not allow storage here');
}

export function currentSession(scene: Phaser.Scene): GameSession {
  const s = scene.registry.get(KEY) as GameSession | undefined;
  if (!s) throw new Error('no game in progress');
  return s;
}

export function sessionOfGame(game: Phaser.Game): GameSession | null {
  return (game.registry.get(KEY) as GameSession | undefined) ?? null;
}

/** The replay being viewed replaces any game in progress. */
export function setViewer(scene: Phaser.Scene, viewer: ReplayViewer | null): void {
  if (viewer) setSession(scene, null);
  scene.registry.set(VIEWER, viewer);
}

export function currentViewer(scene: Phaser.Scene): ReplayViewer | null {
  return (scene.registry.get(VIEWER) as ReplayViewer | undefined) ?? null;
}

export function viewerOfGame(game: Phaser.Game): ReplayViewer | null {
  return (game.registry.get(VIEWER) as ReplayViewer | undefined) ?? null;
}

/** The saves in this browser's storage, or null where the browser refuses storage. */
export function saveStore(m: SessionModule): SaveStore | null {
  try {
    return new m.SaveStore(window.localStorage);
  } catch {
    return null;
  }
}

function newSaveId(): string {
  const word = new Uint32Array(1);
  crypto.getRandomValues(word);
  return `${Date.now().toString(36)}-${(word[0] ?? 0).toString(36)}`;
}

/** The last game left unsaved, or null; `forget` once it has been exported. */
export function unsavedGame(scene: Phaser.Scene): UnsavedGame | null {
  return (scene.registry.get(UNSAVED) as UnsavedGame | undefined) ?? null;
}

export function forgetUnsavedGame(scene: Phaser.Scene): void {
  scene.registry.set(UNSAVED, null);
}

const PROBLEMS = 'precursor.saveProblems';

/** Keeps messages about unreadable saves until the Replay screen shows them. */
export function addSaveProblems(scene: Phaser.Scene, problems: readonly string[]): void {
  if (problems.length === 0) return;
  const held = (scene.registry.get(PROBLEMS) as string[] | undefined) ?? [];
  scene.registry.set(PROBLEMS, [...held, ...problems]);
}

export function takeSaveProblems(scene: Phaser.Scene): string[] {
  const held = (scene.registry.get(PROBLEMS) as string[] | undefined) ?? [];
  scene.registry.set(PROBLEMS, []);
  return held;
}

/** The page's address, for links that open a replay. */
export function pageAddress(): string {
  return window.location.href;
}

/**
 * Puts `text` on the clipboard. The answer says whether it worked; the clipboard is missing on
 * pages not served securely (a school's local address) and a browser may refuse it.
 */
export async function copyText(text: string): Promise<boolean> {
  const clipboard = navigator.clipboard;
  if (!clipboard) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Hands the player a file, the way a browser downloads one. */
export function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Scenes waiting for an AI side to finish deciding before moving on. */
const waiting = new WeakSet<Phaser.Scene>();

/**
 * The screen that comes next for where the statechart stands. While an AI side is still deciding
 * (in its worker), the screen on show stays until the decision has been played.
 */
export function nextScreen(scene: Phaser.Scene, session: GameSession): void {
  if (session.thinking) {
    if (waiting.has(scene)) return;
    waiting.add(scene);
    const stop = () => {
      waiting.delete(scene);
      unsubscribe();
    };
    const unsubscribe = session.subscribe(() => {
      if (session.thinking) return;
      stop();
      if (scene.sys.isActive()) nextScreen(scene, session);
    });
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, stop);
    return;
  }
  const phase = session.phase();
  if (phase === 'debrief') scene.scene.start(SCENE.debrief);
  else if (phase === 'report') scene.scene.start(SCENE.report);
  else {
    const side = session.sideToMove();
    if (session.seat === 'hotseat') scene.scene.start(SCENE.handover, { side });
    else scene.scene.start(SCENE.turn);
  }
}

/**
 * Opens a saved game from `scene`: it resumes where it was saved (a finished one at its debrief),
 * or, when this model would play it differently, the viewer shows what was recorded.
 */
export function resumeSave(scene: Phaser.Scene, m: SessionModule, save: Save): void {
  const opened = m.openSave(save);
  if (opened.kind === 'error') scene.scene.start(SCENE.replay, { message: opened.error });
  else if (opened.kind === 'view') {
    setViewer(scene, opened.viewer);
    scene.scene.start(SCENE.viewer);
  } else {
    const session = new m.GameSession(opened.choice, opened.played);
    startLiveGame(scene, m, session, save.id);
    if (session.finished && session.phase() === 'report') session.next();
    nextScreen(scene, session);
  }
}
