import { t } from '../words';
import { scenarioHash } from './hash';
import { LIMITS } from './limits';
import { fail, ok, type Result } from './result';
import type { Scenario } from './scenario';
import { builtInScenario } from './scenarios';
import {
  chinaMovesSchema,
  injectsSchema,
  oneLine,
  parseWith,
  scenarioIdSchema,
  usMovesSchema,
} from './schema';
import { MODEL_VERSION } from './state';
import type { Move, WorldEvent } from './vocabulary';
import { z } from './zod';

const turnsSchema = z
  .array(
    z
      .object({
        us: usMovesSchema.optional(),
        china: chinaMovesSchema.optional(),
        inject: injectsSchema.optional(),
      })
      .strict(),
  )
  .max(LIMITS.turns);

const answerList = z.array(z.number().int().min(0).max(9).nullable()).min(1).max(LIMITS.answers);

/**
 * Replay files, a public interface: a scenario, a seed, and per turn the moves of each side and a
 * facilitator's injects. A side whose key is absent is played by its policy; [] means it passes.
 * Version 2 (written since offers) adds the scenario's content hash, checked on replay so a
 * different world under the same name is caught, and a group's questionnaire answers. Version 1
 * files stay readable.
 */
const replayV2Schema = z
  .object({
    format: z.literal('precursor-replay'),
    version: z.literal(2),
    modelVersion: z.number().int().min(1).max(LIMITS.modelVersion),
    scenario: scenarioIdSchema,
    scenarioHash: z.string().regex(/^[0-9a-f]{8}$/, { error: () => t('check.hex8') }),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1),
    turns: turnsSchema,
    answers: z
      .object({ pre: answerList.optional(), post: answerList.optional() })
      .strict()
      .optional(),
  })
  .strict();

const replayV1Schema = z
  .object({
    format: z.literal('precursor-replay'),
    version: z.literal(1),
    modelVersion: z.number().int().min(1).max(LIMITS.modelVersion).optional(),
    scenario: scenarioIdSchema,
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1),
    turns: turnsSchema,
  })
  .strict();

export const replaySchema = z.discriminatedUnion('version', [replayV1Schema, replayV2Schema]);

/** A group's questionnaire answers before and after the game: each an option's index, or none. */
export interface Answers {
  pre?: (number | null)[];
  post?: (number | null)[];
}

export interface ReplayTurn {
  us?: Move[];
  china?: Move[];
  inject?: WorldEvent[];
}

export interface Replay {
  format: 'precursor-replay';
  version: 1 | 2;
  modelVersion?: number;
  scenario: string;
  /** Version 2: the scenario's content hash (scenarioHash in hash.ts). */
  scenarioHash?: string;
  seed: number;
  turns: ReplayTurn[];
  answers?: Answers;
}

export function parseReplay(json: unknown, file: string): Result<Replay> {
  return parseWith<Replay>(replaySchema, json, file);
}

/** A replay may hold no more turns than its scenario has: the rest would be dropped unplayed. */
export function fitsScenario(
  replay: Replay,
  scenario: { id: string; turns: number },
  source: string,
): Result<Replay> {
  if (replay.turns.length <= scenario.turns) return ok(replay);
  return fail(
    t('check.replayTurns', {
      source,
      turns: replay.turns.length,
      max: scenario.turns,
      scenario: scenario.id,
    }),
  );
}

/** JSON text from a file or storage; a UTF-8 byte-order mark at the start is allowed, as browsers do. */
export function parseJsonText(text: string, file: string): Result<unknown> {
  try {
    return ok(JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text));
  } catch (e) {
    return fail(oneLine(t('check.notJson', { source: file, error: (e as Error).message }), 200));
  }
}

/**
 * A replay of what was played in `scenario` (format v2, carrying its content hash); a turn's
 * `inject` is left out when nothing was injected, and answers only when there are some.
 */
export function makeReplay(
  scenarioOrId: Scenario | string,
  seed: number,
  turns: readonly ReplayTurn[],
  answers?: Answers,
): Replay {
  const scenario = typeof scenarioOrId === 'string' ? builtInScenario(scenarioOrId) : scenarioOrId;
  if (!scenario)
    throw new Error(`makeReplay: '${String(scenarioOrId)}' is not a built-in scenario`);
  const canonical = turns.map(({ inject, ...sides }) =>
    inject?.length ? { ...sides, inject } : sides,
  );
  const kept: Answers = {
    ...(answers?.pre?.length ? { pre: answers.pre } : {}),
    ...(answers?.post?.length ? { post: answers.post } : {}),
  };
  return {
    format: 'precursor-replay',
    version: 2,
    modelVersion: MODEL_VERSION,
    scenario: scenario.id,
    scenarioHash: scenarioHash(scenario),
    seed,
    turns: canonical,
    ...(kept.pre || kept.post ? { answers: kept } : {}),
  };
}

/**
 * A version-2 replay names the content of its world: played in a scenario whose content differs,
 * it would silently be another game, so it is refused with what to do.
 */
export function sameWorld(replay: Replay, scenario: Scenario, source: string): Result<Replay> {
  if (replay.scenarioHash === undefined || replay.scenarioHash === scenarioHash(scenario))
    return ok(replay);
  return fail(
    t('check.otherWorld', {
      source,
      scenario: scenario.id,
      hash: replay.scenarioHash,
      here: scenarioHash(scenario),
    }),
  );
}

/**
 * When a replay was recorded under another version of the model, it may play differently now:
 * say so plainly. Null when the versions agree or the replay does not say.
 */
export function versionNote(replay: Replay): string | null {
  if (replay.modelVersion === undefined || replay.modelVersion === MODEL_VERSION) return null;
  return t('check.otherModel', { model: replay.modelVersion, version: MODEL_VERSION });
}
