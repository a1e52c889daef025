/**
 * The glossary as the game shows it: every entry of the teaching material's glossary, in
 * alphabetical order, cut into pages for the overlay; and which entry explains a card, an
 * indicator or a move on the turn and report screens.
 */
import { GLOSSARY, glossaryEntry, TERM_FOR_INDICATOR, TERM_FOR_MOVE } from '../core/teaching';
import type { Indicator, MoveType } from '../core/vocabulary';
import { language, t } from '../words';

/** One entry as the overlay lists it. */
export interface GlossaryItem {
  id: string;
  term: string;
  text: string;
}

/** Entries on one page of the overlay: two columns of seven. */
export const GLOSSARY_PER_PAGE = 14;

/** The entries in the language shown, sorted the last time it was asked for (they follow it). */
let sorted: { language: string; items: readonly GlossaryItem[] } | null = null;

/** Every entry in the language shown, in that language's alphabetical order. */
export function glossaryItems(): readonly GlossaryItem[] {
  const lng = language();
  if (sorted?.language !== lng) {
    const items = GLOSSARY.map(({ id, term, text }) => ({ id, term, text }));
    sorted = { language: lng, items: items.sort((a, b) => a.term.localeCompare(b.term, lng)) };
  }
  return sorted.items;
}

export function glossaryPageCount(perPage = GLOSSARY_PER_PAGE): number {
  return Math.max(1, Math.ceil(glossaryItems().length / perPage));
}

/** The page that holds entry `id` (0 when there is no such entry). */
export function glossaryPageOf(id: string, perPage = GLOSSARY_PER_PAGE): number {
  const at = glossaryItems().findIndex((g) => g.id === id);
  return at < 0 ? 0 : Math.floor(at / perPage);
}

/** What the overlay shows. */
export interface GlossaryView {
  /** The page shown, kept within the pages there are. */
  page: number;
  pages: number;
  items: (GlossaryItem & { marked: boolean })[];
  /** "Page 2 of 4 · Credibility – Forensic-science institute". */
  pageLabel: string;
}

/**
 * One page of the glossary. With `marked`, the entry a player asked about is picked out; with no
 * page given, the overlay opens on the page that holds it.
 */
export function glossaryView(
  page: number | null,
  marked: string | null = null,
  perPage = GLOSSARY_PER_PAGE,
): GlossaryView {
  const pages = glossaryPageCount(perPage);
  const wanted = page ?? (marked ? glossaryPageOf(marked, perPage) : 0);
  const at = Math.min(pages - 1, Math.max(0, wanted));
  const items = glossaryItems()
    .slice(at * perPage, (at + 1) * perPage)
    .map((g) => ({
      ...g,
      marked: g.id === marked,
    }));
  const span = items.length ? ` · ${items[0]?.term} – ${items.at(-1)?.term}` : '';
  return { page: at, pages, items, pageLabel: t('glossary.page', { n: at + 1, pages, span }) };
}

/** A glossary entry named on a screen: its id, for opening it, and its term, for the label. */
export interface TermRef {
  id: string;
  term: string;
}

function ref(id: string): TermRef {
  const entry = glossaryEntry(id);
  if (!entry) throw new Error(`no glossary entry ${id}`);
  return { id, term: entry.term };
}

/** The entry that explains a move's card or a played move. */
export function moveTerm(type: MoveType): TermRef {
  return ref(TERM_FOR_MOVE[type]);
}

/** The entry that explains an indicator. */
export function indicatorTerm(indicator: Indicator): TermRef {
  return ref(TERM_FOR_INDICATOR[indicator]);
}

/** The longest label the turn screen's Glossary button holds beside its key, in Latin letters. */
const BUTTON_LABEL_MAX = 28;

/** How wide a label sets, in Latin letters: a Chinese character (or full-width sign) takes two. */
export function labelWidth(label: string): number {
  return [...label].reduce((n, c) => n + (/[\u2e80-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0);
}

/**
 * What the turn screen's Glossary button says for the card in focus: "Glossary: Tariff", the
 * term without its spelled-out part ("KYC"), or the term alone where both would not fit.
 */
export function glossaryButtonLabel(term: string): string {
  const short = term.replace(/\s*[(（].*[)）]$/, '');
  const label = t('screen.turn.button.glossaryTerm', { term: short });
  return labelWidth(label) <= BUTTON_LABEL_MAX ? label : short;
}
