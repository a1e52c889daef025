import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Found, playerFiles, WORDS, wordsIn } from './outside';

/** Literals that read as words but are not interface text, each with the reason. */
const NOT_INTERFACE: readonly { file: RegExp; text: RegExp; reason: string }[] = [
  {
    file: /./,
    text: /^[\s\S]*\{[^{}]*[a-z-]+\s*:[^{}]*[;}]|^(left|top):\{\}px;|^\d+px solid \{\}$/,
    reason: 'CSS rules and inline styles, read by the browser',
  },
  {
    file: /^ui\/(typography|cjkFont|pageFonts)\.ts$/,
    text: /^(\{\}, )?("?[A-Z][\w ]*"?, )*"?[A-Z][\w ]*"?|Precursor SC/,
    reason: 'font family names, looked up by the browser',
  },
  {
    file: /^ui\/font-imports\.d\.ts$/,
    text: /^virtual:/,
    reason: 'a module id of the build',
  },
  {
    file: /^view\/printStyle\.ts$/,
    text: /^Georgia, "Times New Roman", "Precursor SC"/,
    reason: 'a CSS font stack: the names of typefaces',
  },
  {
    file: /^ui\/comfort\.ts$/,
    text: /^\(prefers-reduced-motion: reduce\)$/,
    reason: 'a media query',
  },
  {
    file: /^ui\/comfort\.ts$/,
    text: /^\(any-pointer: coarse\)$/,
    reason: 'a media query',
  },
  {
    file: /^ui\/turnDevice\.ts$/,
    text: /^\(orientation: portrait\) and \(max-width: \d+px\)$/,
    reason: 'a media query',
  },
  {
    file: /^view\/keys\.ts$/,
    text: /^\{\}: \{\} and \{\}$/,
    reason: 'a developer’s message: two bindings of one key, named by their code names',
  },
  {
    file: /^ui\/icons\.ts$/,
    text: /^data:image\//,
    reason: 'a data URL',
  },
  {
    file: /^scenes\//,
    text: /^(\.\w+,)+[\w/+-]+$/,
    reason: 'the file types a file picker accepts',
  },
  {
    file: /^scenes\//,
    text: /^column header$/,
    reason: 'an ARIA role, read by assistive technology in its own language',
  },
  {
    file: /^online\/teacher\.ts$/,
    text: /^Bearer \{\}$/,
    reason: 'an HTTP header value',
  },
  {
    file: /^view\/teachingDocs\.ts$/,
    text: /./,
    reason:
      'writes the repository’s docs/teaching pages (npm run teaching:docs), not shown in the game',
  },
  {
    file: /^core\/rules\.ts$/,
    text: /^(The \w+|CNN|Biden-Xi agreement explainer) \(/,
    reason: 'sources, cited by the title their publisher gave them',
  },
  {
    file: /^core\/teaching\.ts$/,
    text: /^npm run --silent (tournament|sim) -- --scenario /,
    reason:
      'the commands a teacher runs to check the notes’ figures, typed as they are in any language',
  },
  {
    file: /^core\/scenario\.ts$/,
    text: /^(Precursor scenario|A scenario for Precursor\. Check one with: npm run)/,
    reason: 'the title of the JSON Schema published for editors of scenario files',
  },
  {
    file: /^ui\/FocusList\.ts$|^scenes\/(registry|online\/module|TeachersScene|online\/SeatScene)\.ts$|^main\.ts$/,
    text: /^(FocusList needs|no game in progress|the online screens were opened|no teaching material for|index\.html must contain|no rooms$)/,
    reason:
      'a thrown error for a defect in the code, or caught and retried, never shown on a screen',
  },
  {
    file: /^view\/(glossary|setup)\.ts$|^core\/(moves\/index|resolve|replay|codes\/moves)\.ts$/,
    text: /^(no glossary entry|unknown scenario \{\}$|unknown move|makeReplay: |move ids must run)/,
    reason:
      'a thrown error for a defect in the code (a wrong id passed in), never shown on a screen',
  },
];

/**
 * Interface text not yet in the catalogues, by file: the count may only go down, and a file
 * leaves the list when its last string moves into `src/words`.
 */
const NOT_YET: Readonly<Record<string, number>> = {};

const unexplained = (found: Found[]): Found[] =>
  found.filter((f) => !NOT_INTERFACE.some((a) => a.file.test(f.file) && a.text.test(f.text)));

/** Every literal of the folders the player reads that reads as words. */
const FOUND: readonly Found[] = playerFiles().flatMap(wordsIn);

describe('interface text', () => {
  it('is written in the catalogues, not in the code', () => {
    const counts: Record<string, number> = {};
    const listed: string[] = [];
    for (const f of unexplained([...FOUND])) {
      counts[f.file] = (counts[f.file] ?? 0) + 1;
      if (!(f.file in NOT_YET)) listed.push(`${f.file}:${f.line}: ${f.text.slice(0, 80)}`);
    }
    // WORDS_OUTSIDE=<file> writes the counts there, for updating the list after moving words.
    const out = process.env.WORDS_OUTSIDE;
    if (out) writeFileSync(out, JSON.stringify(counts));
    expect(listed).toEqual([]);
    expect(counts).toEqual(NOT_YET);
  });

  it('is found by the pattern: a sentence, a label with a capital, a template around a number', () => {
    for (const text of [
      'Close · Esc',
      'Costs {} PC',
      'China’s chips {}',
      'tariff raised',
      'accepted: a deal',
      'CHINA’S COOPERATION (STATECHART)',
      'flow {}',
    ])
      expect(WORDS.test(text), text).toBe(true);
    for (const text of [
      'aria-label',
      'zh-CN',
      'move.setTariff.title',
      'screen.turn.{}',
      'PC',
      'translate({}px)',
    ])
      expect(WORDS.test(text), text).toBe(false);
  });

  it('allows only what each entry of the list explains', () => {
    const used = NOT_INTERFACE.filter((a) =>
      FOUND.some((f) => a.file.test(f.file) && a.text.test(f.text)),
    );
    expect(used.map((a) => a.reason)).toEqual(NOT_INTERFACE.map((a) => a.reason));
  });
});
