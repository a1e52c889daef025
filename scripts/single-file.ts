import { createHash } from 'node:crypto';

/**
 * The pieces of the single-file build (scripts/build-single.ts) that are plain text work, kept
 * apart so that Node tests check them without building.
 */

/**
 * Script text made safe to sit inside `<script>…</script>`: the HTML parser ends the element at
 * any `</script` (in any case) and treats `<!--` as the start of an escaped section that can run
 * past the real end tag. The `<` of both becomes `\x3C`, which means the same inside the strings,
 * templates and regular expressions where a minified bundle can hold them.
 */
export function inlineScriptText(code: string): string {
  return code.replace(/<(?=\/script|!--)/gi, '\\x3C');
}

/** Text as an HTML comment; refuses text that would end the comment early or nest one. */
export function htmlComment(text: string): string {
  if (/-->|--!>|<!--/.test(text)) throw new Error('text cannot sit inside an HTML comment');
  return `<!--\n${text.trimEnd()}\n-->`;
}

/**
 * The page Vite built with its module script inlined, the favicon as a data URL and the notices
 * as a comment at the top, right after the doctype.
 */
export function singleFileHtml(
  html: string,
  parts: { code: string; faviconSvg: Buffer; notices: string },
): string {
  const doctype = /^<!doctype html>\n?/i;
  if (!doctype.test(html)) throw new Error('the built page does not start with a doctype');
  const script = inlineScriptText(parts.code);
  // The page's Content-Security-Policy allows scripts from its own files; this one has none, so the
  // policy names the inline script by its hash instead, and nothing else inline can run.
  const hash = createHash('sha256').update(script, 'utf8').digest('base64');
  const policy = /(<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*script-src )'self'/;
  if (!policy.test(html))
    throw new Error('index.html has no script-src in its Content-Security-Policy');
  return (
    html
      .replace(policy, (_all, head: string) => `${head}'sha256-${hash}'`)
      // The debrief's worker is inlined too, and starts from a Blob URL the page makes itself.
      .replace(/worker-src 'self'/, "worker-src 'self' blob:")
      // So are the fonts, as data URLs.
      .replace(/font-src 'self'/, "font-src 'self' data:")
      .replace(doctype, (d) => `${d.trimEnd()}\n${htmlComment(parts.notices)}\n`)
      .replace(/<script type="module"[^>]*src="[^"]*"[^>]*><\/script>/, '')
      .replace(
        /<link rel="icon"[^>]*>/,
        () =>
          `<link rel="icon" type="image/svg+xml" href="data:image/svg+xml;base64,${parts.faviconSvg.toString('base64')}" />`,
      )
      .replace(
        '</body>',
        // A function as replacement, so `$&` and the like in the code are not read as patterns.
        () => `<script type="module">${script}</script>\n</body>`,
      )
  );
}
