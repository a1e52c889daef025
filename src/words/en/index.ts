import { AI_WORDS } from './ai';
import { APP_WORDS } from './app';
import { CAUSE_WORDS } from './causes';
import { CHECK_WORDS } from './checks';
import { CODE_WORDS } from './codes';
import { DISCUSSION_WORDS } from './discussion';
import { INTERFACE_WORDS } from './interface';
import { MOVE_WORDS } from './moves';
import { OFFER_LINE_WORDS } from './offers';
import { PRINT_WORDS } from './print';
import { RULE_WORDS } from './rules';
import { CLASS_RESULTS_WORDS } from './screens/classResults';
import { CLASS_RESULTS_VIEW_WORDS } from './screens/classResultsView';
import { DEBRIEF_WORDS } from './screens/debrief';
import { DEBRIEF_VIEW_WORDS } from './screens/debriefView';
import { GUIDE_WORDS } from './screens/guide';
import { HOW_IT_WORKS_WORDS } from './screens/howItWorks';
import { OFFER_WORDS } from './screens/offer';
import { ONLINE_WORDS } from './screens/online';
import { OVERLAY_WORDS } from './screens/overlays';
import { QUESTIONNAIRE_WORDS } from './screens/questionnaire';
import { REPLAY_WORDS } from './screens/replay';
import { REPORT_WORDS } from './screens/report';
import { SAVES_WORDS } from './screens/saves';
import { SETUP_WORDS } from './screens/setup';
import { SHARE_WORDS } from './screens/share';
import { TITLE_WORDS } from './screens/title';
import { TURN_WORDS } from './screens/turn';
import { VIEWER_WORDS } from './screens/viewer';
import { VIEW_WORDS } from './view';
import { WORLD_WORDS } from './world';

/**
 * The game's words in English, addressed by key. A key names a thing, not a screen: `move.<id>.*`
 * for the moves, `rule.<id>.*` for the rules, `event.`, `posture.` and `indicator.` for the world;
 * `screen.<screen>.*` for what a screen says of its own (`screens/<screen>.ts`).
 * Variants follow the usual message-catalogue conventions: `key_<context>` for a variant picked by
 * the caller, `_one` and `_other` for the plural by `count`; `{name}` is filled from the values
 * passed with the key.
 */
export const EN = {
  ...MOVE_WORDS,
  ...RULE_WORDS,
  ...WORLD_WORDS,
  ...CAUSE_WORDS,
  ...INTERFACE_WORDS,
  ...APP_WORDS,
  ...AI_WORDS,
  ...PRINT_WORDS,
  ...OFFER_LINE_WORDS,
  ...VIEW_WORDS,
  ...DISCUSSION_WORDS,
  ...CODE_WORDS,
  ...CHECK_WORDS,
  ...SETUP_WORDS,
  ...TURN_WORDS,
  ...OFFER_WORDS,
  ...HOW_IT_WORKS_WORDS,
  ...SHARE_WORDS,
  ...TITLE_WORDS,
  ...OVERLAY_WORDS,
  ...ONLINE_WORDS,
  ...CLASS_RESULTS_WORDS,
  ...CLASS_RESULTS_VIEW_WORDS,
  ...DEBRIEF_WORDS,
  ...DEBRIEF_VIEW_WORDS,
  ...QUESTIONNAIRE_WORDS,
  ...REPLAY_WORDS,
  ...REPORT_WORDS,
  ...SAVES_WORDS,
  ...VIEWER_WORDS,
  ...GUIDE_WORDS,
} as const;

export type WordKey = keyof typeof EN;
