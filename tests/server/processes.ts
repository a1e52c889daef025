import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const root = new URL('../..', import.meta.url).pathname;
const running: ChildProcess[] = [];

export interface Served {
  child: ChildProcess;
  url: string;
  ws: string;
}

/** Resolves with the first line `child` prints, or rejects if it exits first. */
function firstLine(child: ChildProcess, what: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${what} exited (${code})`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).once('line', resolve);
  });
}

/**
 * Starts `npm run serve` as its own process with `args` (and `env` added); resolves once it prints
 * its address.
 */
export async function serve(args: string[], env: Record<string, string> = {}): Promise<Served> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/serve.ts', ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  running.push(child);
  const { url, ws } = JSON.parse(await firstLine(child, 'serve')) as { url: string; ws: string };
  return { child, url, ws };
}

/** Starts Debian's `redis-server` on `port`, keeping nothing on disk. */
export async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  running.push(child);
  await new Promise<void>((resolve, reject) => {
    child.once('error', (e) =>
      reject(
        new Error(
          `redis-server could not start (${e.message}): install Debian's redis-server (sudo apt-get install -y redis-server)`,
        ),
      ),
    );
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code})`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      if (/Ready to accept connections/.test(line)) resolve();
    });
  });
  return child;
}

/** Kills a process at once (SIGKILL: no chance to tidy up) and waits until it has gone. */
export function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/** Kills every process these helpers started that is still running. */
export function killAll(): void {
  for (const c of running) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
}
