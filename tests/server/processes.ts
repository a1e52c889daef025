import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { type Served, spawnServe } from '../../src/cli/spawnServe';

const running: ChildProcess[] = [];

export type { Served } from '../../src/cli/spawnServe';

/** Starts `npm run serve` with `args` (and `env` added); resolves once it prints its address. */
export async function serve(args: string[], env: Record<string, string> = {}): Promise<Served> {
  const served = await spawnServe(args, { env });
  running.push(served.child);
  return served;
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
