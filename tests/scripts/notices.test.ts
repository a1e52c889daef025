import { describe, expect, it } from 'vitest';
import { commentAround, completeNotices } from '../../scripts/notices';
import { htmlComment, inlineScriptText, singleFileHtml } from '../../scripts/single-file';

/** What Vite's `build.license` writes, in its own shape: seedrandom has no licence file. */
const VITE_NOTICES = `# Licenses

The app bundles dependencies which contain the following licenses:

## phaser - 4.2.1 (MIT)

The MIT License (MIT)

Copyright © 2013-2026 Phaser Studio Inc.

## seedrandom - 3.0.5 (MIT)
`;

describe('the notices every build ships', () => {
  const notices = completeNotices(VITE_NOTICES, 'MIT License\n\nCopyright (c) Precursor');

  it("put Precursor's licence first", () => {
    expect(notices).toMatch(/^# Licences\n\n## Precursor \(MIT\)\n\nMIT License\n/);
  });

  it('keep the texts Vite found and fill in the ones it did not', () => {
    expect(notices).toContain('## phaser - 4.2.1 (MIT)\n\nThe MIT License (MIT)');
    expect(notices).toMatch(
      /## seedrandom - 3\.0\.5 \(MIT\)\n\nCopyright 2019 David Bau\.\n\nPermission/,
    );
  });

  it('name the Chinese font with its licence', () => {
    expect(notices).toContain('## Noto Sans SC (SIL Open Font License 1.1)');
    expect(notices).toContain('SIL OPEN FONT LICENSE Version 1.1');
  });

  it("add the code that Phaser's build carries inside it, each with its text", () => {
    expect(notices).toContain('## eventemitter3 (MIT), inside phaser\n\nThe MIT License');
    expect(notices).toContain('Copyright (c) 2014 Arnout Kazemier');
    expect(notices).toContain(
      '## earcut (ISC), inside phaser\n\nISC License\n\nCopyright (c) 2016, Mapbox',
    );
    expect(notices).toContain('Copyright (c) 2017, Vladimir Agafonkin');
    expect(notices).toContain('Copyright (c) 2021 Stefan Gustavson and Ian McEwan');
  });

  it('stop the build when a package has no text anywhere', () => {
    expect(() => completeNotices(`${VITE_NOTICES}\n## left-pad - 1.3.0 (WTFPL)\n`, 'MIT')).toThrow(
      /no licence text found for left-pad/,
    );
  });

  it('read a licence from a block comment or a run of line comments', () => {
    const code =
      'x();\n/*\n * Copyright A\n *\n * Terms.\n */\ny();\n// Copyright B\n// Terms B.\nz();';
    expect(commentAround(code, 'Copyright A')).toBe('Copyright A\n\nTerms.');
    expect(commentAround(code, 'Copyright B')).toBe('Copyright B\nTerms B.');
  });
});

describe('the single-file page', () => {
  it('keeps an inline script from ending early or opening an escaped section', () => {
    const code = `const a = "</script>", b = '</SCRIPT >', c = /<!--/;`;
    const safe = inlineScriptText(code);
    expect(safe).not.toMatch(/<\/script|<!--/i);
    // The escape means the same to JavaScript.
    expect(new Function(`${safe}; return [a, b, c.test('<!--')];`)()).toEqual([
      '</script>',
      '</SCRIPT >',
      true,
    ]);
  });

  it('refuses comment text that would end the comment early', () => {
    expect(() => htmlComment('a --> b')).toThrow();
    expect(htmlComment('Licences\n')).toBe('<!--\nLicences\n-->');
  });

  it('carries the notices in a comment right after the doctype', () => {
    const page = singleFileHtml(
      '<!doctype html>\n<html><head><meta http-equiv="Content-Security-Policy" content="script-src \'self\'; font-src \'self\'" />' +
        '<link rel="icon" href="/favicon.svg" /></head><body>' +
        '<script type="module" crossorigin src="./assets/index.js"></script></body></html>',
      { code: 'go("</script>")', faviconSvg: Buffer.from('<svg/>'), notices: '# Licences\n' },
    );
    expect(page).toMatch(/^<!doctype html>\n<!--\n# Licences\n-->\n<html>/);
    expect(page).toContain('href="data:image/svg+xml;base64,');
    expect(page).toContain('<script type="module">go("\\x3C/script>")</script>\n</body>');
    expect(page).not.toContain('src="./assets/index.js"');
    // The policy names the inline script by its hash instead of the files it no longer loads.
    expect(page).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    // The fonts are inside it too, as data URLs.
    expect(page).toContain("font-src 'self' data:");
  });
});
