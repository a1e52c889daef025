/** The Replay screen's words: codes, files and saved games. */
export const REPLAY_WORDS = {
  'screen.replay.title': 'Precursor · Replay',
  'screen.replay.subtitle': 'Codes, files and saved games',
  'screen.replay.loading': 'Loading the model…',
  'screen.replay.button.back': '← Back',
  'screen.replay.code.caption': 'Open a replay code or link',
  'screen.replay.code.label': 'Replay code or link',
  'screen.replay.code.placeholder': 'p2.…  or a link ending in ?replay=p2.…',
  'screen.replay.button.open': 'Open ▶',
  'screen.replay.button.import': 'Import a file (.json)…',
  'screen.replay.button.classResults': 'Class results ▶',
  'screen.replay.noStorage': 'This browser does not allow storage here, so games cannot be saved.',
  'screen.replay.saves.caption': 'Saved games · newest first',
  'screen.replay.saves.caption_paged':
    'Saved games · newest first · page {page} of {pages} ([ ] to turn)',
  'screen.replay.saves.none': 'No saved games yet. A game saves itself after every turn.',
  'screen.replay.hint':
    'Tab / arrows move · Enter chooses · Enter in the box opens the code · I import · C class results · Esc back',
  'screen.replay.save.resume': 'Resume',
  'screen.replay.save.resume_finished': 'Debrief',
  'screen.replay.save.watch': 'Watch',
  'screen.replay.save.export': 'Export',
  'screen.replay.save.delete': 'Delete',
  'screen.replay.save.deleteArmed': 'Press again',
  'screen.replay.save.confirmDelete':
    'Press Delete again to remove “{title}” ({summary}) for good.',
  'screen.replay.save.deleted': 'Deleted “{title}”.',
  'screen.replay.save.exported': 'Saved {file} to your downloads.',
} as const;
