import { AI_WORDS } from './ai';
import { CAUSE_WORDS } from './causes';
import { CHECK_WORDS } from './checks';
import { CODE_WORDS } from './codes';
import { DISCUSSION_WORDS } from './discussion';
import { GLOSSARY_WORDS } from './glossary';
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
import { QUESTIONNAIRE_WORDS } from './screens/questionnaire';
import { REPLAY_WORDS } from './screens/replay';
import { REPORT_WORDS } from './screens/report';
import { SETUP_WORDS } from './screens/setup';
import { SHARE_WORDS } from './screens/share';
import { TURN_WORDS } from './screens/turn';
import { VIEWER_WORDS } from './screens/viewer';
import { TEACHING_WORDS } from './teaching';
import { TEACHING_NOTES_WORDS } from './teachingNotes';
import { VIEW_WORDS } from './view';
import { WORLD_WORDS } from './world';

/**
 * The English words that come with the game's chunk (src/scenes/load.ts), after the title's first
 * frame: the model's, the AI's, the teaching material's, the printable pages' and every screen's
 * but the title's.
 */
export const EN_LATER = {
  ...MOVE_WORDS,
  ...RULE_WORDS,
  ...WORLD_WORDS,
  ...CAUSE_WORDS,
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
  ...ONLINE_WORDS,
  ...CLASS_RESULTS_WORDS,
  ...CLASS_RESULTS_VIEW_WORDS,
  ...DEBRIEF_WORDS,
  ...DEBRIEF_VIEW_WORDS,
  ...QUESTIONNAIRE_WORDS,
  ...REPLAY_WORDS,
  ...REPORT_WORDS,
  ...VIEWER_WORDS,
  ...GUIDE_WORDS,
  ...TEACHING_WORDS,
  ...TEACHING_NOTES_WORDS,
  ...GLOSSARY_WORDS,
} as const;
