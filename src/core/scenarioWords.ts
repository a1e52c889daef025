import { type Language, language } from '../words';
import { z } from './zod';

/** A side's confidential brief, shown only to that side. */
export const briefSchema = z
  .object({
    situation: z.string().min(1).max(600),
    wants: z.string().min(1).max(400),
    fears: z.string().min(1).max(400),
    redLines: z.string().min(1).max(400),
    fallback: z.string().min(1).max(400),
    otherSide: z.string().min(1).max(400),
  })
  .strict();

type Brief = z.infer<typeof briefSchema>;

/** A side's brief in another language: any of its fields (those missing stay as written). */
const briefWords = briefSchema.partial().strict();

/** A scenario's texts in one other language: any of them; what is missing is read as written. */
const scenarioWords = z
  .object({
    title: z.string().min(1).max(120),
    briefing: z.string().min(1).max(4000),
    briefs: z.object({ us: briefWords, china: briefWords }).partial().strict(),
    /** The notes of what really happened, by turn. */
    actual: z
      .array(z.object({ turn: z.number().int().min(1), note: z.string().max(400) }).strict())
      .max(60),
  })
  .partial()
  .strict();

/**
 * A scenario's texts in other languages (`"translations": {"zh-CN": {"title": …}}`). The scenario's
 * own fields are in the language its author wrote; a page in a language the scenario has no words
 * for reads those. They change nothing in the world: the scenario's hash leaves them out.
 */
export const translationsSchema = z.object({ 'zh-CN': scenarioWords }).partial().strict();

type Translations = z.infer<typeof translationsSchema>;

interface Texts {
  title: string;
  briefing: string;
  briefs?: { us: Brief; china: Brief } | undefined;
  actual?: { turn: number; note: string; deaths12m?: number | undefined }[] | undefined;
  translations?: Translations | undefined;
}

/**
 * The scenario with its texts in `lang` (the language shown, by default) where it has them, and
 * as written where it has not: what every screen and printed page shows of a scenario.
 */
export function inLanguage<S extends Texts>(scenario: S, lang: Language = language()): S {
  const words = lang === 'en' ? undefined : scenario.translations?.[lang];
  if (!words) return scenario;
  const brief = (side: 'us' | 'china') => {
    const base = scenario.briefs?.[side];
    return base ? { ...base, ...words.briefs?.[side] } : base;
  };
  const notes = new Map((words.actual ?? []).map((a) => [a.turn, a.note]));
  return {
    ...scenario,
    title: words.title ?? scenario.title,
    briefing: words.briefing ?? scenario.briefing,
    ...(scenario.briefs ? { briefs: { us: brief('us'), china: brief('china') } } : {}),
    ...(scenario.actual
      ? { actual: scenario.actual.map((a) => ({ ...a, note: notes.get(a.turn) ?? a.note })) }
      : {}),
  };
}
