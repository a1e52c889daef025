/**
 * Web bench: bundle size, time to first frame against an empty Phaser page, and frame rate.
 *
 *   npm run bench:web                   readable table
 *   npm run bench:web -- --format json  one JSON line
 *   npm run bench:web -- --loads 9      more load rounds (default 7, minimum 5)
 *
 * Each load round opens the title in English, the title in Chinese (`?lang=zh-CN`) and the empty
 * page, in turns of order; firstFrameRatio and firstFrameRatioZh are the medians of each title's
 * first frame over the empty page's of the same round.
 *
 * fps and turnUpdateMs are measured on the turn screen, reached by keyboard as a player would.
 * classResults40Ms is the class results screen turning forty pasted replay codes into its table
 * and chart: from the Ctrl+Enter to the first frame after the table holds them. placementMs is the
 * debrief placing an eight-quarter game among 100 seeds in its worker: from the debrief's first
 * frame to the verdict on screen, with the longest gap between frames meanwhile.
 *
 * Sizes are gzip -9 of the built JS. titleGzipKB is our code that loads before the title's first
 * frame (the page's entry and what it preloads, Phaser apart); laterGzipKB lists each chunk that
 * loads after it (the model and its session, the icons, the online class's, the workers, …).
 * bundleGzipKB is all our JS but three kinds counted apart: the workers' (workerGzipKB), which load
 * only when a debrief opens or an expert plans; the online class's (onlineGzipKB: the rooms'
 * client, colyseus.js, the dashboard, join and seat screens, the online-* chunks), which load only
 * when someone opens an online class or a join link; and what a page in Chinese loads besides
 * (zhGzipKB: i18next, the Chinese catalogue and zod's Chinese messages; zhFontKB: the font subset, woff2, compressed
 * already), which a page in English never loads. pageFontKB is the fonts every page loads once the
 * title has drawn (the Latin faces and the languages' names' subset, woff2).
 *
 * Both pages are built here, into temporary directories, with the project's vite.config.ts, and
 * served with Vite's preview server to headless Chromium. The empty page is a Phaser game with
 * the same settings and one empty scene, so firstFrameRatio isolates what our code adds.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { constants, gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { encodeClassCode, encodeReplayCode } from '../src/core/code';
import { makeReplay } from '../src/core/replay';
import { launchBrowser, serveDist } from '../tests/e2e/harness';
import { ROOT } from '../tests/e2e/paths';

interface WebBench {
  titleGzipKB: number;
  laterGzipKB: Record<string, number>;
  bundleGzipKB: number;
  phaserGzipKB: number;
  firstFrameRatio: number;
  /** The same for the title in Chinese (`?lang=zh-CN`), against the same empty page. */
  firstFrameRatioZh: number;
  fps: number;
  turnUpdateMs: number;
  classResults40Ms: number;
  workerGzipKB: number;
  onlineGzipKB: number;
  zhGzipKB: number;
  zhFontKB: number;
  pageFontKB: number;
  placementMs: number;
}

const FPS_WINDOW_MS = 3000;

const { values: args } = parseArgs({
  options: {
    format: { type: 'string', default: 'table' },
    loads: { type: 'string', default: '7' },
  },
});
const format = args.format === 'json' ? 'json' : 'table';
const loads = Math.max(5, Number.parseInt(args.loads ?? '7', 10) || 7);

/** Progress goes to stderr so `--format json` leaves exactly one line on stdout. */
const log = (message: string) => process.stderr.write(`${message}\n`);

