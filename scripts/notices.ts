/**
 * The licences every build ships with. Vite's `build.license` lists the packages a build bundles,
 * each with the licence file found in the package; `completeNotices()` puts Precursor's own
 * licence first, fills in the packages that carry their licence somewhere other than a licence
 * file, and adds the code that Phaser's published build carries inside it, which Vite cannot see.
 * A package left without its text stops the build, so the notices never go out incomplete.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');

/** Where `build.license` writes the notices, beside index.html. */
export const NOTICES_FILE = 'LICENSES.md';

/** A licence text inside a package: a whole file, or the comment around `marker` in it. */
interface TextSource {
  readonly file: string;
  readonly marker?: string;
}

/** Packages whose licence text is not in a licence file that Vite finds. */
const TEXT_ELSEWHERE: Record<string, TextSource> = {
  seedrandom: { file: 'seedrandom/seedrandom.js', marker: 'Copyright 2019 David Bau.' },
};

/** The font the Chinese subset is made from (scripts/cjk-font.ts), and where its licence is. */
const FONT_NOTICE: { heading: string; source: TextSource } = {
  heading: 'Noto Sans SC (SIL Open Font License 1.1), from @embedpdf/fonts-sc',
  source: { file: '@embedpdf/fonts-sc/LICENSE' },
};

/** Code that phaser/dist/phaser.esm.js carries inside it under its authors' own notices. */
const INSIDE_PHASER: readonly { heading: string; source: TextSource }[] = [
  { heading: 'eventemitter3 (MIT)', source: { file: 'eventemitter3/LICENSE' } },
  {
    heading: 'earcut (ISC)',
    source: { file: 'phaser/dist/phaser.esm.js', marker: 'Copyright (c) 2016, Mapbox' },
  },
  {
    heading: 'simplify-js (BSD-2-Clause)',
    source: { file: 'phaser/dist/phaser.esm.js', marker: 'Copyright (c) 2017, Vladimir Agafonkin' },
  },
  {
    heading: 'psrdnoise (MIT)',
    source: {
      file: 'phaser/dist/phaser.esm.js',
      marker: 'Copyright (c) 2021 Stefan Gustavson and Ian McEwan',
    },
  },
];

/**
 * The comment that holds `marker` in `code`, without its comment marks: the enclosing block
 * comment, or the run of line comments around it.
 */
export function commentAround(code: string, marker: string): string {
  const at = code.indexOf(marker);
  if (at < 0) throw new Error(`no comment holds '${marker}'`);
  const open = code.lastIndexOf('/*', at);
  if (open >= 0 && code.lastIndexOf('*/', at) < open) {
    const close = code.indexOf('*/', at);
    return code
      .slice(code.indexOf('\n', open) + 1, close)
      .split('\n')
      .map((line) => line.replace(/^\s*\*? ?/, '').trimEnd())
      .join('\n')
      .trim();
  }
  const lines = code.split('\n');
  const line = code.slice(0, at).split('\n').length - 1;
  const isComment = (i: number) => /^\s*\/\//.test(lines[i] ?? '');
  let first = line;
  let last = line;
  while (first > 0 && isComment(first - 1)) first--;
  while (last < lines.length - 1 && isComment(last + 1)) last++;
  return lines
    .slice(first, last + 1)
    .map((l) => l.replace(/^\s*\/\/ ?/, '').trimEnd())
    .join('\n')
    .trim();
}

function readText(source: TextSource, modules: string): string {
  const text = readFileSync(join(modules, source.file), 'utf8');
  return source.marker === undefined ? text.trim() : commentAround(text, source.marker);
}

/**
 * Vite's notices made whole: Precursor's licence first, every package with its text (or an
 * error naming the ones without), then the code inside Phaser's build if Phaser is bundled.
 */
export function completeNotices(
  vite: string,
  projectLicence: string,
  modules = join(ROOT, 'node_modules'),
): string {
  const [, ...sections] = vite.split(/^## /m);
  const missing: string[] = [];
  let phaser = false;
  const packages = sections.map((section) => {
    const heading = section.slice(0, section.indexOf('\n')).trim();
    const name = heading.slice(0, heading.lastIndexOf(' - '));
    if (name === 'phaser') phaser = true;
    if (section.slice(heading.length).trim() !== '') return `## ${section.trimEnd()}\n`;
    const source = TEXT_ELSEWHERE[name];
    if (source === undefined) {
      missing.push(name);
      return '';
    }
    return `## ${heading}\n\n${readText(source, modules)}\n`;
  });
  if (missing.length > 0) {
    throw new Error(
      `no licence text found for ${missing.join(', ')}: add where it is to TEXT_ELSEWHERE in scripts/notices.ts`,
    );
  }
  const parts = [
    '# Licences\n',
    `## Precursor (MIT)\n\n${projectLicence.trim()}\n`,
    'The game bundles these packages, under these licences:\n',
    ...packages,
  ];
  parts.push(
    'The game draws Chinese with a subset of this font, made at build time, named Precursor SC:\n',
    `## ${FONT_NOTICE.heading}\n\n${readText(FONT_NOTICE.source, modules)}\n`,
  );
  if (phaser) {
    parts.push(
      "Phaser's published build (`phaser/dist/phaser.esm.js`) carries this code inside it:\n",
      ...INSIDE_PHASER.map(
        (p) => `## ${p.heading}, inside phaser\n\n${readText(p.source, modules)}\n`,
      ),
    );
  }
  return parts.join('\n');
}

/**
 * Rewrites the notices that `build.license` emitted into their complete form; the build fails if
 * `build.license` is off or writes elsewhere.
 */
export function completeNoticesPlugin(): Plugin {
  return {
    name: 'precursor:notices',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        const asset = bundle[NOTICES_FILE];
        if (asset?.type !== 'asset') {
          this.error(`build.license must write ${NOTICES_FILE}: the build has to ship the notices`);
        }
        const licence = readFileSync(join(ROOT, 'LICENSE'), 'utf8');
        const vite =
          typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
        asset.source = completeNotices(vite, licence);
      },
    },
  };
}
