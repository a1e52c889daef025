import type Phaser from 'phaser';
import type { GameSession } from '../view/session';
import { SCENE } from './keys';

export type SessionModule = typeof import('../view/session');

let loading: Promise<SessionModule> | null = null;

/**
 * The model, the statechart and the selectors arrive as a separate chunk, fetched once the title
 * has drawn, so the first frame waits only for Phaser and the scenes.
 */
export function loadSessionModule(): Promise<SessionModule> {
  loading ??= import('../view/session');
  return loading;
}

const KEY = 'precursor.session';

export function setSession(scene: Phaser.Scene, session: GameSession | null): void {
  const old = scene.registry.get(KEY) as GameSession | undefined;
  old?.stop();
  scene.registry.set(KEY, session);
}

export function currentSession(scene: Phaser.Scene): GameSession {
  const s = scene.registry.get(KEY) as GameSession | undefined;
  if (!s) throw new Error('no game in progress');
  return s;
}

export function sessionOfGame(game: Phaser.Game): GameSession | null {
  return (game.registry.get(KEY) as GameSession | undefined) ?? null;
}

/** The screen that comes next for where the statechart stands. */
export function nextScreen(scene: Phaser.Scene, session: GameSession): void {
  const phase = session.phase();
  if (phase === 'debrief') scene.scene.start(SCENE.debrief);
  else if (phase === 'report') scene.scene.start(SCENE.report);
  else {
    const side = session.sideToMove();
    if (session.seat === 'hotseat') scene.scene.start(SCENE.handover, { side });
    else scene.scene.start(SCENE.turn);
  }
}
