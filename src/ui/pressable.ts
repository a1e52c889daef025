import Phaser from 'phaser';
import { type Described, markPressable } from './publish';

const POINTER_FOCUS = 'pointerfocus';

/** What the pointer is doing to a widget, for drawing it. */
export interface PointerState {
  hovered: boolean;
  /** The pointer went down on the widget and has not yet been released or left it. */
  pressed: boolean;
}

/**
 * Makes a container a width × height pointer target: moving onto it takes the focus (so mouse and
 * keyboard share one focus), and a press followed by a release on it activates it. A release whose
 * press began elsewhere, or a press dragged off and back, does nothing. `changed` runs after every
 * change of state, to redraw. `describe` says what it is (name, role, state): the screen publishes
 * it with the drawn box (see `publish.ts`), for the tests and the accessible layer.
 */
export function makePressable(
  target: Phaser.GameObjects.Container,
  width: number,
  height: number,
  changed: () => void,
  activate: () => void,
  describe: () => Described,
): PointerState {
  const state: PointerState = { hovered: false, pressed: false };
  markPressable(target, width, height, describe, {
    activate,
    focus: () => target.emit(POINTER_FOCUS),
  });
  // Phaser adds a container's display origin (half its size, once setSize is called) to the point
  // it tests; taking it off again keeps the target exactly the drawn box, whatever the size says.
  target.setInteractive({
    hitArea: new Phaser.Geom.Rectangle(0, 0, width, height),
    hitAreaCallback: (area: Phaser.Geom.Rectangle, x: number, y: number) =>
      Phaser.Geom.Rectangle.Contains(area, x - target.displayOriginX, y - target.displayOriginY),
    useHandCursor: true,
  });
  target.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OVER, () => {
    state.hovered = true;
    target.emit(POINTER_FOCUS);
    changed();
  });
  target.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OUT, () => {
    state.hovered = false;
    state.pressed = false;
    changed();
  });
  target.on(Phaser.Input.Events.GAMEOBJECT_POINTER_DOWN, () => {
    state.pressed = true;
    changed();
  });
  target.on(Phaser.Input.Events.GAMEOBJECT_POINTER_UP, () => {
    const wasPressed = state.pressed;
    state.pressed = false;
    changed();
    if (wasPressed) activate();
  });
  return state;
}

/** Subscribes to "the pointer moved onto this widget". */
export function onPointerFocus(target: Phaser.GameObjects.Container, listener: () => void): void {
  target.on(POINTER_FOCUS, listener);
}
