import type Phaser from 'phaser';

/** Event a scene emits on `game.events` when it changed something outside input, tweens or the actor. */
export const KICK = 'precursor.render.kick';

const AFTER_INPUT_MS = 400;

/**
 * Draws a frame only when something may have changed: shortly after any input, while a tween
 * runs, or when a scene asks. A turn-based screen is still most of the time, and redrawing a
 * few hundred objects every frame costs a software-rendered browser most of its frame budget.
 * Skipped frames still run the update step (input, timers, tweens), only the drawing is left out;
 * the canvas keeps showing the last frame drawn.
 */
export function installRenderGate(game: Phaser.Game, host: Window): void {
  let until = 0;
  const kick = (ms = AFTER_INPUT_MS) => {
    until = Math.max(until, host.performance.now() + ms);
  };
  const events = ['pointermove', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'wheel', 'resize'];
  for (const type of events)
    host.addEventListener(type, () => kick(), { capture: true, passive: true });
  game.events.on(KICK, (ms?: number) => kick(ms));
  kick(2000);
  const fullStep = game.step.bind(game);
  game.step = (time: number, delta: number) => {
    if (time < until || tweening(game)) fullStep(time, delta);
    else game.headlessStep(time, delta);
  };
}

function tweening(game: Phaser.Game): boolean {
  const scenes = game.scene.scenes;
  for (let i = 0; i < scenes.length; i++) {
    const s = scenes[i];
    // The manager's own list, read without the copy getTweens() makes every frame.
    const active = (s?.tweens as unknown as { tweens?: unknown[] } | undefined)?.tweens;
    if (s?.sys.isActive() && active && active.length > 0) return true;
  }
  return false;
}

/** Asks for frames to be drawn for the next `ms` milliseconds. */
export function kickRender(scene: Phaser.Scene, ms?: number): void {
  scene.game.events.emit(KICK, ms);
}
