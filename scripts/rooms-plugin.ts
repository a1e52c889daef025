import type { Plugin } from 'vite';

/**
 * `npm start` also runs the room server (docs/hosting.md) on its own port, 2567 unless
 * PRECURSOR_ROOMS_PORT says otherwise, storing in data/precursor.sqlite (PRECURSOR_DB);
 * PRECURSOR_ROOMS=0 leaves it out. It is loaded through Vite's module loader, only for the
 * development server: a build never loads it. If it cannot start (the port taken, the SQLite
 * module missing), the game is served without it and a warning says why. The page finds the rooms
 * by asking its own origin, `GET /api/rooms`: this server answers the rooms' port.
 */
export function roomsPlugin(): Plugin {
  return {
    name: 'precursor-rooms',
    apply: 'serve',
    async configureServer(server) {
      if (process.env.PRECURSOR_ROOMS === '0') return;
      const log = server.config.logger;
      try {
        const mod = (await server.ssrLoadModule(
          '/src/server/server.ts',
        )) as typeof import('../src/server/server.ts');
        const rooms = await mod.startServer({
          port: Number(process.env.PRECURSOR_ROOMS_PORT ?? 2567),
          db: process.env.PRECURSOR_DB ?? mod.DEFAULT_DB,
        });
        // The page asks its own origin where the rooms are (src/online/address.ts): here, a port.
        server.middlewares.use('/api/rooms', (_req, res) => {
          res.setHeader('content-type', 'application/json');
          res.setHeader('cache-control', 'no-store');
          res.end(JSON.stringify({ port: rooms.port }));
        });
        log.info(`  rooms: ${rooms.wsUrl} (docs/hosting.md; PRECURSOR_ROOMS=0 leaves them out)`);
        server.httpServer?.once('close', () => {
          rooms.close().catch(() => {});
        });
      } catch (e) {
        log.warn(`  rooms: not started (${(e as Error).message}); the game runs without them`);
      }
    },
  };
}
