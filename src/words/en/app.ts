/** What the game's session says of itself: saving, the replay viewer, taking a game over (`app.*`). */
export const APP_WORDS = {
  'app.origin.saved': 'saved game',
  'app.origin.savedNamed': 'saved game “{name}”',
  'app.origin.code': 'replay code',
  'app.save.tooLarge':
    'this game is not saved: its figures are outside what a save can hold ({reason})',
  'app.save.storageFull': 'this game is not saved: the browser’s storage is full or switched off',
  'app.save.noStorage': 'this game is not saved: this browser does not allow storage here',
  'app.save.setAside':
    'A saved game could not be read and was set aside under “{name}” ({reason}).',
  'app.save.unreadable': 'A saved game could not be read ({reason}); it stays where it was.',
  'app.save.notice': '{problem}. Press {key} to export it as a file you can import later.',
  'app.viewer.figuresDiffer':
    'this game was saved with figures the current model no longer gives for the same moves',
  'app.viewer.shownNotReplayed': '{warning}. What was recorded is shown, not replayed.',
  'app.viewer.unknownScenario':
    '{origin}: scenario: “{scenario}” is not one of this game’s scenarios',
  'app.viewer.otherVersion':
    'this recording belongs to another model version, so it cannot be played on from here',
  'app.viewer.over': 'the game is over at this turn: step back to take over earlier',
  'app.viewer.movesOnly':
    'Only the moves travel in a replay code or file; the figures were not recorded with it.',
  'app.viewer.noReasons':
    'The reasons behind each change are not shown: they came from rules that have since changed.',
  'app.viewer.nothingEntered': 'replay code: nothing was entered',
  'app.speed.slow': 'slow',
  'app.speed.normal': 'normal',
  'app.speed.fast': 'fast',
  'app.takeOver.us': 'as the United States (China played by the computer)',
  'app.takeOver.china': 'as China (the United States played by the computer)',
  'app.takeOver.hotseat': 'as two teams on this device',
  'online.timedOut': 'timed out waiting ({ms} ms)',
  'online.answered': 'the server answered {status}',
  'online.noAnswer': 'the room server did not answer ({reason})',
  'app.file.label': 'Import a game file',
  'app.file.tooLarge': '{name}: too large for a game file (at most {kb} KB)',
  'app.file.unreadable': '{name}: the file could not be read',
};
