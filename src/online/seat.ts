import { Client, type Room } from 'colyseus.js';
import type { Side } from '../core/vocabulary';
import type { ObserverView, SeatView } from '../server/group';
import type { JoinOptions } from '../server/protocol';
import { type Language, t } from '../words';

/** Every message a client received, in order, as it arrived: what tests inspect. */
export interface Received {
  type: string;
  body: unknown;
}

/**
 * One seat of a group room over the wire, as a headless player sees it: the views it was sent,
 * its seat token, and the refusals of what it sent. Bots, the load bench and tests use it.
 */
export class SeatClient {
  readonly received: Received[] = [];
  view: SeatView | ObserverView | null = null;
  token: string | null = null;
  errors: string[] = [];
  /** The server's clock less this device's, from the `time` it sends on joining, in ms. */
  clockOffset = 0;
  private waiters: (() => void)[] = [];
  private readonly listeners = new Set<(type: string) => void>();

  private constructor(
    readonly room: Room,
    /** The language the server puts this client's views in. */
    private lang: Language,
  ) {
    room.onMessage('*', (type, body) => {
      this.received.push({ type: String(type), body });
      if (type === 'view') this.view = withTerms(body as SeatView, this.view);
      if (type === 'seat') this.token = (body as { token: string }).token;
      if (type === 'error') this.errors.push((body as { message: string }).message);
      if (type === 'time') this.clockOffset = (body as { now: number }).now - Date.now();
      for (const w of this.waiters.splice(0)) w();
      for (const listener of this.listeners) listener(String(type));
    });
    room.onLeave((code) => {
      for (const listener of this.listeners)
        listener(code === 1000 || code === 4000 ? 'left' : 'lost');
    });
  }

  /** Hears the type of every message received, and `lost` when the connection drops; returns the stop. */
  watch(listener: (type: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  static async join(wsUrl: string, options: JoinOptions): Promise<SeatClient> {
    const room = await new Client(wsUrl).joinOrCreate('group', options);
    return new SeatClient(room, options.lang ?? 'en');
  }

  /** Asks for the views in `lng` from now on, if they are not in it already. */
  speak(lng: Language): void {
    if (lng === this.lang) return;
    this.lang = lng;
    this.room.send('lang', { lang: lng });
  }

  /** Resolves once `done` holds, checked on every message received; rejects after `ms`. */
  until(done: (c: SeatClient) => boolean, ms = 20_000): Promise<void> {
    if (done(this)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(t('online.timedOut', { ms }))), ms);
      const check = () => {
        if (done(this)) {
          clearTimeout(timer);
          resolve();
        } else this.waiters.push(check);
      };
      this.waiters.push(check);
    });
  }

  /** Resolves with the next message received after this call. */
  next(ms = 20_000): Promise<Received> {
    const count = this.received.length;
    return this.until((c) => c.received.length > count, ms).then(
      () => this.received[count] as Received,
    );
  }

  send(type: string, body: unknown = {}): void {
    this.room.send(type, body);
  }

  leave(): Promise<number> {
    return this.room.leave(true);
  }
}

/**
 * A view as the server sent it, with the composer's terms put back from the last view when the
 * server left them out (it sends them only when they change, once a quarter).
 */
function withTerms(view: SeatView, last: SeatView | ObserverView | null): SeatView {
  const composer = view.composer as Partial<SeatView['composer']> | undefined;
  if (!composer || composer.give) return view;
  const kept = last?.side ? (last as SeatView).composer : null;
  return {
    ...view,
    composer: { ...view.composer, give: kept?.give ?? [], ask: kept?.ask ?? [] },
  };
}

/** A seat's turn is open: the game goes on and it has not ended its turn this quarter. */
export const myTurn = (view: SeatView | ObserverView | null, side: Side): boolean =>
  view !== null && !view.over && !view.ended[side];

/**
 * Plays a seat to the end of the game: each quarter, `turn.auto` with a computer policy (the
 * server plays it for the seat, as the game's "play my turn" does), or `pass` to end the turn with
 * nothing. Returns each turn's time from sending to the view that shows it taken, in ms.
 * `think` paces it like a player, who looks at a new quarter before submitting.
 */
export async function playSeat(
  seat: SeatClient,
  side: Side,
  policy: string,
  ms = 60_000,
  /** Before each turn, how long to look at the screen first (a player's pace), in ms. */
  think = 0,
): Promise<number[]> {
  const times: number[] = [];
  for (;;) {
    await seat.until((c) => c.view?.over === true || myTurn(c.view, side), ms);
    if (think > 0) await new Promise((resolve) => setTimeout(resolve, think));
    const view = seat.view as SeatView;
    if (view.over) return times;
    const quarter = view.quarter;
    const t0 = performance.now();
    if (policy === 'pass') seat.send('turn.end');
    else seat.send('turn.auto', { policy });
    const errors = seat.errors.length;
    await seat.until(
      (c) =>
        c.errors.length > errors ||
        c.view?.over === true ||
        (c.view?.quarter ?? 0) > quarter ||
        c.view?.ended[side] === true,
      ms,
    );
    if (seat.errors.length > errors) throw new Error(seat.errors.at(-1));
    times.push(performance.now() - t0);
  }
}
