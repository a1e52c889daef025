import Phaser from 'phaser';
import { t } from '../words';
import { loadCjkFont } from './cjkFont';
import type { Focusable } from './FocusList';
import { DESIGN } from './layout';
import { css, PALETTE } from './palette';
import { FONT } from './typography';

export interface DomFieldOptions {
  /** Read by screen readers; the placeholder shows when empty. */
  label: string;
  placeholder?: string;
  value?: string;
  readOnly?: boolean;
  /** Enter in the field. */
  onSubmit?: (value: string) => void;
  fontSize?: number;
  /** A box of several lines: Enter starts a new line and Ctrl+Enter submits. */
  multiline?: boolean;
}

/** Chinese, Japanese and Korean characters, and the full-width forms. */
const CJK_TEXT = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * Hands `text` to `show` once a font can draw it: at once for Latin text; Chinese waits for the
 * game's Chinese font (loaded once, as `showLanguage` does), so a placeholder never flashes as
 * empty boxes where the system has no Chinese font. Should the font fail, the system's fonts draw
 * it all the same.
 */
function showWhenDrawable(text: string, show: (text: string) => void): void {
  if (!CJK_TEXT.test(text)) show(text);
  else void loadCjkFont().then(() => show(text));
}

/**
 * A real text box laid over the canvas where the design puts it, so a player can paste, select and
 * copy as anywhere else. Its keys stay in the box (the game's shortcuts do not fire while typing);
 * Escape or Tab hands the keyboard back to the game. It is removed with its scene and hidden while
 * another scene covers it. Text is only ever set as a value, never as markup.
 */
export class DomField implements Focusable {
  readonly element: HTMLInputElement | HTMLTextAreaElement;
  private pointerFocus: (() => void) | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly rect: { x: number; y: number; w: number; h: number },
    private readonly options: DomFieldOptions,
  ) {
    const el = options.multiline
      ? document.createElement('textarea')
      : Object.assign(document.createElement('input'), { type: 'text' });
    el.value = options.value ?? '';
    showWhenDrawable(options.placeholder ?? '', (text) => {
      el.placeholder = text;
    });
    el.readOnly = options.readOnly ?? false;
    el.spellcheck = false;
    el.autocomplete = 'off';
    el.setAttribute('aria-label', options.label);
    Object.assign(el.style, {
      position: 'fixed',
      boxSizing: 'border-box',
      margin: '0',
      padding: options.multiline ? '0.4em 0.6em' : '0 0.6em',
      resize: 'none',
      border: `1px solid ${css(PALETTE.ruleStrong)}`,
      borderRadius: '6px',
      background: css(PALETTE.surface),
      color: css(PALETTE.text),
      fontFamily: FONT.mono,
      outline: 'none',
      zIndex: '10',
    });
    // Headless Chromium's software compositor draws an idle scrolling box as a white block
    // elsewhere on the page; the box scrolls only while it is being edited.
    const scrolls = (on: boolean) => {
      if (options.multiline) el.style.overflowY = on ? 'auto' : 'hidden';
    };
    scrolls(false);
    el.addEventListener('keydown', (e) => this.onKey(e as KeyboardEvent));
    el.addEventListener('focus', () => {
      scrolls(true);
      this.pointerFocus?.();
      this.setFocused(true);
      if (el.readOnly) el.select();
    });
    el.addEventListener('blur', () => {
      scrolls(false);
      this.setFocused(false);
    });
    document.body.append(el);
    this.element = el;
    this.place();
    const place = () => this.place();
    scene.scale.on(Phaser.Scale.Events.RESIZE, place);
    window.addEventListener('resize', place);
    const ev = Phaser.Scenes.Events;
    const hide = () => {
      el.style.display = 'none';
    };
    const show = () => {
      el.style.display = '';
      this.place();
    };
    scene.events.on(ev.PAUSE, hide);
    scene.events.on(ev.SLEEP, hide);
    scene.events.on(ev.RESUME, show);
    scene.events.on(ev.WAKE, show);
    scene.events.once(ev.SHUTDOWN, () => {
      scene.scale.off(Phaser.Scale.Events.RESIZE, place);
      window.removeEventListener('resize', place);
      scene.events.off(ev.PAUSE, hide);
      scene.events.off(ev.SLEEP, hide);
      scene.events.off(ev.RESUME, show);
      scene.events.off(ev.WAKE, show);
      el.remove();
    });
  }

  get value(): string {
    return this.element.value;
  }

  setValue(value: string): void {
    this.element.value = value;
  }

  setFocused(focused: boolean): void {
    const active = focused || document.activeElement === this.element;
    this.element.style.borderColor = css(active ? PALETTE.focus : PALETTE.ruleStrong);
    this.element.style.boxShadow = active ? `0 0 0 2px ${css(PALETTE.focus)}` : 'none';
  }

  /** Pressing it from the game's focus list puts the keyboard in the box. */
  activate(): void {
    this.element.focus();
  }

  onPointerFocus(listener: () => void): void {
    this.pointerFocus = listener;
  }

  private onKey(e: KeyboardEvent): void {
    // The game listens on the window: keep typing (Backspace, arrows, letters) out of it.
    e.stopPropagation();
    if (e.key === 'Enter' && this.options.multiline && !(e.ctrlKey || e.metaKey)) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      this.options.onSubmit?.(this.element.value);
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      this.element.blur();
    }
  }

  private place(): void {
    const canvas = this.scene.game.canvas;
    const box = canvas.getBoundingClientRect();
    const s = box.width / DESIGN.width;
    const { x, y, w, h } = this.rect;
    Object.assign(this.element.style, {
      left: `${box.left + x * s}px`,
      top: `${box.top + y * s}px`,
      width: `${w * s}px`,
      height: `${h * s}px`,
      fontSize: `${(this.options.fontSize ?? 15) * s}px`,
    });
  }
}

/**
 * A hidden file chooser owned by a scene: `open()` shows the browser's dialog, and the chosen
 * file's name and text are handed over. Removed with the scene.
 */
export class FilePicker {
  readonly element: HTMLInputElement;

  constructor(
    scene: Phaser.Scene,
    accept: string,
    onFile: (name: string, text: string) => void,
    onError: (message: string) => void,
    /** Larger files are refused before they are read. */
    maxBytes = Number.POSITIVE_INFINITY,
  ) {
    const el = document.createElement('input');
    el.type = 'file';
    el.accept = accept;
    el.style.display = 'none';
    el.setAttribute('aria-label', t('app.file.label'));
    el.addEventListener('change', () => {
      const file = el.files?.[0];
      el.value = '';
      if (!file) return;
      if (file.size > maxBytes) {
        onError(t('app.file.tooLarge', { name: file.name, kb: Math.round(maxBytes / 1024) }));
        return;
      }
      file.text().then(
        (text) => onFile(file.name, text),
        () => onError(t('app.file.unreadable', { name: file.name })),
      );
    });
    document.body.append(el);
    this.element = el;
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => el.remove());
  }

  open(): void {
    this.element.click();
  }
}
