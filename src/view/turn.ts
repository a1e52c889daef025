import { moveCost } from '../core/moves';
import { type GameState, quarterLabel } from '../core/state';
import { roundedIndicators, type TurnRecord } from '../core/turn';
import {
  type Indicator,
  POSTURES,
  type Posture,
  type Side,
  type WorldEvent,
} from '../core/vocabulary';
import type { GameSnapshot } from '../machine/driver';
import { gameScores, phase } from '../machine/driver';
import { t } from '../words';
import { type CardView, cardsFor } from './cards';
import { signed, TREND_ARROW, type Trend, trendOf } from './format';
import { type OffersPanelView, offersPanelView } from './offers';
import { SIDE_LABEL } from './setup';
import { eventHeadline, INDICATOR_INFO, moveTitle, POSTURE_LABEL, SIDE_SHORT } from './words';

export interface IndicatorView {
  id: Indicator;
  label: string;
  value: number;
  text: string;
  /** 0..1 along the indicator's range, for a bar. */
  fraction: number;
  delta: number;
  deltaText: string;
  trend: Trend;
  arrow: string;
}

export interface PostureView {
  /** The posture region's state in the statechart. */
  state: Posture;
  label: string;
  steps: { id: Posture; label: string; active: boolean }[];
}

export interface SupplyChainView {
  /** Widths of the flows, 0..1: China → Mexico, elsewhere → Mexico, Mexico → United States. */
  china: number;
  elsewhere: number;
  toUnitedStates: number;
  labels: { china: string; elsewhere: string; toUnitedStates: string };
}

export interface NewsItem {
  quarter: string;
  text: string;
  kind: 'event' | 'us' | 'china' | 'refused';
  /** The world event an event's line tells, for its icon. */
  event?: WorldEvent;
}

export interface TurnView {
  side: Side;
  sideLabel: string;
  quarter: string;
  turnNumber: number;
  turns: number;
  turnsLeft: number;
  truce: string | null;
  budget: { total: number; spent: number; left: number };
  indicators: IndicatorView[];
  posture: PostureView;
  supplyChain: SupplyChainView;
  cards: CardView[];
  /** This side's moves picked so far: only ever the viewer's own. */
  pending: { title: string; cost: number; cardIndex: number; pendingIndex: number }[];
  /** Offers on the table and deals under way, as this side sees them. */
  offers: OffersPanelView;
  news: NewsItem[];
  /** Information only this side may see (China's chips, the side's own running score). */
  privateLines: string[];
  lastRefusal: string | null;
}

/** The indicators of the turn screen, in reading order. */
export const TURN_INDICATORS: readonly Indicator[] = [
  'deaths12m',
  'streetPrice',
  'purity',
  'precursorFlow',
  'altSupply',
  'relations',
  'goodwill',
  'tariff',
  'enforcement',
];

function previousValues(
  g: GameState,
  history: readonly TurnRecord[],
  start?: TurnRecord,
): Partial<Record<Indicator, number>> {
  // After the first quarter, the trend is against the world as the game began.
  const prev = history.at(-2) ?? (history.length === 1 ? start : undefined);
  if (prev) return prev;
  // Before any turn, or after the first: the deaths trend still has the quarters before the start.
  const h = g.deathsHistory;
  const before = h.length >= 5 ? h.slice(-5, -1).reduce((a, b) => a + b, 0) : undefined;
  return before === undefined ? {} : { deaths12m: Math.round(before) };
}

export function indicatorViews(
  g: GameState,
  history: readonly TurnRecord[],
  ids: readonly Indicator[] = TURN_INDICATORS,
  start?: TurnRecord,
): IndicatorView[] {
  const now = roundedIndicators(g);
  const before = previousValues(g, history, start);
  return ids.map((id) => {
    const info = INDICATOR_INFO[id];
    const value = now[id];
    const prev = before[id];
    const delta = prev === undefined ? 0 : value - prev;
    const trend = trendOf(delta, info.tolerance);
    return {
      id,
      label: info.label,
      value,
      text: info.format(value),
      fraction: Math.max(0, Math.min(1, (value - info.min) / (info.max - info.min))),
      delta,
      deltaText: trend === 'flat' ? '' : signed(delta, Math.abs(delta) < 10 ? 1 : 0),
      trend,
      arrow: TREND_ARROW[trend],
    };
  });
}

export function postureOf(snapshot: GameSnapshot): Posture {
  const value = snapshot.value as { posture?: string };
  const state = value.posture;
  return (POSTURES as readonly string[]).includes(state ?? '')
    ? (state as Posture)
    : snapshot.context.game.posture;
}

export function postureView(snapshot: GameSnapshot): PostureView {
  const state = postureOf(snapshot);
  return {
    state,
    label: POSTURE_LABEL[state],
    steps: POSTURES.map((id) => ({ id, label: POSTURE_LABEL[id], active: id === state })),
  };
}

