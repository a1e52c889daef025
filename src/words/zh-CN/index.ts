import { AI_WORDS } from './ai';
import { APP_WORDS } from './app';
import { CAUSE_WORDS } from './causes';
import { CHECK_WORDS } from './checks';
import { CODE_WORDS } from './codes';
import { DISCUSSION_WORDS } from './discussion';
import { GLOSSARY_WORDS } from './glossary';
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
import { TEACHING_WORDS } from './teaching';
import { TEACHING_NOTES_WORDS } from './teachingNotes';
import { VIEW_WORDS } from './view';
import { WORLD_WORDS } from './world';

/**
 * The game's words in Simplified Chinese, under the same keys as the English catalogue (`../en`).
 * Chinese has one plural form: a message that English splits into `_one` and `_other` has only
 * `_other` here. Words for a screen go in `screens/<screen>.ts`, spread in here as in English.
 */
export const ZH_CN: Readonly<Record<string, string>> = {
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
  ...CLASS_RESULTS_WORDS,
  ...CLASS_RESULTS_VIEW_WORDS,
  ...DEBRIEF_WORDS,
  ...DEBRIEF_VIEW_WORDS,
  ...GUIDE_WORDS,
  ...TEACHING_WORDS,
  ...TEACHING_NOTES_WORDS,
  ...GLOSSARY_WORDS,
  ...HOW_IT_WORKS_WORDS,
  ...OFFER_WORDS,
  ...ONLINE_WORDS,
  ...OVERLAY_WORDS,
  ...QUESTIONNAIRE_WORDS,
  ...REPLAY_WORDS,
  ...REPORT_WORDS,
  ...SAVES_WORDS,
  ...SETUP_WORDS,
  ...SHARE_WORDS,
  ...TITLE_WORDS,
  ...TURN_WORDS,
  ...VIEWER_WORDS,
};
