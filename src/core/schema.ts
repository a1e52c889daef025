import { z } from 'zod';
import { fail, ok, type Result } from './result';
import {
  ASKS,
  CHINA_MOVE_TYPES,
  CONTROL_CLASSES,
  MAX_OFFER_TERMS,
  MAX_OFFER_WITHIN,
  POSTURES,
  SANCTION_TARGETS,
  US_MOVE_TYPES,
  WORLD_EVENTS,
} from './vocabulary';

/** Schemas of the model's data: moves, events, the world. Every way in validates with these. */

const rate = z
  .number()
  .int()
  .min(0)
  .max(100)
  .refine((r) => r % 5 === 0, { message: 'must be a multiple of 5' });

/** The moves that can be terms of an offer: every move but those that talk about other moves. */
const termVariants = [
  z.object({ type: z.literal('setTariff'), rate }).strict(),
  z.object({ type: z.literal('sanction'), target: z.enum(SANCTION_TARGETS) }).strict(),
  z.object({ type: z.literal('liftSanction'), target: z.enum(SANCTION_TARGETS) }).strict(),
  z.object({ type: z.literal('listMajorProducer') }).strict(),
  z.object({ type: z.literal('delistMajorProducer') }).strict(),
  z.object({ type: z.literal('giveCredit') }).strict(),
  z.object({ type: z.literal('withholdCredit') }).strict(),
  z.object({ type: z.literal('shareIntelligence') }).strict(),
  z.object({ type: z.literal('fundDemandReduction') }).strict(),
  z.object({ type: z.literal('pressMexico') }).strict(),
  z.object({ type: z.literal('buildCoalition') }).strict(),
  z
    .object({ type: z.literal('schedulePrecursors'), count: z.number().int().min(1).max(20) })
    .strict(),
  z.object({ type: z.literal('scheduleClass'), class: z.enum(CONTROL_CLASSES) }).strict(),
  z.object({ type: z.literal('licenseExports') }).strict(),
  z.object({ type: z.literal('requireKYC') }).strict(),
  z.object({ type: z.literal('enforce'), level: z.number().int().min(1).max(3) }).strict(),
  z.object({ type: z.literal('suspendCooperation') }).strict(),
  z.object({ type: z.literal('resumeCooperation') }).strict(),
  z.object({ type: z.literal('announceConsensus') }).strict(),
  z.object({ type: z.literal('reannounce') }).strict(),
  z.object({ type: z.literal('demandConcession'), ask: z.enum(ASKS) }).strict(),
  z.object({ type: z.literal('relaxEnforcement') }).strict(),
] as const;

export const termSchema = z.discriminatedUnion('type', [...termVariants]);

export const moveSchema = z.discriminatedUnion('type', [
  ...termVariants,
  z.object({ type: z.literal('proposeSummit') }).strict(),
  z.object({ type: z.literal('attendSummit') }).strict(),
  z
    .object({
      type: z.literal('proposeOffer'),
      give: z.array(termSchema).max(MAX_OFFER_TERMS),
      ask: z.array(termSchema).max(MAX_OFFER_TERMS),
      within: z.number().int().min(1).max(MAX_OFFER_WITHIN),
    })
    .strict(),
  z.object({ type: z.literal('acceptOffer') }).strict(),
  z.object({ type: z.literal('declineOffer') }).strict(),
]);

export const usMoveSchema = moveSchema.refine(
  (m) => (US_MOVE_TYPES as readonly string[]).includes(m.type),
  {
    message: 'is a Chinese move, not a US move',
  },
);
export const chinaMoveSchema = moveSchema.refine(
  (m) => (CHINA_MOVE_TYPES as readonly string[]).includes(m.type),
  { message: 'is a US move, not a Chinese move' },
);

export const worldEventSchema = z.enum(WORLD_EVENTS);

const pct = z.number().min(0).max(100);
const share = z.number().min(0).max(1);

export const worldSchema = z
  .object({
    relations: z.number().min(-100).max(100),
    relationsBaseline: z.number().min(-100).max(100),
    goodwill: pct,
    posture: z.enum(POSTURES),
    tariff: rate,
    sanctions: z.object({ forensicInstitute: z.boolean(), chemicalFirms: z.boolean() }).strict(),
    listedMajorProducer: z.boolean(),
    scheduled: z.number().int().min(0),
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
    users: z.number().positive().max(20_000),
    penetration: share,
    naloxoneReach: pct,
    treatmentReach: pct,
    economicBase: pct,
    deathsBefore: z.array(z.number().min(0).max(100_000)).min(3),
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
  const turn = turnAt >= 0 ? ` turn ${(issue.path[turnAt] as number) + 1}:` : '';
  const field = issue.path.length ? ` ${formatPath(issue.path)}:` : '';
  return `${file}:${turn}${field} ${issue.message}`;
}

function formatPath(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/**
 * Validates `json` against `schema` at a boundary: the value, or one line per problem naming the
 * source, the turn and the field. Every parser of outside input goes through here.
 */
export function parseWith<T>(schema: z.ZodType, json: unknown, source: string): Result<T> {
  const parsed = schema.safeParse(json);
  if (parsed.success) return ok(parsed.data as T);
  return fail(
    zodIssues(parsed.error)
      .map((i) => describeIssue(source, i))
      .join('\n'),
  );
}

function zodIssues(error: z.ZodError): SchemaIssue[] {
  return error.issues.map((i) => ({
    path: i.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: i.message,
  }));
}
