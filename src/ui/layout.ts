/**
 * Layout constants in design pixels (the game is drawn at 1280×720 and scaled to fit).
 * Plain numbers only, no Phaser, so browser tests can import them to aim clicks.
 */
export const DESIGN = { width: 1280, height: 720 } as const;

/** Distance from the screen edge to any content. */
export const MARGIN = 48;
/** Base spacing unit; gaps are multiples of it. */
export const GAP = 8;

export const BUTTON = { width: 320, height: 52, radius: 6, focusRing: 3 } as const;

export const TITLE = {
  emblemY: 128,
  emblemRadius: 32,
  wordmarkY: 224,
  subtitleY: 288,
  subtitleWidth: 880,
  menuTop: 400,
  menuGap: GAP * 2,
} as const;

/** Top-left corner of title-menu button `index` (0-based). */
export function titleMenuButton(index: number): { x: number; y: number; w: number; h: number } {
  return {
    x: (DESIGN.width - BUTTON.width) / 2,
    y: TITLE.menuTop + index * (BUTTON.height + TITLE.menuGap),
    w: BUTTON.width,
    h: BUTTON.height,
  };
}

/** Top-left corner of the Back button on every secondary screen. */
export const BACK_BUTTON = {
  x: MARGIN,
  y: DESIGN.height - MARGIN - BUTTON.height,
  w: 200,
  h: BUTTON.height,
} as const;

/** Centre of a rectangle, for aiming pointer events. */
export function centreOf(r: { x: number; y: number; w: number; h: number }): {
  x: number;
  y: number;
} {
  return { x: r.x + r.w / 2, y: r.y + r.h / 2 };
}

/** The turn screen's grid, in design pixels; browser tests aim clicks with it. */
export const TURN = {
  left: { x: 16, y: 56, w: 264 },
  indicatorStep: 40,
  chain: { x: 296, y: 52, w: 664, h: 172 },
  cards: { x: 296, y: 232, cols: 4, w: 160, h: 84, gap: 8 },
  right: { x: 976, y: 52, w: 288 },
  endTurn: { x: 296, y: 616, w: 260, h: 48 },
  hintY: 700,
} as const;

/**
 * The turn screen's right column, top to bottom: the moves picked, the Offers panel (with its
 * buttons), the what-if. The news sits at the foot of the left column.
 */
export const TURN_PANELS = {
  pending: { y: 52, h: 96 },
  offers: { y: 156, h: 232 },
  preview: { y: 396, h: 268 },
  news: { y: 584 },
} as const;

/** The Offers panel's buttons: answer the other side's offer, or make one. */
export const OFFER_BUTTONS = {
  accept: { x: 988, y: TURN_PANELS.offers.y + 80, w: 128, h: 28 },
  decline: { x: 1124, y: TURN_PANELS.offers.y + 80, w: 128, h: 28 },
  propose: { x: 988, y: TURN_PANELS.offers.y + 194, w: 264, h: 28 },
} as const;

/** The Glossary button at the foot of the what-if panel: the entry of the card in focus. */
export const TURN_GLOSSARY = {
  x: 988,
  y: TURN_PANELS.preview.y + TURN_PANELS.preview.h - 40,
  w: 264,
  h: 30,
} as const;

/** The offer composer, a dialog over the turn screen; browser tests aim clicks with it. */
export const COMPOSER = {
  box: { x: 80, y: 24, w: 1120, h: 672 },
  /** Left edge of the two lists: what you give, what you ask. */
  giveX: 108,
  askX: 652,
  listTop: 148,
  rowStep: 40,
  toggle: { w: 256, h: 36 },
  columnGap: 8,
  withinY: 440,
  within: { x: 196, w: 148, h: 36, step: 156 },
  wordsY: 512,
  statusY: 586,
  buttonsY: 632,
  confirm: { x: 108, w: 240 },
  cancel: { x: 364, w: 200 },
  withdraw: { x: 580, w: 260 },
  buttonH: 44,
} as const;

/**
 * The toggle for term `index` of a list of `count` (give or ask), filled down the first of two
 * columns, then the second.
 */
export function composerToggle(
  list: 'give' | 'ask',
  index: number,
  count: number,
): { x: number; y: number; w: number; h: number } {
  const c = COMPOSER;
  const rows = Math.max(1, Math.ceil(count / 2));
  const col = Math.floor(index / rows);
  const row = index % rows;
  return {
    x: (list === 'give' ? c.giveX : c.askX) + col * (c.toggle.w + c.columnGap),
    y: c.listTop + row * c.rowStep,
    w: c.toggle.w,
    h: c.toggle.h,
  };
}

