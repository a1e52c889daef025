/**
 * What the scenes share through Phaser's registry: the game in progress or the replay on view, a
 * game left unsaved and messages about unreadable saves.
 */
import type Phaser from 'phaser';
import type { GameSession, ReplayViewer } from '../app/index';
import { pageAddress } from '../ui/page';

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
