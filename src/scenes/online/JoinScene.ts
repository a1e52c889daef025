import type { SeatClient } from '../../online/seat';
import { Button } from '../../ui/Button';
import { DomField } from '../../ui/DomField';
import { centred } from '../../ui/grid';
import { BACK_BUTTON, GAP } from '../../ui/layout';
import { css, PALETTE } from '../../ui/palette';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { addText, TYPE_SIZE } from '../../ui/typography';
import { language, t } from '../../words';
import { SCENE } from '../keys';
import type { JoinData } from '../onlineRoutes';
import { Screen } from '../screen';
import { type KeptSeat, keepSeat, lastSeat, seatToken } from './keep';
import { online } from './module';
import { roomsOf } from './rooms';
import type { SeatData } from './SeatScene';

type Seat = KeptSeat['seat'];
const SEATS: Seat[] = ['us', 'china', 'observer'];
const BOX = centred(720, 420);
const ROW = { field: BOX.y + 150, seats: BOX.y + 236, join: BOX.y + 320 } as const;

/**
 * A join link's screen: the group's name and a side, then the seat. The class's settings are the
 * teacher's and are not shown to change. A device that took a seat in this class before takes it
 * back at once, with the token it kept.
 */
export class JoinScene extends Screen {
  private classId = '';
  private seat: Seat = 'us';
  private busy = false;

  constructor() {
    super(SCENE.join);
  }

  /** The screen's header, title and what joining means. */
  private heading(): void {
    new ScreenHeader(this, t('screen.online.join.header'), '');
    addText(this, BOX.x, BOX.y, t('screen.online.join.title'), {
      fontSize: `${TYPE_SIZE.heading - 8}px`,
      fontStyle: 'bold',
    });
    addText(this, BOX.x, BOX.y + 52, t('screen.online.join.intro'), {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(PALETTE.textMuted),
      wordWrap: { width: BOX.w },
      lineSpacing: 3,
    });
  }

  create(data: JoinData): void {
    this.classId = data.classId;
    this.busy = false;
    const last = lastSeat(this.classId);
    this.seat = last?.seat ?? 'us';
    this.heading();
    const { x, w } = BOX;
    this.caption(x, ROW.field - 22, t('screen.online.join.group'));
    const field = new DomField(
      this,
      { x, y: ROW.field, w, h: 44 },
      {
        label: t('screen.online.join.group'),
        placeholder: t('screen.online.join.placeholder'),
        value: last?.group ?? '',
        fontSize: 18,
        onSubmit: () => join(),
      },
    );
    const bw = Math.floor((w - 2 * GAP * 2) / 3);
    const seats = SEATS.map((seat, i) =>
      new Button(this, x + i * (bw + GAP * 2), ROW.seats, {
        label: t(`screen.online.join.${seat}`),
        width: bw,
        height: 48,
        onActivate: () => {
          this.seat = seat;
          seats.forEach((b, k) => {
            b.setSelected(SEATS[k] === seat);
          });
          this.drawn();
        },
      }).setSelected(seat === this.seat),
    );
    const joinButton = new Button(this, x, ROW.join, {
      label: t('screen.online.join.join'),
      width: 240,
      primary: true,
      onActivate: () => join(),
    });
    const message = addText(this, x + 240 + GAP * 3, ROW.join + 4, '', {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(PALETTE.caution),
      wordWrap: { width: w - 240 - GAP * 3 },
    }).setMaxLines(3);
    const say = (text: string) => {
      message.setText(text);
      this.drawn();
    };
    const back = new Button(this, BACK_BUTTON.x, BACK_BUTTON.y, {
      label: t('screen.online.back'),
      width: BACK_BUTTON.w,
      height: BACK_BUTTON.h,
      onActivate: () => this.scene.start(SCENE.title),
    });
    const join = () => {
      const group = field.value.trim();
      if (!group) return say(t('screen.online.join.noName'));
      if (this.busy) return;
      this.busy = true;
      say(t('screen.online.join.joining'));
      this.take({ group, seat: this.seat })
        .catch((e: Error) => say(e.message))
        .finally(() => {
          this.busy = false;
        });
    };
    this.focus([field, ...seats, joinButton, back], {
      numberKeys: false,
      onBack: () => this.scene.start(SCENE.title),
    });
    this.hint(t('screen.online.join.hint'));
    // Back on this device after a reload: the seat kept is taken back at once.
    if (last && seatToken(this.classId, last)) join();
    this.drawn();
  }

  /** Joins the group at `at`, with the token kept for it if any, and opens the seat. */
  private async take(at: KeptSeat): Promise<void> {
    const { m } = online();
    const rooms = await roomsOf(m);
    if (!rooms) throw new Error(t('screen.online.noRooms'));
    const token = seatToken(this.classId, at) ?? undefined;
    let client: SeatClient;
    try {
      client = await m.SeatClient.join(rooms.ws, {
        classId: this.classId,
        group: at.group,
        seat: at.seat,
        lang: language(),
        ...(token ? { token } : {}),
      });
      await client.until((c) => c.view !== null, 10_000);
    } catch (e) {
      throw new Error(t('screen.online.join.refused', { reason: (e as Error).message }));
    }
    if (!this.sys.isActive()) return;
    keepSeat(this.classId, at, client.token);
    this.scene.start(SCENE.seat, { client, classId: this.classId, at } satisfies SeatData);
  }
}
