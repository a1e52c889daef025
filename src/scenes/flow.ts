/** Where a game goes next: starting and resuming live games, and the screen for each phase. */
import Phaser from 'phaser';
import type { GameSession, Save, SaveStore } from '../app/index';
import { t } from '../words';
import { SCENE } from './keys';
import type { SessionModule } from './load';
import { setSession, setViewer } from './registry';

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
  else session.markUnsaved(t('app.save.noStorage'));
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