/** The composer's "within n quarters" button for n = `quarters` (1–3). */
export function composerWithin(quarters: number): { x: number; y: number; w: number; h: number } {
  const w = COMPOSER.within;
  return { x: w.x + (quarters - 1) * w.step, y: COMPOSER.withinY, w: w.w, h: w.h };
}

/** Top-left corner and size of move card `index` on the turn screen. */
export function turnCard(index: number): { x: number; y: number; w: number; h: number } {
  const c = TURN.cards;
  const col = index % c.cols;
  const row = Math.floor(index / c.cols);
  return { x: c.x + col * (c.w + c.gap), y: c.y + row * (c.h + c.gap), w: c.w, h: c.h };
}

/** Layout of the setup screen, in design pixels; browser tests aim clicks with it. */
export const SETUP = {
  left: MARGIN,
  leftWidth: 400,
  scenarioTop: 96,
  seatTop: 400,
  rowStep: 50,
  rowHeight: 42,
  right: 496,
  policyTop: 96,
  policyRow: 40,
  /** Rows of the grid of choices when both sides are asked about (watching AI against AI). */
  policyRowCompact: 34,
  policyColumns: 3,
  policyCell: 240,
  policyButton: 180,
  /** The line of the main buttons: Back, Classroom…, Start. */
  seedY: 600,
  /** Opens the classroom options; the seed's note beside it. */
  classroom: { x: 496, y: 600, w: 240, h: 48 },
  seedNoteX: 752,
  /**
   * The classroom options, a panel over the lower right of Setup: quarters, timer and a crisis;
   * the class code that fixes them; the seed; the online class.
   */
  panel: { x: 472, y: 344, w: 784, h: 330 },
  classY: 398,
  classH: 40,
  quartersX: 496,
  timerX: 636,
  classButtonW: 130,
  crisis: { x: 776, y: 398, w: 320, h: 40 },
  crisisTurn: { x: 1106, y: 398, w: 126, h: 40 },
  codeField: { x: 496, y: 446, w: 440, h: 40 },
  /** Asks the questionnaire before the briefing and after the debrief, or not. */
  questionnaire: { x: 946, y: 446, w: 150, h: 40 },
  copyLink: { x: 1106, y: 446, w: 126, h: 40 },
  startX: DESIGN.width - MARGIN - 240,
  startW: 240,
  /** The class row's first two buttons, left of the crisis. */
  quarters: { x: 496, y: 398, w: 130, h: 40 },
  timer: { x: 636, y: 398, w: 130, h: 40 },
  /** The seed row (Enter types one, or a new one) and the online class beside it. */
  seed: { x: 496, y: 534, w: 260, h: 48 },
  newSeed: { x: 772, y: 534, w: 160, h: 48 },
  onlineClass: { x: 946, y: 534, w: 286, h: 48 },
  start: { x: DESIGN.width - MARGIN - 240, y: 600, w: 240, h: 48 },
  /** Above a group of buttons: where its caption sits. */
  captionAbove: 24,
  /** The personalities' descriptions right of their buttons, one side asked about. */
  summaryGap: 16,
} as const;

/** The glossary overlay: two columns of entries, a page at a time, and its buttons. */
export const GLOSSARY_BOX = {
  box: { x: 64, y: 16, w: 1152, h: 688 },
  top: 76,
  rows: 7,
  slot: 76,
  columnX: [96, 664],
  columnW: 520,
  buttonsY: 612,
  buttonH: 48,
  close: { x: 1024, w: 160 },
  earlier: { x: 96, w: 150 },
  later: { x: 258, w: 150 },
  print: { x: 420, w: 220 },
} as const;

/** The debrief's way to the questionnaire after the game, right of its other buttons. */
export const DEBRIEF_QUESTIONNAIRE = {
  x: 968,
  /** On the debrief's line of buttons, which ends where the grid's content does (`GRID.bottom`). */
  y: DESIGN.height - GAP * 5 - BUTTON.height,
  w: 288,
  h: BUTTON.height,
} as const;

