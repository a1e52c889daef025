import { applyContrast } from './palette';
import { applyTextSize } from './typography';

/**
 * The player's comfort settings: high contrast, larger text and reduced motion (chosen on the
 * settings panel, remembered in the page's storage; motion follows the system's
 * `prefers-reduced-motion` until the player chooses). The palette and type modules read them;
 * widgets that animate ask `motionReduced` first.
 */

export interface Comfort {
  highContrast: boolean;
  largeText: boolean;
  /** Reduced motion as chosen on the panel; absent: as the system asks. */
  reduceMotion?: boolean;
  /** Offer the guided first quarter: on until the guide is followed or skipped once. */
  guide: boolean;
  /**
   * The text view as chosen: the screen shown as a page of text and buttons (the accessible layer
   * made visible) in place of the drawing. Absent: on for a touch screen too small to read the
   * drawing on (a phone), off elsewhere.
   */
  textView?: boolean;
}

const STORAGE_KEY = 'precursor.comfort';

/** The settings as stored, or the defaults when nothing (or nothing readable) is stored. */
export function readComfort(storage: Pick<Storage, 'getItem'> | null): Comfort {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    const parsed = raw ? (JSON.parse(raw) as Partial<Comfort>) : {};
    return {
      highContrast: parsed.highContrast === true,
      largeText: parsed.largeText === true,
      ...(typeof parsed.reduceMotion === 'boolean' ? { reduceMotion: parsed.reduceMotion } : {}),
      guide: parsed.guide !== false,
      ...(typeof parsed.textView === 'boolean' ? { textView: parsed.textView } : {}),
    };
  } catch {
    return { highContrast: false, largeText: false, guide: true };
  }
}

/** Remembers `comfort`; a page that cannot store (private mode, full) keeps it for the visit. */
export function writeComfort(storage: Pick<Storage, 'setItem'> | null, comfort: Comfort): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(comfort));
  } catch {
    // Not remembered: the setting still holds until the page closes.
  }
}

const pageStorage = (): Storage | null => {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
};

/** True when the player's system asks for less motion. */
export function systemReducesMotion(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/**
 * True when motion is reduced (no tweens, values jump to where they go): as the player chose on
 * the settings panel, else as the system asks.
 */
export function motionReduced(): boolean {
  return comfort().reduceMotion ?? systemReducesMotion();
}

/**
 * The drawn screen's scale below which its words are too small to read (a phone: 0.54 held
 * sideways); a 1024×768 tablet draws at 0.8.
 */
const SMALL_SCALE = 0.6;

/** A touch screen on which the 1280×720 drawing comes out smaller than `SMALL_SCALE`. */
export function smallTouchScreen(): boolean {
  if (typeof window === 'undefined') return false;
  // The size first: the accessible layer asks after every frame drawn, and a screen of a size to
  // draw the game on needs no media query.
  if (Math.min(window.innerWidth / 1280, window.innerHeight / 720) >= SMALL_SCALE) return false;
  return (
    navigator.maxTouchPoints > 0 ||
    (typeof window.matchMedia === 'function' && window.matchMedia('(any-pointer: coarse)').matches)
  );
}

/** Whether the text view is on: as the player chose, else as the screen needs. */
export function textViewOn(c: Comfort = comfort()): boolean {
  return c.textView ?? smallTouchScreen();
}

/** The settings in force, read from storage once. */
let current: Comfort | null = null;

export function comfort(): Comfort {
  current ??= readComfort(pageStorage());
  return current;
}

/** Changes the settings and remembers them; screens drawn after this use them. */
export function setComfort(next: Comfort): void {
  current = { ...next };
  writeComfort(pageStorage(), current);
}

/** Puts the settings in force in the palette and the type sizes. */
export function applyComfort(c: Comfort = comfort()): void {
  applyContrast(c.highContrast);
  applyTextSize(c.largeText);
}
