import { scoresSoFar } from '../core/baseline';
import type { Scenario } from '../core/scenario';
import { inLanguage } from '../core/scenarioWords';
import type { Scores } from '../core/score';
import type { GameState } from '../core/state';
import type { TurnRecord } from '../core/turn';
import type { Posture, Side, WorldEvent } from '../core/vocabulary';
import { t } from '../words';
import { signed, thousands } from './format';
import { eventLabel, moveTitle, POSTURE_LABEL, splitInjected } from './words';

export interface SeriesView {
  name: string;
  values: number[];
}

export interface ScoreView {
  side: 'us' | 'china';
  label: string;
  total: number;
  drivers: { label: string; value: number; text: string }[];
}

export interface TimelineEntry {
  quarter: string;
  us: string;
  china: string;
  /** The world's events that quarter, scripted or by chance. */
  events: string;
  /** Events a facilitator set that quarter. */
  injected: string;
  actual: string | null;
}

export interface DebriefView {
  scenarioTitle: string;
  quarters: string[];
  deaths: SeriesView[];
  /** Deaths the counterfactual had minus deaths in this game: positive means lives saved. */
  livesSaved: number;
  /** The deaths against the no-moves world, as a fact for either side. */
  livesSavedText: string;
  /**
   * The debrief's headline: for a player of one side, their score against making no moves (0);
   * otherwise the deaths against the no-moves world. Never spun: a loss reads as one.
   */
  headline: string;
  relations: SeriesView[];
  posture: { quarter: string; posture: Posture; label: string; level: number }[];
  scores: ScoreView[];
  timeline: TimelineEntry[];
  /** What really happened, for a history scenario; null otherwise. */
  actual: { notes: { quarter: string; note: string }[]; deaths12m: (number | null)[] } | null;
}

/** A side's score against doing nothing, in words that say plainly whether it was worth it. */
export function verdict(side: Side, score: number): string {
  const rounded = Math.round(score * 10) / 10;
  return t('debrief.verdict', {
    context: rounded > 0 ? 'better' : rounded < 0 ? 'worse' : 'same',
    who: t('debrief.verdict.who', { context: side }),
    score: signed(rounded, 1),
  });
}

const LEVEL: Record<Posture, number> = { suspended: 0, talks: 1, workingGroup: 2, enforcing: 3 };

function scoreViews(s: Scores): ScoreView[] {
  const d = (key: string, value: number) => ({
    label: t(`debrief.driver.${key}`),
    value,
    text: signed(value, 1),
  });
  return [
    {
      side: 'us',
      label: t('debrief.side', { context: 'us' }),
      total: s.usScore,
      drivers: [
        d('us.lives', s.us.lives),
        d('us.economy', s.us.economy),
        d('us.relations', s.us.relations),
        d('us.home', s.us.home),
      ],
    },
    {
      side: 'china',
      label: t('debrief.side', { context: 'china' }),
      total: s.chinaScore,
      drivers: [
        d('china.relief', s.china.relief),
        d('china.face', s.china.face),
        d('china.standing', s.china.standing),
        d('china.stability', s.china.stability),
        d('china.cost', s.china.cost),
      ],
    },
  ];
}

/**
 * The end of the game: the played history against the counterfactual (the same scenario and seed
 * with no moves by either side), both scores and their drivers, and the timeline.
 */
export function debriefView(
  written: Scenario,
  game: GameState,
  history: readonly TurnRecord[],
  counterfactual: readonly TurnRecord[],
  /** Each quarter's events set by a facilitator, in turn order. */
  injected: readonly (readonly WorldEvent[])[] = [],
  /** The side a single player played, if one did. */
  side?: Side,
): DebriefView {
  const scenario = inLanguage(written);
  const played = history.map((r) => r.deaths12m);
  const baseline = counterfactual.slice(0, history.length).map((r) => r.deaths12m);
  const sum = (xs: readonly TurnRecord[]) => xs.reduce((a, r) => a + r.deaths, 0);
  const livesSaved = Math.round(sum(counterfactual.slice(0, history.length)) - sum(history));
  const actualNotes = scenario.actual ?? [];
  const scores = scoresSoFar(scenario, game, injected);
  const livesSavedText = t('debrief.livesSaved', {
    context: livesSaved >= 0 ? 'fewer' : 'more',
    deaths: thousands(Math.abs(livesSaved)),
  });
  const actual =
    actualNotes.length > 0
      ? {
          notes: actualNotes
            .filter((a) => a.turn <= history.length)
            .map((a) => ({
              quarter: history[a.turn - 1]?.label ?? t('debrief.actual.turn', { turn: a.turn }),
              note: a.note,
            })),
          deaths12m: history.map(
            (_, i) => actualNotes.find((a) => a.turn === i + 1)?.deaths12m ?? null,
          ),
        }
      : null;
  return {
    scenarioTitle: scenario.title,
    quarters: history.map((r) => r.label),
    deaths: [
      { name: t('debrief.series.played'), values: played },
      { name: t('debrief.series.baseline'), values: baseline },
    ],
    livesSaved,
    livesSavedText,
    headline: side
      ? verdict(side, side === 'us' ? scores.usScore : scores.chinaScore)
      : livesSavedText,
    relations: [
      { name: t('debrief.series.relations'), values: history.map((r) => r.relations) },
      { name: t('debrief.series.goodwill'), values: history.map((r) => r.goodwill) },
      { name: t('debrief.series.tariff'), values: history.map((r) => r.tariff) },
    ],
    posture: history.map((r) => ({
      quarter: r.label,
      posture: r.cooperation,
      label: POSTURE_LABEL[r.cooperation],
      level: LEVEL[r.cooperation],
    })),
    scores: scoreViews(scores),
    timeline: history.map((r, i) => {
      const events = splitInjected(r.events, injected[i] ?? []);
      return {
        quarter: r.label,
        us: r.usMoves.map(moveTitle).join('; ') || '—',
        china: r.chinaMoves.map(moveTitle).join('; ') || '—',
        events: events.world.map(eventLabel).join('; '),
        injected: events.injected.map(eventLabel).join('; '),
        actual: actualNotes.find((a) => a.turn === i + 1)?.note ?? null,
      };
    }),
    actual,
  };
}
