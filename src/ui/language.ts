/**
 * The language on the page: the one a link asks for (`?lang=zh-CN`), else the one the player last
 * chose on this device; `<html lang>` and the page's address follow the language shown, so a link
 * the game makes from the address carries it. Codes only: which languages exist is the words'
 * business (src/words).
 */

const STORAGE_KEY = 'precursor.language';
const PARAM = 'lang';

/** The language a link or the remembered setting asks for, unchecked; null when neither does. */
export function wantedLanguage(
  search: string,
  storage: Pick<Storage, 'getItem'> | null,
): string | null {
  const linked = new URLSearchParams(search).get(PARAM);
  if (linked) return linked;
  try {
    return storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Remembers the player's choice; a page that cannot store keeps it for the visit. */
export function rememberLanguage(storage: Pick<Storage, 'setItem'> | null, code: string): void {
  try {
    storage?.setItem(STORAGE_KEY, code);
  } catch {
    // Not remembered: the language still holds until the page closes.
  }
}

/** `address` with `lang` set to `code`, or without it for the default language. */
export function addressIn(address: string, code: string, defaultCode = 'en'): string {
  const url = new URL(address);
  if (code === defaultCode) url.searchParams.delete(PARAM);
  else url.searchParams.set(PARAM, code);
  return url.toString();
}

/** Marks the page as written in `code`: `<html lang>`, and `lang` in its address. */
export function markPage(code: string): void {
  document.documentElement.lang = code;
  const next = addressIn(window.location.href, code);
  if (next !== window.location.href) window.history.replaceState(window.history.state, '', next);
}

/** The page's storage, or null where it is out of reach (private mode, a sandboxed frame). */
export function pageStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
