/** The words of the share panel: the replay code, its link and the downloads. */
export const SHARE_WORDS = {
  'screen.share.intro':
    'Anyone who opens the link (or pastes the code on the Replay screen) sees the same turns, on any machine.',
  'screen.share.intro_file':
    'This page was opened from a file, so its address opens nothing on another machine: share the code. Pasted on the Replay screen of the game, it shows the same turns.',
  'screen.share.title_one': 'Share this game · {count} turn played',
  'screen.share.title_other': 'Share this game · {count} turns played',
  'screen.share.caption.code': 'Replay code',
  'screen.share.caption.link': 'Link',
  'screen.share.caption.link_code': 'Code to share',
  'screen.share.field': 'Link to this replay',
  'screen.share.field_code': 'Code of this replay',
  'screen.share.button.copy': 'Copy link',
  'screen.share.button.copy_code': 'Copy code',
  'screen.share.button.replayFile': 'Replay file',
  'screen.share.button.csv': 'Turns as CSV',
  'screen.share.button.close': 'Close',
  'screen.share.hint': 'C copy link · J replay file (.json) · V turns (.csv) · Esc closes',
  'screen.share.copied': 'The link is copied.',
  'screen.share.copied_code': 'The code is copied.',
  'screen.share.notCopied':
    'The browser did not allow copying: select the link above and copy it with Ctrl+C (⌘C on a Mac).',
  'screen.share.notCopied_code':
    'The browser did not allow copying: select the code above and copy it with Ctrl+C (⌘C on a Mac).',
  'screen.share.saved': 'Saved {file} to your downloads.',
} as const;
