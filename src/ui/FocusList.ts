import Phaser from 'phaser';
import { onKeyDown } from './keyboard';
import { markFocusOrder } from './publish';

/** Anything the keyboard can move to and press: buttons, cards. */
export interface Focusable {
  setFocused(focused: boolean): void;
  /** Does the thing's action; a disabled thing ignores it (and says why on focus). */
  activate(): void;
  /** Subscribes to "the pointer moved onto me", so mouse and keyboard share one focus. */
  onPointerFocus(listener: () => void): void;
}

export interface FocusListOptions {
  /** Called on Escape or Backspace, e.g. to leave the screen. */
  onBack?: () => void;
  /** Number keys 1–9 press the item with that position. Default true. */
  numberKeys?: boolean;
  /** Index focused at the start. Default 0. */
  initial?: number;
  /** Enter is left to the screen (e.g. "end the turn"); Space still presses the focused item. */
  enterFree?: boolean;
  /** ← and → are left to the screen (e.g. stepping through a replay); ↑ ↓ and Tab still move. */
  arrowsFree?: boolean;
}

const NEXT_KEYS = new Set(['ArrowDown', 'ArrowRight']);
const PREV_KEYS = new Set(['ArrowUp', 'ArrowLeft']);
const ACTIVATE_KEYS = new Set(['Enter', ' ']);
const BACK_KEYS = new Set(['Escape', 'Backspace']);

/**
 * Keyboard navigation over an ordered set of widgets: arrows and Tab/Shift+Tab move the focus
 * (wrapping round), Enter or Space presses, 1–9 press directly, Escape goes back.
 * Disabled items stay focusable so their reason can be read; they just do nothing when pressed.
 */
export class FocusList {
  private index = 0;
  /** While true, keys are ignored (e.g. while a text field is being edited). */
  suspended = false;
  private readonly items: Focusable[];
  private readonly onKey = (event: KeyboardEvent) => this.handleKey(event);

  constructor(
    scene: Phaser.Scene,
    items: Focusable[],
    private readonly options: FocusListOptions = {},
  ) {
    const keyboard = scene.input.keyboard;
    if (!keyboard) throw new Error('FocusList needs the keyboard plugin (input.keyboard: true).');
    this.items = items;
    // Keep Tab and Space inside the game instead of moving browser focus or scrolling.
    keyboard.addCapture([
      Phaser.Input.Keyboard.KeyCodes.TAB,
      Phaser.Input.Keyboard.KeyCodes.SPACE,
      Phaser.Input.Keyboard.KeyCodes.BACKSPACE,
    ]);
    onKeyDown(scene, this.onKey);
    items.forEach((item, i) => {
      item.onPointerFocus(() => this.focus(i));
      markFocusOrder(item, i);
    });
    this.focus(options.initial ?? 0);
  }

  get focusedIndex(): number {
    return this.index;
  }

  focus(index: number): void {
    const count = this.items.length;
    if (count === 0) return;
    this.index = ((index % count) + count) % count;
    this.items.forEach((item, i) => {
      item.setFocused(i === this.index);
    });
  }

  private handleKey(event: KeyboardEvent): void {
    const { key } = event;
    if (this.suspended) return;
    if (key === 'Enter' && this.options.enterFree) return;
    if ((key === 'ArrowLeft' || key === 'ArrowRight') && this.options.arrowsFree) return;
    if (key === 'Tab') {
      this.focus(this.index + (event.shiftKey ? -1 : 1));
    } else if (NEXT_KEYS.has(key)) {
      this.focus(this.index + 1);
    } else if (PREV_KEYS.has(key)) {
      this.focus(this.index - 1);
    } else if (ACTIVATE_KEYS.has(key)) {
      this.items[this.index]?.activate();
    } else if (BACK_KEYS.has(key)) {
      this.options.onBack?.();
    } else if (this.options.numberKeys !== false && /^[1-9]$/.test(key)) {
      const target = Number(key) - 1;
      if (target < this.items.length) {
        this.focus(target);
        this.items[target]?.activate();
      }
    }
  }
}
