import { readFileSync } from 'node:fs';
import { decodeReplayCode } from '../core/code';
import { parseJsonText, parseReplay, type Replay } from '../core/replay';
import type { Result } from '../core/result';
import { parseScenario, type Scenario } from '../core/scenario';
import { builtInScenario, SCENARIO_IDS } from '../core/scenarios';

/** Bad input from the command line or a file: exit status 2 and one message, never a stack trace. */
export class InputError extends Error {}

function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw new InputError(r.error);
  return r.value;
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(
      `${path}: cannot read the file (${code === 'ENOENT' ? 'no such file' : code})`,
    );
  }
}

/** A built-in scenario id, or the path of a scenario file. */
export function loadScenario(idOrPath: string): Scenario {
  const builtIn = builtInScenario(idOrPath);
  if (builtIn) return builtIn;
  if (!idOrPath.endsWith('.json'))
    throw new InputError(
      `--scenario: unknown scenario '${idOrPath}' (built in: ${SCENARIO_IDS.join(', ')}; or the path of a .json file)`,
    );
  return loadScenarioFile(idOrPath);
}

export function loadScenarioFile(path: string): Scenario {
  return unwrap(parseScenario(unwrap(parseJsonText(readText(path), path)), path));
}

export function loadReplay(path: string): Replay {
  return unwrap(parseReplay(unwrap(parseJsonText(readText(path), path)), path));
}

export function loadReplayCode(code: string): Replay {
  return unwrap(decodeReplayCode(code));
}
