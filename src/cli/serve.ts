import { networkInterfaces } from 'node:os';
import { parseArgs } from 'node:util';
import { renderUnicodeCompact } from 'uqr';
import { DEFAULT_DB, DEFAULT_RETENTION_DAYS, startServer } from '../server/server';

/**
 * `npm run serve -- [--host <h>] [--port <p>] [--db <file>] [--dist <dir>] [--retention-days <n>]
 * [--public-address <host:port>]`: the built game and the rooms on one port. With `REDIS_URL` set,
 * several processes share the classes through Redis, each reached at its public address (default:
 * the first network address and the port). Binds to 127.0.0.1 unless a host is given (0.0.0.0 for
 * a school network). Prints the address (on a network, also as a QR code) on stderr, then one JSON line
 * `{"url","ws"}` on stdout for scripts.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      db: { type: 'string' },
      dist: { type: 'string' },
      'retention-days': { type: 'string' },
      'public-address': { type: 'string' },
    },
  });
  const port = Number(values.port ?? 2567);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port: '${values.port}' is not a port number (0 to 65535)`);
  const host = values.host ?? '127.0.0.1';
  const retentionDays = Number(values['retention-days'] ?? DEFAULT_RETENTION_DAYS);
  if (!Number.isFinite(retentionDays) || retentionDays <= 0)
    throw new Error(
      `--retention-days: '${values['retention-days']}' is not a number of days above 0`,
    );
  const redis = process.env.REDIS_URL;
  const network = Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => a?.address ?? '');
  // Players reach a process of several at its own address: on a network, not 0.0.0.0.
  const publicAddress =
    values['public-address'] ??
    (redis && host === '0.0.0.0' && network[0] && port ? `${network[0]}:${port}` : undefined);
  const server = await startServer({
    host,
    port,
    db: values.db ?? process.env.PRECURSOR_DB ?? DEFAULT_DB,
    dist: values.dist ?? 'dist',
    retentionDays,
    ...(redis ? { redis } : {}),
    ...(publicAddress ? { publicAddress } : {}),
  });
  const addresses =
    host === '0.0.0.0' ? network.map((a) => `http://${a}:${server.port}`) : [server.url];
  process.stderr.write(
    `Precursor: the game and the rooms at ${addresses.join(', ')} (storage: ${redis ? `Redis at ${redis}` : (values.db ?? DEFAULT_DB)})\n`,
  );
  // On a network, the first address as a QR code, for phones and tablets to open the game.
  const first = addresses[0];
  if (host !== '127.0.0.1' && host !== 'localhost' && first)
    process.stderr.write(`${renderUnicodeCompact(first)}\n${first}\n`);
  process.stdout.write(`${JSON.stringify({ url: server.url, ws: server.wsUrl })}\n`);
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: Error) => {
  process.stderr.write(`serve: ${e.message}\n`);
  process.exit(1);
});