/** The questionnaire screen, one question at a time; browser tests aim clicks with it. */
export const QUESTIONNAIRE = {
  introY: 72,
  promptY: 124,
  /** The options: full-width buttons, large enough to touch. */
  optionsY: 232,
  optionsHeight: 336,
  optionStep: 80,
  optionGap: 12,
  openField: { x: MARGIN, y: 232, w: DESIGN.width - 2 * MARGIN, h: 220 },
  buttonsY: 612,
  buttonH: 56,
  next: { x: MARGIN, w: 400 },
  previous: { x: MARGIN + 416, w: 200 },
  print: { x: MARGIN + 632, w: 220 },
  skip: { x: DESIGN.width - MARGIN - 300, w: 300 },
  answeredX: MARGIN,
} as const;

/** The option button `index` of a question with `count` options. */
export function questionnaireOption(
  index: number,
  count: number,
): { x: number; y: number; w: number; h: number } {
  const q = QUESTIONNAIRE;
  const step = Math.min(q.optionStep, q.optionsHeight / Math.max(1, count));
  return {
    x: MARGIN,
    y: q.optionsY + index * step,
    w: DESIGN.width - 2 * MARGIN,
    h: step - q.optionGap,
  };
}

/** Layout of the report, in design pixels; browser tests aim clicks with it. */
export const REPORT = {
  rulesX: 812,
  rulesY: 84,
  rulesW: 436,
  ruleButtonH: 30,
  ruleStep: 54,
  maxRules: 8,
  /** The line of Continue and Glossary, which ends where the grid's content does (`GRID.bottom`). */
  continueY: DESIGN.height - GAP * 5 - BUTTON.height,
} as const;

/** Where the Continue button of the report sits. */
export const REPORT_CONTINUE = {
  x: MARGIN,
  y: REPORT.continueY,
  w: 300,
  h: BUTTON.height,
} as const;

/** The report's Glossary button, beside Continue. */
export const REPORT_GLOSSARY = {
  x: REPORT_CONTINUE.x + REPORT_CONTINUE.w + 16,
  y: REPORT.continueY,
  w: 200,
  h: BUTTON.height,
} as const;

/** The Begin button of the briefing and the Ready button of the hand-over screen. */
export const BRIEFING_BEGIN = { x: MARGIN, y: 560, w: 280, h: BUTTON.height } as const;

/** Where the pieces of the Replay screen sit, in design pixels; browser tests aim with it. */
export const REPLAY = {
  /** The way to the class results screen, beside the Back button. */
  classResults: {
    x: MARGIN + 216,
    y: DESIGN.height - MARGIN - BUTTON.height,
    w: 280,
    h: BUTTON.height,
  },
  field: { x: MARGIN, y: 100, w: 700, h: 44 },
  open: { x: 760, y: 100, w: 150, h: 44 },
  import: { x: 926, y: 100, w: 306, h: 44 },
  messageY: 158,
  listY: 256,
  rowStep: 62,
  rows: 5,
  rowH: 44,
} as const;

/** A saved game's row buttons: Resume, Watch, Export, Delete. */
export function saveButton(
  row: number,
  which: 0 | 1 | 2 | 3,
): {
  x: number;
  y: number;
  w: number;
  h: number;
} {
  const xs = [656, 798, 930, 1062];
  const ws = [134, 124, 124, 170];
  return {
    x: xs[which] ?? 0,
    y: REPLAY.listY + row * REPLAY.rowStep,
    w: ws[which] ?? 0,
    h: REPLAY.rowH,
  };
}

/** The class results screen, in design pixels; browser tests aim with it. */
export const CLASS_SCREEN = {
  codes: { x: MARGIN, y: 88, w: 560, h: 120 },
  classCode: { x: MARGIN, y: 238, w: 560, h: 36 },
  buttonsY: 286,
  messageY: 334,
  chart: { x: 648, y: 72, w: 584, h: 300 },
  tableX: MARGIN,
  openW: 70,
  headY: 392,
  rowsY: 418,
  rowStep: 26,
  /** Earlier / Later page buttons, then the flags, on the Back button's line. */
  pagerX: 228,
  pagerW: 112,
  marksX: 480,
  marksY: 636,
  backY: 640,
  /** The buttons that put the discussion or the questionnaire beside the table. */
  discussionX: 876,
  answersX: 1062,
  panelW: 170,
  /** One question's pair of bars in the before/after panel. */
  answerStep: 32,
} as const;