/** Flow widths from the model's supply chain: China's flow, other producers and US supply. */
export function supplyChainView(g: GameState): SupplyChainView {
  const width = (v: number, full: number) => Math.max(0.04, Math.min(1, v / full));
  return {
    china: width(g.precursorFlow, 100),
    elsewhere: width(g.altSupply, 100),
    toUnitedStates: width(g.supply, 140),
    labels: {
      china: t('supply.flow', { value: Math.round(g.precursorFlow) }),
      elsewhere: t('supply.flow', { value: Math.round(g.altSupply) }),
      toUnitedStates: t('supply.reaching', { value: Math.round(g.supply) }),
    },
  };
}

export function truceLine(snapshot: GameSnapshot): string | null {
  const truce = snapshot.context.game.truce;
  if (!truce) return null;
  if (truce.status === 'renewed') return t('screen.turn.truce.renewed');
  if (truce.status === 'lapsed') return t('screen.turn.truce.lapsed');
  const left = truce.reassessTurn - snapshot.context.game.turn;
  return left <= 1 ? t('screen.turn.truce.reviewNow') : t('screen.turn.truce.review', { left });
}

/** The news of the last few quarters, newest first: events, both sides' moves, refusals. */
export function newsFeed(history: readonly TurnRecord[], limit = 12): NewsItem[] {
  const items: NewsItem[] = [];
  for (let i = history.length - 1; i >= 0 && items.length < limit; i--) {
    const r = history[i];
    if (!r) continue;
    for (const e of r.events)
      items.push({ quarter: r.label, kind: 'event', text: eventHeadline(e), event: e });
    for (const m of r.chinaMoves)
      items.push({
        quarter: r.label,
        kind: 'china',
        text: t('screen.turn.news.china', { move: moveTitle(m) }),
      });
    for (const m of r.usMoves)
      items.push({
        quarter: r.label,
        kind: 'us',
        text: t('screen.turn.news.us', { move: moveTitle(m) }),
      });
    for (const f of r.refused)
      items.push({
        quarter: r.label,
        kind: 'refused',
        text: t('screen.turn.news.refused', {
          side: SIDE_SHORT[f.side],
          move: moveTitle(f.move),
          reason: f.reason,
        }),
      });
  }
  return items.slice(0, limit);
}

/** The side whose moves the flow is waiting for, or null. */
export function sideToMove(snapshot: GameSnapshot): Side | null {
  const p = phase(snapshot);
  if (p === 'usMoves') return 'us';
  if (p === 'chinaMoves') return 'china';
  return null;
}

/**
 * What the turn screen shows to `side`. Everything the other side keeps private (its pending
 * moves, China's chips, its score) is left out here, so no scene can show it by mistake.
 */
/** The turn screen for `side`; `start` is the world as the game began (the first trends). */
export function turnView(snapshot: GameSnapshot, side: Side, start?: TurnRecord): TurnView {
  const ctx = snapshot.context;
  const g = ctx.game;
  const pendingMoves = ctx.pending[side];
  const cards = cardsFor(g, side, pendingMoves, ctx.scenario.moves[side]);
  // Every pending move counts, cards or not (an offer costs political capital too).
  const spent = pendingMoves.reduce((a, m) => a + moveCost(m), 0);
  const total = g.budget[side];
  // No score before the first quarter is played: 0 would only say that nothing happened yet.
  const score = g.turn > 0 ? gameScores(ctx) : null;
  const scoreLine = score
    ? [
        t('screen.turn.private.score', {
          score: signed(side === 'us' ? score.usScore : score.chinaScore, 1),
        }),
      ]
    : [];
  const privateLines =
    side === 'china'
      ? [t('screen.turn.private.chips', { chips: g.chips }), ...scoreLine]
      : scoreLine;
  return {
    side,
    sideLabel: SIDE_LABEL[side],
    quarter: quarterLabel(g, g.turn),
    turnNumber: g.turn + 1,
    turns: g.turns,
    turnsLeft: g.turns - g.turn,
    truce: truceLine(snapshot),
    budget: { total, spent, left: total - spent },
    indicators: indicatorViews(g, ctx.history, TURN_INDICATORS, start),
    posture: postureView(snapshot),
    supplyChain: supplyChainView(g),
    cards,
    pending: pendingMoves.map((m, pendingIndex) => ({
      // An offer's terms are spelt out in the Offers panel; here it is one move among the others.
      title:
        m.type === 'proposeOffer'
          ? t('screen.turn.pending.offer', { context: side })
          : moveTitle(m),
      cost: moveCost(m),
      cardIndex: cards.findIndex((c) => c.pendingIndex === pendingIndex),
      pendingIndex,
    })),
    offers: offersPanelView(g, side, pendingMoves, ctx.scenario.moves[side]),
    news: newsFeed(ctx.history),
    privateLines,
    lastRefusal: ctx.lastRefusal && ctx.lastRefusal.side === side ? ctx.lastRefusal.reason : null,
  };
}
