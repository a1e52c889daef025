import { type Client, Room, ServerError } from '@colyseus/core';
import type { Side } from '../core/vocabulary';
import type { Language } from '../view/speaking';
import type { Entry, SeatView } from './group';
import type { Hub } from './hub';
import {
  holderRefusal,
  type JoinOptions,
  joinSchema,
  type LangMessage,
  langMessageSchema,
  readJoin,
  readMessage,
  type SeatMessage,
  type SeatName,
  seatMessageSchema,
  type TeacherMessage,
  teacherJoinSchema,
  teacherMessageSchema,
} from './protocol';

/** Messages a client may send in a burst, and refilled each second. */
export const RATE = { burst: 30, perSecond: 15 };

/** A token bucket per client: a message costs one; an empty bucket refuses it. */
export class Bucket {
  private tokens: number;
  private last: number;

  constructor(
    private now: () => number = Date.now,
    private rate: { burst: number; perSecond: number } = RATE,
  ) {
    this.last = now();
    this.tokens = rate.burst;
  }

  take(): boolean {
    const t = this.now();
    const { burst, perSecond } = this.rate;
    this.tokens = Math.min(burst, this.tokens + ((t - this.last) / 1000) * perSecond);
    this.last = t;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

const RATE_ERROR = `rate: too many messages (at most ${RATE.perSecond} a second); this one was not read`;

interface SeatData {
  seat: SeatName;
  token: string | null;
  /** The language the seat reads its views in. */
  lang: Language;
  bucket: Bucket;
  /** The last view sent, as JSON: a view that has not changed is not sent again. */
  sent?: string;
  /** The game's view object and the clocks' JSON last compared: the same pair is not encoded again. */
  seen?: { view: object; clock: string };
  /** The composer's terms last sent: they change once a quarter, and are not sent again until then. */
  terms?: object;
}

/**
 * A seat's view as it is sent: the composer's lists of terms left out when this client was sent
 * these very lists already (the client keeps them: src/online/seat.ts). They are a third of a
 * view and change only when a quarter is resolved.
 */
function withoutKnownTerms<V extends { side: unknown }>(view: V, data: SeatData): V {
  const composer = (view as Partial<SeatView>).composer;
  if (!composer) return view;
  const known = data.terms === composer.give;
  data.terms = composer.give;
  if (!known) return view;
  const { give: _give, ask: _ask, ...rest } = composer;
  return { ...view, composer: rest };
}

/** Join options are read once, in onAuth; a failure is the client's join error, naming the field. */
function joinOptions<T>(schema: Parameters<typeof readJoin>[0], options: unknown): T {
  const parsed = readJoin<T>(schema, options);
  if (!parsed.ok) throw new ServerError(400, parsed.error);
  return parsed.value;
}

/**
 * A group's room: its two seats and observers. Each client is sent only its own seat's view
 * (`view`), its seat token once (`seat`), and any refusal of what it sent (`error`, one line naming
 * the field). The game itself lives in the hub, which outlives the room.
 */
export class GroupRoom extends Room {
  static hub: Hub;
  private classId = '';
  private group = '';
  private unsubscribe: (() => void) | null = null;
  /** The views' next push, once the messages read with this one have all been applied. */
  private pushDue: ReturnType<typeof setImmediate> | null = null;

  override onCreate(options: unknown): void {
    // The group's name as the hub keeps it (trimmed); options that fail are refused in onAuth.
    const o = joinSchema.safeParse(options);
    this.classId = o.success ? o.data.classId : '';
    this.group = o.success ? o.data.group : '';
    this.unsubscribe = GroupRoom.hub.onChange((classId, group) => {
      // Pushed after every message that arrived with this one has been applied: both seats
      // ending a quarter together build and send the views once, not once per message.
      if (classId === this.classId && group === this.group && !this.pushDue)
        this.pushDue = setImmediate(() => {
          this.pushDue = null;
          this.pushViews();
        });
    });
    this.onMessage('*', (client, type, body) => {
      const error = this.receive(client, type, body);
      if (error) client.send('error', { message: error });
    });
  }

  override onAuth(_client: Client, options: unknown): SeatData {
    const o = joinOptions<JoinOptions>(joinSchema, options);
    const joined = GroupRoom.hub.join(o.classId, o.group, o.seat, o.token, o.computer);
    if (!joined.ok) throw new ServerError(403, `join: ${joined.error}`);
    return { seat: o.seat, token: joined.value.token, lang: o.lang ?? 'en', bucket: new Bucket() };
  }

  override onJoin(client: Client, _options: unknown, auth: SeatData): void {
    client.userData = auth;
    // The server's time, once: the turn clocks' deadlines are in it, so every device shows the same.
    client.send('time', { now: Date.now() });
    if (auth.token) client.send('seat', { seat: auth.seat, token: auth.token });
    this.pushView(client);
  }

  override onDispose(): void {
    this.unsubscribe?.();
    if (this.pushDue) clearImmediate(this.pushDue);
  }

  /** Applies what a seat sent; the refusal, in words, or null. */
  private receive(client: Client, type: unknown, body: unknown): string | null {
    const data = client.userData as SeatData;
    if (!data.bucket.take()) return RATE_ERROR;
    if (type === 'lang') {
      // Seats and observers alike: the view again, in the words now read.
      const parsed = readMessage<LangMessage>(langMessageSchema, type, body);
      if (!parsed.ok) return parsed.error;
      data.lang = parsed.value.lang;
      this.pushView(client);
      return null;
    }
    if (data.seat === 'observer' || !data.token) return 'seat: an observer cannot play';
    const side: Side = data.seat;
    if (!GroupRoom.hub.holds(this.classId, this.group, side, data.token))
      return 'seat: this seat is no longer yours';
    const parsed = readMessage<SeatMessage>(seatMessageSchema, type, body);
    if (!parsed.ok) return parsed.error;
    const game = GroupRoom.hub.game(this.classId, this.group);
    if (!game) return 'group: no such group';
    const m = parsed.value;
    const wrong = m.type === 'turn.auto' ? holderRefusal(side, m.policy) : null;
    if (wrong) return `turn.auto: policy: ${wrong}`;
    const entry: Entry =
      m.type === 'move.add'
        ? { k: 'add', side, move: m.move }
        : m.type === 'move.remove'
          ? { k: 'remove', side, index: m.index }
          : m.type === 'turn.end'
            ? { k: 'end', side }
            : m.type === 'turn.auto'
              ? { k: 'auto', side, moves: game.policyMoves(side, m.policy) }
              : { k: 'say', side, text: m.text };
    const done = GroupRoom.hub.act(this.classId, this.group, entry);
    return done.ok ? null : `${m.type}: ${done.error}`;
  }

  private pushViews(): void {
    for (const client of this.clients) this.pushView(client);
  }

  private pushView(client: Client): void {
    const game = GroupRoom.hub.game(this.classId, this.group);
    const data = client.userData as SeatData | undefined;
    if (!game || !data) return;
    const clock = GroupRoom.hub.clocks(this.classId, this.group);
    const own =
      data.seat === 'observer' ? game.observerView(data.lang) : game.seatView(data.seat, data.lang);
    // The group's views are kept until something is applied: the same view with the same clocks
    // was compared already, and is neither encoded nor sent again.
    const clockText = JSON.stringify(clock);
    if (data.seen?.view === own && data.seen.clock === clockText) return;
    data.seen = { view: own, clock: clockText };
    const view = { ...own, clock };
    // Only what changed for this seat is sent: the other side's picking sends nothing, not even
    // an unchanged view, so no seat learns from the traffic what the other is doing.
    const text = JSON.stringify(view);
    if (text === data.sent) return;
    data.sent = text;
    client.send('view', withoutKnownTerms(view, data));
  }
}

/** A teacher's connection: its rate limit, and the language it reads. */
interface TeacherData {
  bucket: Bucket;
  lang: Language;
}
type TeacherJoin = { classId: string; token: string; lang?: Language };

/** How often, at most, the dashboard is sent while groups play. */
const DASHBOARD_MS = 250;

/**
 * A class's room, for its teacher: the table of groups (`status`), sent when it changes, and the
 * teacher's commands: an event for every group or one, a side handed to the computer or back.
 */
export class ClassRoom extends Room {
  static hub: Hub;
  private classId = '';
  private unsubscribe: (() => void) | null = null;
  private due: ReturnType<typeof setTimeout> | null = null;

  override onCreate(options: unknown): void {
    this.classId = String((options as { classId?: unknown }).classId ?? '');
    this.unsubscribe = ClassRoom.hub.onChange((classId) => {
      if (classId === this.classId && !this.due)
        this.due = setTimeout(() => {
          this.due = null;
          for (const client of this.clients) client.send('status', this.status(client));
        }, DASHBOARD_MS);
    });
    this.onMessage('*', (client, type, body) => {
      const error = this.receive(client, type, body);
      if (error) client.send('error', { message: error });
    });
  }

  override onAuth(_client: Client, options: unknown): TeacherData {
    const o = joinOptions<TeacherJoin>(teacherJoinSchema, options);
    const ok = ClassRoom.hub.teacher(o.classId, o.token);
    if (!ok.ok) throw new ServerError(403, `join: ${ok.error}`);
    return { bucket: new Bucket(), lang: o.lang ?? 'en' };
  }

  override onJoin(client: Client, _options: unknown, auth: TeacherData): void {
    client.userData = auth;
    client.send('status', this.status(client));
  }

  override onDispose(): void {
    this.unsubscribe?.();
    if (this.due) clearTimeout(this.due);
  }

  /** The dashboard's table, in the language `client` reads. */
  private status(client: Client) {
    const { lang } = client.userData as TeacherData;
    return {
      type: 'status',
      classId: this.classId,
      turnSeconds: ClassRoom.hub.turnSeconds(this.classId),
      // The server's time: the groups' clocks are in it.
      now: Date.now(),
      groups: ClassRoom.hub.statuses(this.classId, lang),
    };
  }

  /** Carries out a teacher's command; the refusal, in words, or null. */
  private receive(client: Client, type: unknown, body: unknown): string | null {
    if (!(client.userData as TeacherData).bucket.take()) return RATE_ERROR;
    const parsed = readMessage<TeacherMessage>(teacherMessageSchema, type, body);
    if (!parsed.ok) return parsed.error;
    const m = parsed.value;
    const hub = ClassRoom.hub;
    if (m.type === 'status') {
      client.send('status', this.status(client));
      return null;
    }
    if (m.type === 'end' || ((m.type === 'pause' || m.type === 'resume') && !m.group)) {
      const entry: Entry =
        m.type === 'end' ? { k: 'quit' } : { k: 'pause', paused: m.type === 'pause' };
      const errors = hub.everyGroup(this.classId, entry);
      return errors.length ? `${m.type}: ${errors.join('; ')}` : null;
    }
    if (m.type === 'pause' || m.type === 'resume') {
      const done = hub.act(this.classId, m.group ?? '', { k: 'pause', paused: m.type === 'pause' });
      return done.ok ? null : `${m.type}: ${m.group}: ${done.error}`;
    }
    if (m.type === 'extend') {
      const errors = hub.extend(this.classId, m.group, m.seconds * 1000);
      return errors.length ? `extend: ${errors.join('; ')}` : null;
    }
    if (m.type === 'release') {
      const done = hub.release(this.classId, m.group, m.side);
      return done.ok ? null : `release: ${done.error}`;
    }
    if (m.type === 'inject') {
      const groups = m.group ? [m.group] : hub.statuses(this.classId).map((g) => g.group);
      const errors = groups.flatMap((group) => {
        const done = hub.act(this.classId, group, { k: 'inject', event: m.event });
        return done.ok ? [] : [`${group}: ${done.error}`];
      });
      return errors.length ? `inject: ${errors.join('; ')}` : null;
    }
    const done = hub.act(this.classId, m.group, { k: 'seat', side: m.side, holder: m.holder });
    return done.ok ? null : `seat: ${done.error}`;
  }
}
