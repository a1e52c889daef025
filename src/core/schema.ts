import { t } from '../words';
import { LIMITS } from './limits';
import { CHINA_MOVE_TYPES, MOVE_TYPES, MOVES, type MoveRecord, US_MOVE_TYPES } from './moves';
import { fail, ok, type Result } from './result';
import { ASKS, type Move, type MoveType, POSTURES, WORLD_EVENTS } from './vocabulary';
import { z } from './zod';

/** Schemas of the model's data: moves, events, the world. Every way in validates with these. */

/** A move's schema from its record: its type and the fields of its parameter, nothing else. */
function variant(type: MoveType, term: z.ZodType) {
  return z
    .object({ type: z.literal(type), ...(MOVES[type] as MoveRecord).param.shape(term) })
    .strict();
}
type Variants = [ReturnType<typeof variant>, ...ReturnType<typeof variant>[]];

/** The moves that can be terms of an offer: every move but those that talk about other moves. */
const termVariants = MOVE_TYPES.filter((type) => (MOVES[type] as MoveRecord).term).map((type) =>
  variant(type, z.never()),
) as Variants;
export const termSchema = z.discriminatedUnion('type', termVariants) as unknown as z.ZodType<Move>;

export const moveSchema = z.discriminatedUnion(
  'type',
  MOVE_TYPES.map((type) => variant(type, termSchema)) as Variants,
) as unknown as z.ZodType<Move>;

// Messages are looked up when a check fails, so they speak the language shown then.
const sideMoves = (types: readonly MoveType[], key: 'check.chinaMove' | 'check.usMove') =>
  moveSchema.refine((m) => types.includes(m.type), { error: () => t(key) });
export const usMoveSchema = sideMoves(US_MOVE_TYPES, 'check.chinaMove');
export const chinaMoveSchema = sideMoves(CHINA_MOVE_TYPES, 'check.usMove');

export const worldEventSchema = z.enum(WORLD_EVENTS);

/** A scenario named in a replay, a code, a save or a class code: an id, never a path. */
export const scenarioIdSchema = z
  .string()
  .min(1)
  .max(LIMITS.scenarioId)
  .regex(/^[a-z0-9-]+$/, { error: () => t('check.scenarioId') });

/** A list in which no element appears twice; the repeat is named by its index. */
export function uniqueList<T extends z.ZodType>(
  item: T,
  max: number,
  what: 'event' | 'move' | 'crisis',
) {
  return z
    .array(item)
    .max(max)
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      for (const [i, x] of list.entries()) {
        const key = JSON.stringify(x);
        if (seen.has(key))
          ctx.addIssue({
            code: 'custom',
            path: [i],
            message: t('check.twice', { what: t(`check.twice.${what}`) }),
          });
        seen.add(key);
      }
    });
}

/** A side's moves in one turn, and a quarter's injected events: as many as the game can play. */
export const usMovesSchema = z.array(usMoveSchema).max(LIMITS.usMoves);
export const chinaMovesSchema = z.array(chinaMoveSchema).max(LIMITS.chinaMoves);
export const injectsSchema = uniqueList(worldEventSchema, LIMITS.injects, 'event');

const pct = z.number().min(0).max(100);
const share = z.number().min(0).max(1);

/** The world's tariff takes the values the tariff move sets. */
const rate = MOVES.setTariff.param.shape(z.never()).rate as z.ZodType<number>;

export const worldSchema = z
  .object({
    relations: z.number().min(-100).max(100),
    relationsBaseline: z.number().min(-100).max(100),
    goodwill: pct,
    posture: z.enum(POSTURES),
    tariff: rate,
    sanctions: z.object({ forensicInstitute: z.boolean(), chemicalFirms: z.boolean() }).strict(),
    listedMajorProducer: z.boolean(),
    scheduled: z.number().int().min(0).max(200),
    classes: z.object({ fentanyl: z.boolean(), nitazenes: z.boolean() }).strict(),
    exportLicensing: z.boolean(),
    kyc: z.boolean(),
    enforcement: pct,
    chips: z.number().int().min(0).max(20),
    pendingAsk: z.enum(ASKS).nullable(),
    scheduleBite: share,
    classBite: share,
    altSupply: z.number().min(0).max(200),
    mexicoEnforcement: pct,
    coalition: pct,
    // The model floors users at 1 and fentanyl's reach at 0.01; a start below either would divide
    // the deaths before the start by next to nothing.
    users: z.number().min(1).max(LIMITS.users),
    penetration: z.number().min(0.01).max(1),
    naloxoneReach: pct,
    treatmentReach: pct,
    economicBase: pct,
    deathsBefore: z.array(z.number().min(0).max(100_000)).min(3).max(8),
  })
  .strict();

export interface SchemaIssue {
  path: (string | number)[];
  message: string;
}

/** One readable line per issue: the file, the turn where there is one, the field and what was expected. */
export function describeIssue(file: string, issue: SchemaIssue): string {
  const turnAt = issue.path.findIndex(
    (p, i) => typeof p === 'number' && ['turns', 'historical'].includes(String(issue.path[i - 1])),
  );
  const turn =
    turnAt >= 0 ? ` ${t('check.turn', { turn: (issue.path[turnAt] as number) + 1 })}` : '';
  const field = issue.path.length ? ` ${formatPath(issue.path)}:` : '';
  return oneLine(`${file}:${turn}${field} ${issue.message}`);
}

function formatPath(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/**
 * Text that may carry pieces of outside input (an unknown key, a file name) as one short line:
 * control characters and line breaks become spaces, and a long line is cut.
 */
export function oneLine(text: string, max = 400): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * Validates `json` against `schema` at a boundary: the value, or one line naming the source, the
 * turn and the field of the first problem (and how many more there are). Every parser of outside
 * input goes through here.
 */
export function parseWith<T>(schema: z.ZodType, json: unknown, source: string): Result<T> {
  const parsed = schema.safeParse(json);
  if (parsed.success) return ok(parsed.data as T);
  const lines = zodIssues(parsed.error).map((i) => describeIssue(source, i));
  const first = lines[0] ?? t('check.notValid', { source });
  return fail(lines.length > 1 ? t('check.more', { text: first, count: lines.length - 1 }) : first);
}

/** Every problem of `json`, one line each, for a checker that lists them all; [] when valid. */
export function schemaProblems(schema: z.ZodType, json: unknown, source: string): string[] {
  const parsed = schema.safeParse(json);
  return parsed.success ? [] : zodIssues(parsed.error).map((i) => describeIssue(source, i));
}

function zodIssues(error: z.ZodError): SchemaIssue[] {
  return error.issues.map((i) => ({
    path: i.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: i.message,
  }));
}
