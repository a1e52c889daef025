import { z } from 'zod';
import { type ClassSettings, decodeClassCode } from '../core/code';
import { LIMITS } from '../core/limits';
import { fail, ok, type Result } from '../core/result';
import { builtInScenario } from '../core/scenarios';
import { moveSchema, parseWith, scenarioIdSchema, worldEventSchema } from '../core/schema';
import { AI_LEVELS, CHINA_POLICIES, MAX_CRISES, US_POLICIES } from '../core/vocabulary';
import { LANGUAGES } from '../view/speaking';

/**
 * What crosses the wire between the room server and its clients, validated with zod where it
 * enters: join options, each message a seat or a teacher sends, a class's settings. Every failure
 * is one line naming the field.
 */

/** Ids and tokens are 16 random bytes in URL-safe base64 (src/server/ids.ts). */
const idSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{22}$/, 'must be an id of 22 letters, digits, - or _');

export const groupNameSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(LIMITS.groupName, `must be at most ${LIMITS.groupName} characters`)
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
  .regex(/^[^\u0000-\u001f\u007f-\u009f]+$/, 'must not contain control characters');

export const SEATS = ['us', 'china', 'observer'] as const;
export type SeatName = (typeof SEATS)[number];

/** Who may hold a game's side: a person, or the computer playing a personality or a level. */
export const POLICY_NAMES = [...US_POLICIES, ...CHINA_POLICIES, ...AI_LEVELS] as const;
export const policySchema = z.enum(POLICY_NAMES);
export const holderSchema = z.union([z.literal('person'), policySchema]);
export type Holder = z.infer<typeof holderSchema>;

/** Why `holder` cannot play `side` (a personality of the other side), or null. */
export function holderRefusal(side: 'us' | 'china', holder: Holder): string | null {
  if (holder === 'person' || (AI_LEVELS as readonly string[]).includes(holder)) return null;
  const mine: readonly string[] = side === 'us' ? US_POLICIES : CHINA_POLICIES;
  return mine.includes(holder)
    ? null
    : `'${holder}' is not a policy for ${side === 'us' ? 'the US' : 'China'} (one of ${[...mine, ...AI_LEVELS].join(', ')})`;
}

/** How long a message may be between the two teams. */
export const SAY_MAX = 280;

/** Largest message a client may send, in characters of its JSON. */
export const MESSAGE_MAX_CHARS = 4096;
/** The most a teacher adds to a clock in one press, in seconds. */
export const MAX_EXTEND_SECONDS = 600;

export const joinSchema = z
  .object({
    classId: idSchema,
    group: groupNameSchema,
    seat: z.enum(SEATS),
    /** The seat token handed out on the first join: rejoining with it takes the seat back. */
    token: idSchema.optional(),
    /** When this join creates the group: the other side played by the computer at this policy. */
    computer: policySchema.optional(),
    /** The language the seat reads: its views are put in its words (English when not given). */
    lang: z.enum(LANGUAGES).optional(),
  })
  .strict();
export type JoinOptions = z.infer<typeof joinSchema>;

export const teacherJoinSchema = z
  .object({
    classId: idSchema,
    token: idSchema,
    /** The language the teacher reads: the dashboard's lines are put in its words. */
    lang: z.enum(LANGUAGES).optional(),
  })
  .strict();

/** A seat's messages: the type is the Colyseus message type, the body its payload. */
export const seatMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('move.add'), move: moveSchema }).strict(),
  z.object({ type: z.literal('move.remove'), index: z.number().int().min(0).max(63) }).strict(),
  z.object({ type: z.literal('turn.end') }).strict(),
  z.object({ type: z.literal('turn.auto'), policy: policySchema }).strict(),
  z.object({ type: z.literal('say'), text: z.string().trim().min(1).max(SAY_MAX) }).strict(),
]);
export type SeatMessage = z.infer<typeof seatMessageSchema>;

/** From a seat or an observer: it reads `lang` from now on (the page's language switched). */
export const langMessageSchema = z
  .object({ type: z.literal('lang'), lang: z.enum(LANGUAGES) })
  .strict();
export type LangMessage = z.infer<typeof langMessageSchema>;

export const teacherMessageSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('inject'),
      event: worldEventSchema,
      group: groupNameSchema.optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('seat'),
      group: groupNameSchema,
      side: z.enum(['us', 'china']),
      holder: holderSchema,
    })
    .strict(),
  z
    .object({ type: z.literal('release'), group: groupNameSchema, side: z.enum(['us', 'china']) })
    .strict(),
  z.object({ type: z.literal('status') }).strict(),
  z.object({ type: z.literal('pause'), group: groupNameSchema.optional() }).strict(),
  z.object({ type: z.literal('resume'), group: groupNameSchema.optional() }).strict(),
  z
    .object({
      type: z.literal('extend'),
      seconds: z.number().int().min(1).max(MAX_EXTEND_SECONDS),
      group: groupNameSchema.optional(),
    })
    .strict(),
  z.object({ type: z.literal('end') }).strict(),
]);
export type TeacherMessage = z.infer<typeof teacherMessageSchema>;

const crisisSchema = z
  .object({ turn: z.number().int().min(1).max(LIMITS.turns), event: worldEventSchema })
  .strict();

export const classSettingsSchema = z
  .object({
    scenario: scenarioIdSchema,
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1),
    turns: z.number().int().min(1).max(LIMITS.turns),
    turnSeconds: z.number().int().min(0).max(3600),
    crises: z.array(crisisSchema).max(MAX_CRISES).optional(),
  })
  .strict();
/** The settings a class fixes for all its groups (the class code's). */
export type ClassSettingsInput = ClassSettings;

/** A class's settings, checked against the scenario; a class code (`c1.…`) is read as well. */
export function parseClassSettings(input: unknown): Result<ClassSettingsInput> {
  if (typeof input === 'string') return decodeClassCode(input);
  const parsed = parseWith<ClassSettingsInput>(classSettingsSchema, input, 'class settings');
  if (!parsed.ok) return parsed;
  const s = parsed.value;
  const scenario = builtInScenario(s.scenario);
  if (!scenario) return fail(`class settings: scenario: unknown scenario '${s.scenario}'`);
  if (s.turns > scenario.turns)
    return fail(`class settings: turns: ${s.turns} is more than the scenario's ${scenario.turns}`);
  if (s.crises?.some((c) => c.turn > s.turns))
    return fail('class settings: crises: a crisis falls outside the quarters played');
  return ok(s);
}

/** Checks the size of a value that came in, on the JSON it would be: null when it fits. */
function tooLarge(value: unknown): string | null {
  let size: number;
  try {
    size = JSON.stringify(value ?? null).length;
  } catch {
    return 'not JSON';
  }
  return size > MESSAGE_MAX_CHARS
    ? `too large (${size} characters; at most ${MESSAGE_MAX_CHARS})`
    : null;
}

/**
 * Reads a message body against `schema`; the error names the message type and the field. The
 * size is checked first.
 */
export function readMessage<T>(schema: z.ZodType, type: unknown, body: unknown): Result<T> {
  const source = `message '${String(type).slice(0, 40)}'`;
  const size = tooLarge(body);
  if (size) return fail(`${source}: ${size}`);
  const object = body !== null && typeof body === 'object' && !Array.isArray(body) ? body : {};
  return parseWith<T>(schema, { ...object, type }, source);
}

/** Reads the options of a join (a room's door): the error names the field. */
export function readJoin<T>(schema: z.ZodType, options: unknown): Result<T> {
  const size = tooLarge(options);
  if (size) return fail(`join: ${size}`);
  return parseWith<T>(schema, options, 'join');
}
