import Phaser from 'phaser';
import { motionReduced } from './comfort';
import { onKeyDown, takeKey } from './keyboard';
import { DESIGN } from './layout';
import { kickRender } from './renderGate';

/** The beats' pace: a beat starts every `STEP_MS`, and fades in over `FADE_MS`. */
export const REVEAL = { stepMs: 380, fadeMs: 320 } as const;

type Fading = Phaser.GameObjects.GameObject &
  Phaser.GameObjects.Components.Alpha &
  Phaser.GameObjects.Components.Visible;

/** What can fade in, and is shown now (hidden until its beat: a widget may reset its own alpha). */
const fades = (o: Phaser.GameObjects.GameObject): o is Fading =>
  typeof (o as Partial<Fading>).setAlpha === 'function' &&
  typeof (o as Partial<Fading>).setVisible === 'function' &&
  (o as Fading).visible;

/**
 * Shows a screen's parts in beats, one after another (the report: headline, turning points, why
 * deaths changed, the figures), each fading in. Any key or press shows everything at once, and
 * that key or press does nothing else (the press lands on a cover over the screen, the key is
 * kept from the screen's other listeners: call this before the screen binds its keys). With
 * reduced motion everything is there from the start. Returns whether the reveal is still running.
 */
export function revealInBeats(
  scene: Phaser.Scene,
  beats: readonly (readonly Phaser.GameObjects.GameObject[])[],
): { running: () => boolean } {
  const objects = beats.map((b) => b.filter(fades));
  if (motionReduced() || objects.every((b) => b.length === 0)) return { running: () => false };
  let running = true;
  const tweens: Phaser.Tweens.Tween[] = [];
  // Takes every press while the reveal runs: a press only ends it.
  const cover = scene.add
    .zone(0, 0, DESIGN.width, DESIGN.height)
    .setOrigin(0, 0)
    .setDepth(10_000)
    .setInteractive();
  const finish = () => {
    if (!running) return;
    running = false;
    for (const tween of tweens) tween.remove();
    for (const beat of objects) for (const o of beat) if (o.scene) o.setVisible(true).setAlpha(1);
    cover.destroy();
    offKeys();
    kickRender(scene);
  };
  const offKeys = onKeyDown(scene, (event) => {
    if (!running) return;
    takeKey(event);
    finish();
  });
  cover.on(Phaser.Input.Events.GAMEOBJECT_POINTER_DOWN, finish);
  objects.forEach((beat, i) => {
    for (const o of beat) o.setAlpha(0).setVisible(false);
    if (beat.length === 0) return;
    tweens.push(
      scene.tweens.add({
        targets: beat,
        alpha: 1,
        delay: i * REVEAL.stepMs,
        duration: REVEAL.fadeMs,
        ease: 'Cubic.easeOut',
        onStart: () => {
          for (const o of beat) if (o.scene) o.setVisible(true);
        },
      }),
    );
  });
  scene.time.delayedCall((objects.length - 1) * REVEAL.stepMs + REVEAL.fadeMs, finish);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, finish);
  kickRender(scene, (objects.length - 1) * REVEAL.stepMs + REVEAL.fadeMs + 100);
  return { running: () => running };
}
