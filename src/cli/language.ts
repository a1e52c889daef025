/**
 * The command line's language (`--lang en|zh-CN`): the words of its tables. JSON and CSV output
 * keep their keys and ids whatever the language.
 */
import zodChinese from 'zod/v4/locales/zh-CN.js';
import { zodSpeaks } from '../core/zod';
import { CLI_WORDS as CLI_EN } from '../words/en/cli';
import { translator } from '../words/i18n';
import { addEnglishWords, isLanguage, LANGUAGES, speak } from '../words/index';
import { CLI_WORDS as CLI_ZH } from '../words/zh-CN/cli';
import { InputError } from './load';

/** The tables' words, which the page does not need: its bundle leaves them out. */
addEnglishWords(CLI_EN);

/** Speaks the language `--lang` names (English when it names none). */
export function speakCommandLine(code: string | undefined): void {
  const lng = code ?? 'en';
  if (!isLanguage(lng))
    throw new InputError(`--lang: must be ${LANGUAGES.join(' or ')}, not '${code}'`);
  if (lng === 'zh-CN') zodSpeaks(lng, zodChinese().localeError);
  speak(lng, lng === 'en' ? null : translator(lng, { en: CLI_EN, 'zh-CN': CLI_ZH }));
}

/** Columns a terminal gives `text`: two for a wide (CJK) character, one for any other. */
export function columns(text: string): number {
  let n = 0;
  for (const c of text)
    n +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        c,
      )
        ? 2
        : 1;
  return n;
}

/** `text` padded with spaces to `width` terminal columns, at its end (or its start). */
export function pad(text: string, width: number, at: 'end' | 'start' = 'end'): string {
  const fill = ' '.repeat(Math.max(0, width - columns(text)));
  return at === 'end' ? text + fill : fill + text;
}
