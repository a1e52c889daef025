import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { decodeReplayCode } from '../core/code';
import { LIMITS } from '../core/limits';
import { fitsScenario, parseJsonText, parseReplay, type Replay, sameWorld } from '../core/replay';
import type { Result } from '../core/result';
import { parseScenario, type Scenario, scenarioProblems } from '../core/scenario';
import { builtInScenario, SCENARIO_IDS } from '../core/scenarios';
import { oneLine } from '../core/schema';
import { MODEL_VERSION } from '../core/state';

/**
 * Bad input from the command line or a file: exit status 2 and one message, never a stack trace.
 * Only the scenario checker says more than one line: one per problem it lists.
 */
export class InputError extends Error {
  constructor(message: string | readonly string[]) {
    super(
      typeof message === 'string'
        ? oneLine(message, 600)
        : message.map((m) => oneLine(m)).join('\n'),
    );
  }
}

function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw new InputError(r.error);
  return r.value;
}

const MB = LIMITS.fileBytes / (1024 * 1024);

/**
 * A file's text, read only when it is a regular file of at most LIMITS.fileBytes: a device, a
 * pipe or a directory is refused before anything is read (a pipe is opened without waiting for a
 * writer), and so is a file that is larger, or not UTF-8.
 */
export function readText(path: string): string {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(
      `${path}: cannot read the file (${code === 'ENOENT' ? 'no such file' : code})`,
    );
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new InputError(`${path}: not a regular file`);
    if (stat.size > LIMITS.fileBytes)
      throw new InputError(`${path}: too large (${stat.size} bytes; a file is at most ${MB} MB)`);
    // Read at most one byte past the limit: a file that grew since it was looked at is caught too.
    const buffer = Buffer.alloc(LIMITS.fileBytes + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n)
      n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > LIMITS.fileBytes)
      throw new InputError(`${path}: too large (a file is at most ${MB} MB)`);
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, length));
    } catch {
      throw new InputError(`${path}: not UTF-8 text`);
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(
      `${path}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'read error'})`,
    );
  } finally {
    closeSync(fd);
  }
}

const BUILT_IN = `built in: ${SCENARIO_IDS.join(', ')}`;

/** A built-in scenario id, or the path of a scenario file, given with --scenario. */
export function loadScenario(idOrPath: string): Scenario {
  const builtIn = builtInScenario(idOrPath);
  if (builtIn) return builtIn;
  if (!idOrPath.endsWith('.json'))
    throw new InputError(
      `--scenario: unknown scenario '${idOrPath}' (${BUILT_IN}; or the path of a .json file)`,
    );
  return loadScenarioFile(idOrPath);
}

/**
 * The scenario a replay names, when no --scenario was given: a replay names its scenario by id,
 * so only a built-in one is found; a scenario file is read only when the user passes its path.
 */
export function scenarioOfReplay(replay: Replay, source: string): Scenario {
  const builtIn = builtInScenario(replay.scenario);
  if (builtIn) return builtIn;
  throw new InputError(
    `${source}: scenario: unknown scenario '${replay.scenario}' (${BUILT_IN}; for a scenario file, pass its path with --scenario)`,
  );
}

export function loadScenarioFile(path: string): Scenario {
  return unwrap(parseScenario(unwrap(parseJsonText(readText(path), path)), path));
}

/** Every problem of a scenario file, one a line; [] when it is valid. */
export function checkScenarioFile(path: string): { scenario: Scenario | null; problems: string[] } {
  const json = unwrap(parseJsonText(readText(path), path));
  const problems = scenarioProblems(json, path);
  const parsed = parseScenario(json, path);
  return { scenario: parsed.ok ? parsed.value : null, problems };
}

export function loadReplay(path: string): Replay {
  return unwrap(parseReplay(unwrap(parseJsonText(readText(path), path)), path));
}

export function loadReplayCode(code: string): Replay {
  return unwrap(decodeReplayCode(code));
}

/**
 * The replay, when it has no more turns than its scenario and, recorded under this model, was
 * made in this very world (its scenario's content hash).
 */
export function fitting(replay: Replay, scenario: Scenario, source: string): Replay {
  const fits = unwrap(fitsScenario(replay, scenario, source));
  return replay.modelVersion === MODEL_VERSION ? unwrap(sameWorld(fits, scenario, source)) : fits;
}
