/**
 * Every key the game answers to, screen by screen, declared once: the scenes read their bindings
 * here, and `tests/view/keys.test.ts` fails when two bindings of one screen share a key or a scene
 * reads a key that is not declared here. No imports, so the title's first frame can carry it.
 *
 * A key is a `KeyboardEvent.key`: letters in lower case (they match in either case), the rest as
 * the browser names them. Moving between buttons (Tab, arrows, Space, Enter on the focused one,
 * Esc back) is `FocusList`'s (src/ui/FocusList.ts), the same on every screen.
 */

/** The cards of a hand: 1–9, 0, then Q–Y (at most sixteen cards a side). */
export const CARD_KEYS = [
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  '0',
  'q',
  'w',
  'e',
  'r',
  't',
  'y',
] as const;

/**
 * The rules a report lists (at most REPORT.maxRules), in order: A–F, H, I. G is left out: it opens
 * the glossary on every screen that has one.
 */
export const RULE_KEYS = ['a', 'b', 'c', 'd', 'e', 'f', 'h', 'i'] as const;

/** Choosing the nth item of a short list. */
export const DIGIT_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

const HELP = '?';
/**
 * The settings panel, from every screen (the skeleton, `scenes/screen.ts`, answers it); no screen
 * binds it to anything else (a test keeps it so), and the panel closes with it.
 */
export const SETTINGS_KEY = ',';
/** The guided first quarter's Next and Skip, on the turn and the report. */
const GUIDE = { guideNext: 'n', guideSkip: 'k' } as const;
const SHARE = 's';
const PRINT = 'p';
/** The glossary overlay: reserved for it on the screens below that declare it. */
const GLOSSARY = 'g';

export const KEYS = {
  title: { choose: DIGIT_KEYS },
  /** The line beneath the title that offers the last saved game (it runs with the title). */
  resumeOffer: { resume: 'r', exportUnsaved: 'e' },
  /** Enter starts from anywhere on Setup (Space presses the focused choice); C opens the classroom options. */
  setup: { glossary: GLOSSARY, start: 'Enter', classroom: 'c' },
  /** Typing a seed on the setup screen. */
  setupSeed: {
    digits: ['0', ...DIGIT_KEYS],
    erase: 'Backspace',
    confirm: 'Enter',
    cancel: 'Escape',
  },
  briefing: { print: PRINT },
  handover: { print: PRINT },
  turn: {
    cards: CARD_KEYS,
    accept: 'a',
    decline: 'd',
    offer: 'o',
    endTurn: 'Enter',
    share: SHARE,
    facilitator: 'f',
    sound: 'm',
    help: HELP,
    glossary: GLOSSARY,
    ...GUIDE,
  },
  report: { rules: RULE_KEYS, share: SHARE, help: HELP, glossary: GLOSSARY, ...GUIDE },
  debrief: {
    share: SHARE,
    print: PRINT,
    help: HELP,
    glossary: GLOSSARY,
    questionnaire: 'q',
    nextPage: [']', 'PageDown'],
    previousPage: ['[', 'PageUp'],
  },
  help: { close: ['Escape', HELP] },
  settings: {
    close: ['Escape', SETTINGS_KEY],
    contrast: 'h',
    text: 't',
    motion: 'r',
    sound: 'm',
    guide: 'u',
    language: 'l',
    textView: 'v',
  },
  glossary: {
    close: [GLOSSARY, HELP],
    nextPage: [']', 'PageDown', 'ArrowRight'],
    previousPage: ['[', 'PageUp', 'ArrowLeft'],
    print: PRINT,
  },
  questionnaire: {
    /** An option by its letter, or by its number. */
    options: ['a', 'b', 'c', 'd', 'e', 'f'],
    numbers: DIGIT_KEYS,
    next: 'Enter',
    previous: 'PageUp',
    skip: 'Escape',
    print: PRINT,
  },
  facilitator: { events: DIGIT_KEYS, close: 'f' },
  offer: { within: DIGIT_KEYS, confirm: 'Enter', withdraw: 'x' },
  share: { copy: 'c', replayFile: 'j', csv: 'v' },
  replay: { importFile: 'i', classResults: 'c', nextPage: ']', previousPage: '[' },
  classResults: {
    sort: DIGIT_KEYS,
    /** With Ctrl or ⌘. */
    show: 'Enter',
    csv: 'c',
    print: PRINT,
    importFile: 'i',
    discussion: 'd',
    answers: 'b',
    nextPage: ']',
    previousPage: '[',
  },
  viewer: {
    next: 'ArrowRight',
    previous: 'ArrowLeft',
    first: 'Home',
    last: 'End',
    play: 'p',
    faster: ['+', '='],
    slower: '-',
    takeOver: 't',
    share: SHARE,
    help: HELP,
    rules: RULE_KEYS,
    glossary: GLOSSARY,
  },
  /** The replay viewer's "take over as" dialog. */
  viewerTakeOver: { seat: ['1', '2', '3'], cancel: 'Escape' },
  howItWorks: { nextPage: 'PageDown', previousPage: 'PageUp', teachers: 't' },
  teachers: {},
  /** An online seat: its hand, the turn, the other side's offer. */
  seat: { cards: CARD_KEYS, endTurn: 'Enter', accept: 'a', decline: 'd', offer: 'o' },
} as const;

export type Screen = keyof typeof KEYS;

/** A key as the map writes it: one character in lower case, a named key as it is. */
export function normalKey(key: string): string {
  return key.length === 1 ? key.toLowerCase() : key;
}

/** True when `event` is the key, or one of the keys, of a binding. */
export function pressed(event: { key: string }, binding: string | readonly string[]): boolean {
  return keyIndex(event, typeof binding === 'string' ? [binding] : binding) >= 0;
}

/** Which key of a list binding (cards, rules, digits) `event` is, or -1. */
export function keyIndex(event: { key: string }, keys: readonly string[]): number {
  const key = normalKey(event.key);
  return keys.findIndex((k) => normalKey(k) === key);
}

/** The keys of one screen that more than one binding uses: none, or the map is wrong. */
export function collisions(bindings: Record<string, string | readonly string[]>): string[] {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const [name, binding] of Object.entries(bindings))
    for (const key of typeof binding === 'string' ? [binding] : binding) {
      const k = normalKey(key);
      const first = seen.get(k);
      if (first !== undefined) clashes.push(`${k}: ${first} and ${name}`);
      else seen.set(k, name);
    }
  return clashes;
}
