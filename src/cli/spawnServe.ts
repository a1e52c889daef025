import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const root = new URL('../..', import.meta.url).pathname;

/** A `serve` process and the addresses it printed. */
export interface Served {
  child: ChildProcess;
  url: string;
  ws: string;
}

/**
 * Starts `npm run serve` as its own process with `args` (and `env` added to the environment), its
 * stderr passed on or dropped; resolves once it prints its address line, or rejects if it exits
 * first. For the load bench and the tests that kill a server.
 */
export async function spawnServe(
  args: string[],
  options: { env?: Record<string, string>; stderr?: 'inherit' | 'pipe' } = {},
): Promise<Served> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/serve.ts', ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', options.stderr ?? 'pipe'],
    env: { ...process.env, ...options.env },
  });
  const line = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`serve exited (${code})`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).once('line', resolve);
  });
  const { url, ws } = JSON.parse(line) as { url: string; ws: string };
  return { child, url, ws };
}
