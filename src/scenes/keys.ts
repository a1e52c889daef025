/** Scene keys, in one place so scenes, the test hook and browser tests agree. No Phaser here. */
export const SCENE = {
  title: 'Title',
  setup: 'Setup',
  briefing: 'Briefing',
  handover: 'Handover',
  turn: 'Turn',
  report: 'Report',
  debrief: 'Debrief',
  help: 'Help',
  replay: 'Replay',
  viewer: 'ReplayViewer',
  share: 'Share',
  resumeOffer: 'ResumeOffer',
  howItWorks: 'HowItWorks',
  facilitator: 'Facilitator',
  classResults: 'ClassResults',
  offer: 'Offer',
  teachers: 'Teachers',
  glossary: 'Glossary',
  questionnaire: 'Questionnaire',
  settings: 'Settings',
  // The online class's screens, added with their chunk (scenes/onlineRoutes.ts).
  onlineClass: 'OnlineClass',
  join: 'Join',
  seat: 'Seat',
} as const;

export type SceneKey = (typeof SCENE)[keyof typeof SCENE];

/** Emitted on game.events by the turn screen, with the input's timestamp, when a turn is ended. */
export const TURN_ENDED = 'precursor.turn.ended';