const EMPTY_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>Empty Phaser</title>
<link rel="icon" href="data:," />
<style>html,body{margin:0;height:100%;background:#000;overflow:hidden}#game{width:100%;height:100%}</style>
</head><body><div id="game"></div><script type="module" src="./main.js"></script></body></html>
`;

// Same renderer, scale and input settings as src/boot.ts, and the same first-frame mark.
const EMPTY_MAIN = `import Phaser from 'phaser';
class Empty extends Phaser.Scene {
  constructor() { super('Empty'); }
  create() {
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      window.__precursor = { ready: true, firstFrameAt: performance.now(), scene: () => 'Empty' };
    });
  }
}
new Phaser.Game({
  type: Phaser.AUTO,
  parent: document.getElementById('game'),
  banner: false,
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH, width: 1280, height: 720 },
  render: { antialias: true, roundPixels: true },
  audio: { noAudio: true },
  scene: [Empty],
});
`;

async function buildGame(outDir: string): Promise<void> {
  await build({
    root: ROOT,
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
}

async function buildEmptyPage(srcDir: string, outDir: string): Promise<void> {
  writeFileSync(join(srcDir, 'index.html'), EMPTY_HTML);
  writeFileSync(join(srcDir, 'main.js'), EMPTY_MAIN);
  await build({
    root: srcDir,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'error',
    publicDir: false,
    // The temp dir has no node_modules: point at the very file the game's build resolves.
    resolve: { alias: { phaser: join(ROOT, 'node_modules/phaser/dist/phaser.esm.js') } },
    build: { outDir, emptyOutDir: true },
  });
}

const gzipKB = (file: string) =>
  gzipSync(readFileSync(file), { level: constants.Z_BEST_COMPRESSION }).length / 1024;

/**
 * Chunks a page loads only to speak Chinese: i18next with the catalogue, zod's messages in Chinese
 * (zod's `zh-CN` locale), the font's address.
 */
const CHINESE_ONLY = /^(i18n|zh-CN|_virtual_precursor-cjk-font)-/;

interface JsSizes {
  phaserKB: number;
  /** Ours before the title's first frame: the entry script and what the page preloads. */
  titleKB: number;
  /** Each of our chunks loaded later, by name (its file name without the hash). */
  later: Record<string, number>;
  /** All our JS but the workers', the online class's and what only Chinese loads. */
  ownKB: number;
  workerKB: number;
  onlineKB: number;
  zhKB: number;
  /** The Chinese font subset, woff2. */
  zhFontKB: number;
  /** The fonts every page loads after the title's first frame, woff2. */
  pageFontKB: number;
}

/** Gzip sizes of the Phaser chunk, of what the title loads, and of each chunk loaded later. */
function jsSizes(outDir: string): JsSizes {
  const assets = join(outDir, 'assets');
  const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const phaser = js.filter((f) => f.startsWith('phaser-'));
  if (phaser.length !== 1) {
    throw new Error(
      `Expected one phaser-*.js chunk in ${assets}, found ${phaser.length} (${js.join(', ')}). ` +
        'Check build.rolldownOptions.output.codeSplitting in vite.config.ts.',
    );
  }
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const first = new Set(
    [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1] as string),
  );
  const sizes: JsSizes = {
    phaserKB: 0,
    titleKB: 0,
    later: {},
    ownKB: 0,
    workerKB: 0,
    onlineKB: 0,
    zhKB: 0,
    zhFontKB: 0,
    pageFontKB: 0,
  };
  for (const f of js) {
    const kb = gzipKB(join(assets, f));
    if (phaser.includes(f)) {
      sizes.phaserKB += kb;
      continue;
    }
    if (/worker-/i.test(f))
      sizes.workerKB += kb; // spread.worker-…, planWorker-…
    else if (f.startsWith('online-')) sizes.onlineKB += kb;
    else if (CHINESE_ONLY.test(f)) sizes.zhKB += kb;
    else sizes.ownKB += kb;
    if (first.has(f)) sizes.titleKB += kb;
    else {
      const name = f.replace(/-[\w-]{8}\.js$/, '');
      sizes.later[name] = round((sizes.later[name] ?? 0) + kb, 1);
    }
  }
  for (const f of readdirSync(assets).filter((name) => name.endsWith('.woff2'))) {
    const kb = readFileSync(join(assets, f)).length / 1024;
    // precursor-sc-<hash>: the Chinese subset; the names' subset and the Latin faces load everywhere.
    if (/^precursor-sc-(?!names-)/.test(f)) sizes.zhFontKB += kb;
    else sizes.pageFontKB += kb;
  }
  return sizes;
}

/** Loads `url` in a fresh tab and returns its first-frame mark (ms since navigation start). */
async function firstFrameMs(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    const handle = await page.waitForFunction(
      () => window.__precursor?.firstFrameAt ?? null,
      null,
      {
        timeout: 30_000,
      },
    );
    return Number(await handle.jsonValue());
  } finally {
    await page.close();
  }
}

/**
 * Frames per second the browser delivers. With `drawing`, a pointer event is sent every frame,
 * which makes the game draw every frame (its render gate draws only after input or while
 * something animates): the worst case, for reference.
 */
function countFrames(page: Page, drawing: boolean): Promise<number> {
  // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
  return page.evaluate<number>(`new Promise((resolve) => {
    let frames = 0;
    let start = 0;
    const tick = (now) => {
      if (${drawing}) window.dispatchEvent(new PointerEvent('pointermove'));
      if (start === 0) start = now;
      else frames++;
      if (now - start < ${FPS_WINDOW_MS}) requestAnimationFrame(tick);
      else resolve((frames * 1000) / (now - start));
    };
    requestAnimationFrame(tick);
  })`);
}

const sceneIs = (page: Page, key: string) =>
  page.waitForFunction((k) => window.__precursor?.scene() === k, key, { timeout: 20_000 });

/** From the title to the first turn screen, the way a player gets there: 1, Enter, Enter. */
async function openTurnScreen(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.__precursor?.ready === true, null, { timeout: 30_000 });
  await page.keyboard.press('1');
  await sceneIs(page, 'Setup');
  await page.waitForFunction(() => window.__precursor?.texts().includes('Start ▶'), null, {
    timeout: 20_000,
  });
  await page.keyboard.press('Enter');
  await sceneIs(page, 'Briefing');
  await page.keyboard.press('Enter');
  await sceneIs(page, 'Turn');
  await page.waitForTimeout(1000);
  return page;
}

/** The turn screen's frame rate (idle and while drawing), and end-turn-to-frame latencies. */
async function turnScreen(
  context: BrowserContext,
  url: string,
): Promise<{ fps: number; fpsDrawing: number; turnUpdateMs: number[] }> {
  const page = await openTurnScreen(context, url);
  try {
    const fps = await countFrames(page, false);
    const fpsDrawing = await countFrames(page, true);
    const latencies: number[] = [];
    for (let turn = 0; turn < 5; turn++) {
      await page.keyboard.press('1');
      await page.waitForTimeout(300);
      await page.keyboard.press('Enter');
      await sceneIs(page, 'Report');
      latencies.push(Number(await page.evaluate(() => window.__precursor?.turnUpdateMs ?? NaN)));
      await page.waitForTimeout(200);
      // The report's parts arrive in beats; a key shows them all, and Enter then continues.
      await page.keyboard.press('Shift');
      await page.keyboard.press('Enter');
      await sceneIs(page, 'Turn');
      await page.waitForTimeout(300);
    }
    return { fps, fpsDrawing, turnUpdateMs: latencies };
  } finally {
    await page.close();
  }
}

/** Forty groups' codes for truce-2026 seed 4242, named `<prefix>01`…, played four ways. */
function fortyCodes(prefix: string): string {
  const credit = { us: [{ type: 'giveCredit' as const }], china: [] };
  const idle = { us: [], china: [] };
  return Array.from({ length: 40 }, (_, i) => {
    const turns = [0, 1, 2, 3].map((q) => ((i >> q) & 1 ? credit : idle));
    const name = `${prefix}${String(i + 1).padStart(2, '0')}`;
    return `${name}: ${encodeReplayCode(makeReplay('truce-2026', 4242, turns))}`;
  }).join('\n');
}

/** Forty codes into the class results table and chart, five times; milliseconds each. */
async function classResults40(context: BrowserContext, url: string): Promise<number[]> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.__precursor?.ready === true, null, { timeout: 30_000 });
    await page.keyboard.press('2');
    await sceneIs(page, 'Replay');
    await page.waitForFunction(() => window.__precursor?.texts().includes('Class results ▶'));
    await page.keyboard.press('c');
    await sceneIs(page, 'ClassResults');
    await page.waitForFunction(() => window.__precursor?.texts().includes('Show results'));
    const times: number[] = [];
    for (let round = 0; round < 5; round++) {
      const prefix = `Round ${round} group `;
      // No named functions inside: the page gets this code as written, without tsx's helpers.
      const ms = await page.evaluate(
        async ({ text, prefix }) => {
          const box = document.querySelector('textarea') as HTMLTextAreaElement;
          box.value = text;
          const start = performance.now();
          box.dispatchEvent(
            new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }),
          );
          while (!(window.__precursor?.texts() ?? []).some((t) => t.startsWith(prefix)))
            await new Promise((next) => requestAnimationFrame(next));
          await new Promise((next) => requestAnimationFrame(next));
          return performance.now() - start;
        },
        { text: fortyCodes(prefix), prefix },
      );
      times.push(ms);
      await page.waitForTimeout(300);
    }
    return times;
  } finally {
    await page.close();
  }
}

/**
 * An eight-quarter game from a class link to its debrief, three times: milliseconds from the
 * debrief's first frame to the verdict of the worker, and the longest gap between frames meanwhile.
 */
async function placement(
  context: BrowserContext,
  url: string,
): Promise<{ ms: number[]; longestGap: number[] }> {
  const code = encodeClassCode({ scenario: 'truce-2026', seed: 4242, turns: 8, turnSeconds: 0 });
  const ms: number[] = [];
  const longestGap: number[] = [];
  for (let round = 0; round < 3; round++) {
    const page = await context.newPage();
    try {
      await page.goto(`${url}?class=${code}`);
      await sceneIs(page, 'Setup');
      await page.waitForFunction(() => window.__precursor?.texts().includes('Start ▶'));
      await page.keyboard.press('Enter');
      // A class game asks its questionnaire first: skipped here, as a player may.
      await sceneIs(page, 'Questionnaire');
      await page.keyboard.press('Escape');
      await sceneIs(page, 'Briefing');
      await page.keyboard.press('Enter');
      for (let quarter = 0; quarter < 8; quarter++) {
        await sceneIs(page, 'Turn');
        await page.waitForTimeout(200);
        await page.keyboard.press('Enter');
        await sceneIs(page, 'Report');
        await page.waitForTimeout(200);
        await page.keyboard.press('Shift'); // the whole report at once
        if (quarter < 7) await page.keyboard.press('Enter');
      }
      // Watched from inside the page, frame by frame, from before the last key. A string, not a
      // function: tsx would wrap named inner functions in a helper the page lacks.
      const timing = page.evaluate(`new Promise((resolve) => {
        let shown = 0;
        let last = 0;
        let gap = 0;
        const tick = () => {
          const now = performance.now();
          const hook = window.__precursor;
          if (shown === 0 && hook?.scene() === 'Debrief') shown = now;
          else if (shown > 0) gap = Math.max(gap, now - last);
          last = now;
          if (shown > 0 && (hook?.texts() ?? []).some((t) => t.includes('of 100 games')))
            resolve({ ms: now - shown, gap });
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      })`) as Promise<{ ms: number; gap: number }>;
      await page.keyboard.press('Enter');
      const t = await timing;
      ms.push(t.ms);
      longestGap.push(t.gap);
    } finally {
      await page.close();
    }
  }
  return { ms, longestGap };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const round = (value: number, places: number) => Number(value.toFixed(places));

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'precursor-bench-web-'));
  const gameOut = join(work, 'game');
  const emptySrc = mkdtempSync(join(work, 'empty-src-'));
  const emptyOut = join(work, 'empty');
  const cleanups: (() => Promise<void>)[] = [];
  try {
    log('building the game and an empty Phaser page…');
    await buildGame(gameOut);
    await buildEmptyPage(emptySrc, emptyOut);
    const game = jsSizes(gameOut);
    const empty = jsSizes(emptyOut);

    const gameServer = await serveDist(gameOut);
    cleanups.push(gameServer.close);
    const emptyServer = await serveDist(emptyOut);
    cleanups.push(emptyServer.close);
    const browser = await launchBrowser();
    cleanups.push(browser.close);
    const { context } = browser;

    log(`timing ${loads} alternating load pairs…`);
    // One discarded load of each first, so both measure with a warm HTTP cache and compiler.
    const urls: Record<string, string> = {
      game: gameServer.url,
      zh: `${gameServer.url}?lang=zh-CN`,
      empty: emptyServer.url,
    };
    for (const url of Object.values(urls)) await firstFrameMs(context, url);
    const gameMs: number[] = [];
    const zhMs: number[] = [];
    const emptyMs: number[] = [];
    const ratios: number[] = [];
    const ratiosZh: number[] = [];
    for (let i = 0; i < loads; i++) {
      // Each turn in a different order, so no page always follows another.
      const order =
        [
          ['game', 'zh', 'empty'],
          ['empty', 'game', 'zh'],
          ['zh', 'empty', 'game'],
        ][i % 3] ?? [];
      const pair: Record<string, number> = {};
      for (const which of order) pair[which] = await firstFrameMs(context, urls[which] ?? '');
      const g = pair.game ?? Number.NaN;
      const z = pair.zh ?? Number.NaN;
      const e = pair.empty ?? Number.NaN;
      gameMs.push(g);
      zhMs.push(z);
      emptyMs.push(e);
      ratios.push(g / e);
      ratiosZh.push(z / e);
    }

    log(`counting frames on the turn screen for ${FPS_WINDOW_MS / 1000} s, then ending 5 turns…`);
    const turn = await turnScreen(context, gameServer.url);
    log('forty codes into the class results, five times…');
    const classMs = await classResults40(context, gameServer.url);
    log('three eight-quarter games to the debrief, placed among 100 seeds…');
    const placed = await placement(context, gameServer.url);

    const result: WebBench = {
      titleGzipKB: round(game.titleKB, 1),
      laterGzipKB: game.later,
      bundleGzipKB: round(game.ownKB, 1),
      phaserGzipKB: round(game.phaserKB, 1),
      firstFrameRatio: round(median(ratios), 2),
      firstFrameRatioZh: round(median(ratiosZh), 2),
      fps: round(turn.fps, 1),
      turnUpdateMs: round(median(turn.turnUpdateMs), 1),
      classResults40Ms: round(median(classMs), 1),
      workerGzipKB: round(game.workerKB, 1),
      onlineGzipKB: round(game.onlineKB, 1),
      zhGzipKB: round(game.zhKB, 1),
      zhFontKB: round(game.zhFontKB, 1),
      pageFontKB: round(game.pageFontKB, 1),
      placementMs: round(median(placed.ms), 1),
    };
    if (format === 'json') {
      process.stdout.write(`${JSON.stringify(result)}\n`);
      return;
    }
    const rows: [string, string, string][] = [
      [
        'titleGzipKB',
        String(result.titleGzipKB),
        'our JS loaded before the title’s first frame, gzip -9, Phaser apart',
      ],
      ...Object.entries(result.laterGzipKB)
        .sort(([, a], [, b]) => b - a)
        .map(([name, kb]): [string, string, string] => [
          `  later: ${name}`,
          String(kb),
          'a chunk loaded after the first frame, gzip -9',
        ]),
      ['bundleGzipKB', String(result.bundleGzipKB), 'all our JS but the workers’, gzip -9'],
      ['phaserGzipKB', String(result.phaserGzipKB), 'the Phaser chunk, gzip -9'],
      [
        'firstFrameRatio',
        String(result.firstFrameRatio),
        `median of ${loads} pairs: title ${round(median(gameMs), 1)} ms / empty page ` +
          `${round(median(emptyMs), 1)} ms`,
      ],
      [
        'firstFrameRatioZh',
        String(result.firstFrameRatioZh),
        `the same in Chinese: title ${round(median(zhMs), 1)} ms`,
      ],
      [
        'fps',
        String(result.fps),
        `requestAnimationFrame rate on the turn screen, ${FPS_WINDOW_MS} ms`,
      ],
      [
        '(fps drawing)',
        String(round(turn.fpsDrawing, 1)),
        'the same with a pointer event every frame, so every frame is drawn',
      ],
      [
        'turnUpdateMs',
        String(result.turnUpdateMs),
        `median of 5: Enter pressed to the next frame drawn (${turn.turnUpdateMs.map((m) => round(m, 1)).join(', ')})`,
      ],
      [
        'classResults40Ms',
        String(result.classResults40Ms),
        `median of 5: forty codes pasted, Ctrl+Enter to the table and chart drawn (${classMs.map((m) => round(m, 1)).join(', ')})`,
      ],
      [
        'workerGzipKB',
        String(result.workerGzipKB),
        'the workers’ JS, gzip -9, loaded at a debrief',
      ],
      [
        'onlineGzipKB',
        String(result.onlineGzipKB),
        'the online class’s JS (rooms’ client, colyseus.js, its screens), gzip -9, loaded when one opens',
      ],
      [
        'zhGzipKB',
        String(result.zhGzipKB),
        'i18next, the Chinese catalogue and zod’s Chinese messages, gzip -9, loaded only for Chinese',
      ],
      [
        'zhFontKB',
        String(result.zhFontKB),
        'the Chinese font subset (woff2), loaded only for Chinese',
      ],
      [
        'pageFontKB',
        String(result.pageFontKB),
        'the fonts every page loads once the title has drawn (woff2)',
      ],
      [
        'placementMs',
        String(result.placementMs),
        `median of 3: debrief drawn to the verdict from the worker (${placed.ms.map((m) => round(m, 1)).join(', ')}); longest frame gap meanwhile ${placed.longestGap.map((m) => round(m, 1)).join(', ')} ms`,
      ],
      ['(empty page JS)', `${round(empty.ownKB, 1)}`, 'its own JS beside Phaser, for reference'],
    ];
    const w0 = Math.max(...rows.map((r) => r[0].length));
    const w1 = Math.max(...rows.map((r) => r[1].length));
    process.stdout.write(
      `${rows.map(([k, v, note]) => `${k.padEnd(w0)}  ${v.padStart(w1)}  ${note}`).join('\n')}\n`,
    );
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:web failed: ${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
});
