import Phaser from 'phaser';

type Listener = (event: KeyboardEvent) => void;

/** The listeners each scene registered through `onKeyDown`, in order. */
const listeners = new WeakMap<Phaser.Scene, Set<Listener>>();
/** Keys pressed while a scene's restart was pending, to hand to the restarted scene. */
const held = new WeakMap<Phaser.Scene, KeyboardEvent[]>();

/**
 * The key event the browser delivered last. Phaser's keyboard queues every DOM key event until the
 * end of the frame and, on each new one, dispatches the whole queue again: keys that arrive
 * between two frames (a busy page, fast typing) would reach a listener more than once. The event
 * that just arrived is always the last in the queue.
 */
function newest(scene: Phaser.Scene): KeyboardEvent | undefined {
  const manager = scene.input.manager.keyboard as unknown as { queue?: KeyboardEvent[] } | null;
  const queue = manager?.queue;
  return queue?.[queue.length - 1];
}

/** Keys a listener took for itself: the listeners after it do not hear them. */
const taken = new WeakSet<KeyboardEvent>();

/**
 * Keeps `event` from the listeners registered after the one that calls this (a key that only
 * ends a reveal, and does not also press what the screen binds to it).
 */
export function takeKey(event: KeyboardEvent): void {
  taken.add(event);
}

/** Gives `event` to every listener of `scene`, or holds it if the scene is about to restart. */
function deliver(scene: Phaser.Scene, event: KeyboardEvent): void {
  const waiting = held.get(scene);
  if (waiting) {
    if (!waiting.includes(event)) waiting.push(event);
    return;
  }
  for (const listener of [...(listeners.get(scene) ?? [])]) {
    if (taken.has(event)) return;
    listener(event);
  }
}

/**
 * Calls `listener` exactly once for every key pressed while `scene` takes input, until the scene
 * shuts down or the returned function is called. Every keyboard handler in the game goes through
 * here (a test keeps it so).
 */
export function onKeyDown(scene: Phaser.Scene, listener: Listener): () => void {
  const keyboard = scene.input.keyboard;
  if (!keyboard) return () => {};
  let own = listeners.get(scene);
  if (!own) {
    // One Phaser handler per scene hands each new event to all of the scene's listeners.
    own = new Set();
    listeners.set(scene, own);
    const handler = (event: KeyboardEvent) => {
      if (event === newest(scene)) deliver(scene, event);
    };
    keyboard.on('keydown', handler);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      keyboard.off('keydown', handler);
      listeners.delete(scene);
    });
  }
  const set = own;
  set.add(listener);
  return () => {
    set.delete(listener);
  };
}

/** Calls `action` once whenever `key` (a KeyboardEvent.key, letters in any case) is pressed. */
export function onKey(scene: Phaser.Scene, key: string, action: () => void): () => void {
  const wanted = key.toLowerCase();
  return onKeyDown(scene, (event) => {
    if (event.key.toLowerCase() === wanted) action();
  });
}

/**
 * Restarts `scene` with `data`. Phaser restarts a scene at the start of the next frame; keys
 * pressed before then would reach the screen that is about to go (a dialog it opens vanishes with
 * it), so they are held and handed to the restarted screen, in order, as soon as it is built.
 */
export function restartScene(scene: Phaser.Scene, data?: object): void {
  if (!held.has(scene)) {
    held.set(scene, []);
    scene.events.once(Phaser.Scenes.Events.CREATE, () => {
      const waiting = held.get(scene) ?? [];
      held.delete(scene);
      for (const event of waiting) deliver(scene, event);
    });
  }
  scene.scene.restart(data);
}
