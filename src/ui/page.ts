/** The page around the game: its address, the clipboard and downloads. No Phaser here. */

/** The page's address, for links that open a replay. */
export function pageAddress(): string {
  return window.location.href;
}

/**
 * Puts `text` on the clipboard. The answer says whether it worked; the clipboard is missing on
 * pages not served securely (a school's local address) and a browser may refuse it.
 */
export async function copyText(text: string): Promise<boolean> {
  const clipboard = navigator.clipboard;
  if (!clipboard) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Hands the player a file, the way a browser downloads one. */
export function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
