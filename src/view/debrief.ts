import { scoresSoFar } from '../core/baseline';
import type { Scenario } from '../core/scenario';
import type { Scores } from '../core/score';
import type { GameState } from '../core/state';
import type { TurnRecord } from '../core/turn';
import type { Posture, Side, WorldEvent } from '../core/vocabulary';
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
  const who = side === 'us' ? 'the United States' : 'China';
  const rounded = Math.round(score * 10) / 10;
  const against =
    rounded > 0
      ? 'better than making no moves at all (0)'
      : rounded < 0
        ? 'worse than making no moves at all (0)'
        : 'no better than making no moves at all (0)';
  return `Your score for ${who}: ${signed(rounded, 1)}, ${against}`;
}

const LEVEL: Record<Posture, number> = { suspended: 0, talks: 1, workingGroup: 2, enforcing: 3 };

function scoreViews(s: Scores): ScoreView[] {
  const d = (label: string, value: number) => ({ label, value, text: signed(value, 1) });
  return [
    {
      side: 'us',
      label: 'United States',
      total: s.usScore,
      drivers: [
        d('Lives saved (thousands)', s.us.lives),
        d('Cost to the economy', s.us.economy),
        d('Relations', s.us.relations),
        d('Results seen at home', s.us.home),
      ],
    },
    {
      side: 'china',
      label: 'China',
      total: s.chinaScore,
      drivers: [
        d('Relief from pressure', s.china.relief),
        d('Face (goodwill, summits)', s.china.face),
        d('Standing in the world', s.china.standing),
        d('Stability (relations)', s.china.stability),
        d('Cost of enforcing', s.china.cost),
      ],
    },
  ];
}

/**
 * The end of the game: the played history against the counterfactual (the same scenario and seed
 * with no moves by either side), both scores and their drivers, and the timeline.
 */
export function debriefView(
  scenario: Scenario,
  game: GameState,
  history: readonly TurnRecord[],
  counterfactual: readonly TurnRecord[],
  /** Each quarter's events set by a facilitator, in turn order. */
  injected: readonly (readonly WorldEvent[])[] = [],
  /** The side a single player played, if one did. */
  side?: Side,
): DebriefView {
  const played = history.map((r) => r.deaths12m);
  const baseline = counterfactual.slice(0, history.length).map((r) => r.deaths12m);
  const sum = (xs: readonly TurnRecord[]) => xs.reduce((a, r) => a + r.deaths, 0);
  const livesSaved = Math.round(sum(counterfactual.slice(0, history.length)) - sum(history));
  const actualNotes = scenario.actual ?? [];
  const scores = scoresSoFar(scenario, game, injected);
  const livesSavedText =
    livesSaved >= 0
      ? `${thousands(livesSaved)} fewer deaths than the same world with no moves`
      : `${thousands(-livesSaved)} more deaths than the same world with no moves`;
  const actual =
    actualNotes.length > 0
      ? {
          notes: actualNotes
            .filter((a) => a.turn <= history.length)
            .map((a) => ({
              quarter: history[a.turn - 1]?.label ?? `turn ${a.turn}`,
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
      { name: 'This game', values: played },
      { name: 'No moves by either side', values: baseline },
    ],
    livesSaved,
    livesSavedText,
    headline: side
      ? verdict(side, side === 'us' ? scores.usScore : scores.chinaScore)
      : livesSavedText,
    relations: [
      { name: 'Relations', values: history.map((r) => r.relations) },
      { name: 'Goodwill', values: history.map((r) => r.goodwill) },
      { name: 'Tariff %', values: history.map((r) => r.tariff) },
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
