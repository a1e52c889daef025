import { css, PALETTE } from './palette';
import { FONT } from './typography';

/**
 * Portrait on a phone or a small tablet: the 1280×720 game would be a strip a third of the screen
 * high, its words far too small to read. The page asks for the device to be turned instead, and
 * shows the game again as soon as it is (the browser's own orientation change, no reload: the
 * game keeps running underneath). It asks when the page is taller than wide and narrower than a
 * small tablet held sideways, so a desktop window is asked only when made that shape.
 */
export const TURN_QUERY = '(orientation: portrait) and (max-width: 900px)';

const style = () => `
#turn-device{display:none}
@media ${TURN_QUERY}{
#turn-device{display:flex;position:fixed;inset:0;z-index:2;flex-direction:column;align-items:center;justify-content:center;gap:28px;padding:32px;background:${css(PALETTE.background)};color:${css(PALETTE.text)};font:20px/1.5 ${FONT.sans};text-align:center}
#turn-device svg{width:120px;height:120px}
#game canvas{visibility:hidden}
}`;

/** A phone upright, an arrow round it, the phone on its side: drawn here, in the game's colours. */
const picture = () => `<svg viewBox="0 0 120 120" aria-hidden="true" focusable="false">
<rect x="22" y="18" width="34" height="60" rx="6" fill="none" stroke="${css(PALETTE.textMuted)}" stroke-width="4"/>
<rect x="44" y="70" width="60" height="34" rx="6" fill="none" stroke="${css(PALETTE.accent)}" stroke-width="4"/>
<path d="M70 20a34 34 0 0 1 30 34" fill="none" stroke="${css(PALETTE.accent)}" stroke-width="4" stroke-linecap="round"/>
<path d="M92 50l8 8 7-10" fill="none" stroke="${css(PALETTE.accent)}" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

export interface TurnPrompt {
  /** Puts the words in the language now shown (after a language switch). */
  refresh(): void;
  readonly element: HTMLElement;
}

/** Adds the prompt to the page; `words` gives its sentence in the language shown. */
export function installTurnPrompt(doc: Document, words: () => string): TurnPrompt {
  const sheet = doc.createElement('style');
  sheet.textContent = style();
  doc.head.append(sheet);
  const element = doc.createElement('div');
  element.id = 'turn-device';
  element.setAttribute('role', 'status');
  element.innerHTML = picture();
  const line = doc.createElement('p');
  element.append(line);
  doc.body.append(element);
  const refresh = () => {
    line.textContent = words();
  };
  refresh();
  return { refresh, element };
}
