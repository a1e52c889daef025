import Phaser from 'phaser';

type Listener = (event: KeyboardEvent) => void;

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

/**
 * Calls `listener` exactly once for every key pressed while `scene` takes input, until the scene
 * shuts down or the returned function is called. Every keyboard handler in the game goes through
 * here (a test keeps it so).
 */
export function onKeyDown(scene: Phaser.Scene, listener: Listener): () => void {
  const keyboard = scene.input.keyboard;
  if (!keyboard) return () => {};
  const handler = (event: KeyboardEvent) => {
    if (event === newest(scene)) listener(event);
  };
  keyboard.on('keydown', handler);
  const off = () => {
    keyboard.off('keydown', handler);
  };
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, off);
  return off;
}

/** Calls `action` once whenever `key` (a KeyboardEvent.key, letters in any case) is pressed. */
export function onKey(scene: Phaser.Scene, key: string, action: () => void): () => void {
  const wanted = key.toLowerCase();
  return onKeyDown(scene, (event) => {
    if (event.key.toLowerCase() === wanted) action();
  });
}
