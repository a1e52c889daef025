import type Phaser from 'phaser';
import type { ClassSettingsInput, GroupStatus } from '../../online/index';
import type { TeacherClient } from '../../online/teacher';
import { Button } from '../../ui/Button';
import { DomField } from '../../ui/DomField';
import type { Focusable } from '../../ui/FocusList';
import { restartScene } from '../../ui/keyboard';
import { BACK_BUTTON, GAP, MARGIN } from '../../ui/layout';
import { copyText, download } from '../../ui/page';
import { css, PALETTE } from '../../ui/palette';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { addText, FONT, TYPE_SIZE } from '../../ui/typography';
import type { SetupChoice } from '../../view/setup';
import { liveWords, t } from '../../words';
import { SCENE } from '../keys';
import { loadSessionModule } from '../load';
import type { OnlineClassData } from '../onlineRoutes';
import { Screen } from '../screen';
import { forgetTeacher, type KeptClass, keepTeacher, keptTeacher } from './keep';
import { online } from './module';
import { roomsOf } from './rooms';
import { groupCells, TABLE } from './table';

const CLASS_STATE = 'precursor.class';
const QR = { x: MARGIN, y: 88, size: 240 } as const;
const CONTROLS = { y: 452, h: 44, row2: 508, row3: 564, w: 206 } as const;
const SIDES = ['us', 'china'] as const;
/** What the dashboard's Extend button adds to a quarter's clock. */
const EXTEND_SECONDS = 60;
type SeatSide = (typeof SIDES)[number];
/** What the teacher can do with a side of the chosen group, from who holds it now. */
type SeatAction = 'computer' | 'person' | 'free';

/**
 * The teacher's dashboard of an online class: created from Setup's choice (or opened again from
 * `?teach=<class id>` with the token this browser kept), it shows the join link and its QR code,
 * the live table of groups over the class's room, and the teacher's commands: pause and resume
 * every group, a group to act on (every group, or one, marked in the table), a world event for it,
 * the computer for the sides no one took, each side of the chosen group handed to the computer,
 * back to a person, or freed for the next to join, end the class, the class results (the groups' replay codes handed to the Class results screen), the
 * results as a file, and deleting the class.
 */
export class OnlineClassScene extends Screen {
  private teacher: TeacherClient | null = null;
  private message!: Phaser.GameObjects.Text;
  /** The group the teacher's group commands act on; null for every group. */
  private chosen: string | null = null;
  /** Shows the buttons that depend on the chosen group as the table now stands. */
  private showChoice: () => void = () => {};

  constructor() {
    super(SCENE.onlineClass);
  }

  create(data: OnlineClassData): void {
    this.teacher = null;
    this.chosen = null;
    this.showChoice = () => {};
    const kept = 'classId' in data ? keptTeacher(data.classId) : null;
    new ScreenHeader(this, t('screen.online.header'), kept?.settingsLine ?? '');
    const messageX = BACK_BUTTON.x + BACK_BUTTON.w + GAP * 3;
    this.message = addText(this, messageX, BACK_BUTTON.y, '', {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(PALETTE.textMuted),
      wordWrap: { width: TABLE.right - messageX },
    }).setMaxLines(3);
    this.say(t('screen.online.finding'));
    this.hint(t('screen.online.hint'));
    this.events.once('shutdown', () => {
      void this.teacher?.leave().catch(() => {});
      this.teacher = null;
    });
    const fail = (text: string) => {
      if (!this.sys.isActive()) return;
      this.say('');
      addText(this, MARGIN, 140, text, {
        fontSize: `${TYPE_SIZE.body + 2}px`,
        wordWrap: { width: 760 },
        lineSpacing: 6,
      });
      this.focus([this.backButton()], { onBack: () => this.scene.start(SCENE.title) });
    };
    if ('choice' in data) {
      void this.create_(data.choice).catch((e: Error) => fail(e.message));
      return;
    }
    if (kept) void this.dashboard(kept).catch((e: Error) => fail(e.message));
    else fail(t('screen.online.notKept'));
  }

  private say(text: string, warn = false): void {
    this.message.setText(text).setColor(css(warn ? PALETTE.caution : PALETTE.textMuted));
    this.drawn();
  }

  private backButton(): Button {
    return new Button(this, BACK_BUTTON.x, BACK_BUTTON.y, {
      label: t('screen.online.back'),
      width: BACK_BUTTON.w,
      height: BACK_BUTTON.h,
      onActivate: () => this.scene.start(SCENE.title),
    });
  }

  /** Creates the class of `choice`, keeps its key, and puts `?teach=<id>` in the address. */
  private async create_(given: SetupChoice | null): Promise<void> {
    const { m } = online();
    const rooms = await roomsOf(m);
    if (!rooms) throw new Error(t('screen.online.noRooms'));
    this.say(t('screen.online.creating'));
    const app = await loadSessionModule();
    const word = crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
    const settings = app.classSettingsOf(given ?? app.defaultChoice(app.seedFrom(word)));
    const title = app.setupOptions().scenarios.find((s) => s.id === settings.scenario)?.title;
    const made = await m.createClass(rooms, settings);
    if (!made.ok) throw new Error(t('screen.online.notCreated', { reason: made.error }));
    const kept = {
      ...made.value,
      settingsLine: settingsLine(title ?? settings.scenario, settings),
    };
    keepTeacher(kept);
    window.history.replaceState(null, '', m.teachLink(window.location.href, kept.classId));
    restartScene(this, { classId: kept.classId } satisfies OnlineClassData);
  }

  private async dashboard(key: KeptClass): Promise<void> {
    const { m } = online();
    const rooms = await roomsOf(m);
    if (!rooms) throw new Error(t('screen.online.noRooms'));
    let teacher: TeacherClient;
    try {
      teacher = await m.TeacherClient.join(rooms, key);
    } catch (e) {
      throw new Error(t('screen.online.notJoined', { reason: (e as Error).message }));
    }
    if (!this.sys.isActive()) {
      void teacher.leave().catch(() => {});
      return;
    }
    this.teacher = teacher;
    this.say('');
    const link = m.joinLink(window.location.href, key.classId);
    const items: Focusable[] = [...this.joinPanel(link, m.qrModules(link))];
    const showTable = this.table();
    const app = await loadSessionModule();
    const events: string[] = [];
    for (let e = app.nextCrisisEvent(null); e !== null; e = app.nextCrisisEvent(e)) events.push(e);
    if (!this.sys.isActive()) return;
    items.push(...this.controls(teacher, key, events));
    items.push(this.backButton());
    this.focus(items, { numberKeys: false, onBack: () => this.scene.start(SCENE.title) });
    teacher.onStatus = (groups) => {
      showTable(groups);
      this.showChoice();
      this.drawn();
    };
    teacher.onError = (text) => this.say(text, true);
    teacher.onLeave = (code) => {
      if (code !== 4000 && this.sys.isActive()) this.say(t('screen.online.lost'), true);
    };
    showTable(teacher.groups);
    this.showChoice();
    this.drawn();
    // The groups' clocks count down between the tables the server sends.
    this.time.addEvent({
      delay: 1000,
      loop: true,
      callback: () => {
        if (teacher.turnSeconds <= 0) return;
        showTable(teacher.groups);
        this.drawn();
      },
    });
  }

  /** The join link as copyable text, its QR code, and the Copy button. */
  private joinPanel(link: string, modules: boolean[][]): Focusable[] {
    this.caption(QR.x, QR.y - 24, t('screen.online.joinCaption'));
    const cell = Math.floor(QR.size / modules.length);
    const g = this.add.graphics();
    g.fillStyle(0xffffff, 1).fillRect(QR.x, QR.y, cell * modules.length, cell * modules.length);
    g.fillStyle(0x000000, 1);
    modules.forEach((row, y) => {
      row.forEach((dark, x) => {
        if (dark) g.fillRect(QR.x + x * cell, QR.y + y * cell, cell, cell);
      });
    });
    const fieldY = QR.y + QR.size + GAP * 2;
    const field = new DomField(
      this,
      { x: QR.x, y: fieldY, w: QR.size, h: 36 },
      { label: t('screen.online.joinLink'), value: link, readOnly: true, fontSize: 11 },
    );
    const copy = new Button(this, QR.x, fieldY + 36 + GAP, {
      label: t('screen.online.copy'),
      width: QR.size,
      height: 40,
      labelSize: TYPE_SIZE.small,
      onActivate: () =>
        void copyText(link).then((ok) =>
          this.say(t(ok ? 'screen.online.copied' : 'screen.online.notCopied')),
        ),
    });
    return [field, copy];
  }

  /** The table of groups; the function that shows a status in it. */
  private table(): (groups: GroupStatus[]) => void {
    const { x, y, rows, rowH, columns } = TABLE;
    this.caption(x, y - 24, t('screen.online.groups'));
    let cx = x;
    for (const c of columns) {
      addText(this, cx, y, t(`screen.online.col.${c.id}`), {
        fontSize: `${TYPE_SIZE.tag}px`,
        fontStyle: 'bold',
        color: css(PALETTE.textMuted),
      });
      cx += c.w;
    }
    const g = this.add.graphics().lineStyle(1, PALETTE.rule, 1);
    g.lineBetween(x, y + rowH - 4.5, TABLE.right, y + rowH - 4.5);
    const cells = Array.from({ length: rows }, (_, r) => {
      let at = x;
      return columns.map((c) => {
        const text = addText(this, at, y + (r + 1) * rowH, '', {
          fontFamily: c.mono ? FONT.mono : FONT.sans,
          fontSize: `${TYPE_SIZE.small}px`,
          fixedWidth: c.w - GAP,
        }).setMaxLines(1);
        at += c.w;
        return text;
      });
    });
    const mark = this.add.graphics();
    const note = addText(this, x, y + (rows + 1) * rowH, '', {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(PALETTE.textMuted),
    });
    return (groups) => {
      const at = groups.findIndex((g) => g.group === this.chosen);
      mark.clear();
      if (at >= 0 && at < rows)
        mark
          .fillStyle(PALETTE.accent, 0.16)
          .fillRect(x - 8, y + (at + 1) * rowH - 6, TABLE.right - x + 8, rowH);
      // One moment on the server's clock for the whole table.
      const now = Date.now() + (this.teacher?.clockOffset ?? 0);
      cells.forEach((row, r) => {
        const group = groups[r];
        const values = group ? groupCells(group, now) : [];
        row.forEach((text, c) => {
          text.setText(values[c] ?? '');
        });
      });
      note.setText(
        groups.length === 0
          ? t('screen.online.noGroups')
          : groups.length > rows
            ? t('screen.online.moreGroups', { count: groups.length - rows })
            : '',
      );
    };
  }

  /** The teacher's buttons: the class as it plays above, ending and keeping it below. */
  private controls(teacher: TeacherClient, key: KeptClass, events: string[]): Button[] {
    return [
      ...this.playControls(teacher, events),
      ...this.seatControls(teacher),
      ...this.closeControls(teacher, key),
    ];
  }

  private button(
    col: number,
    y: number,
    label: string,
    onActivate: () => void,
    labelSize: number = TYPE_SIZE.small,
  ): Button {
    return new Button(this, TABLE.x + col * (CONTROLS.w + GAP * 2), y, {
      label,
      width: CONTROLS.w,
      height: CONTROLS.h,
      labelSize,
      onActivate,
    });
  }

  /** The group the commands act on; pause or resume it; a world event, and Send. */
  private playControls(teacher: TeacherClient, events: string[]): Button[] {
    const pause = this.pauseControl(teacher);
    const groupLabel = () => this.forChosen('screen.online.chosen');
    // Every group, then each group in the table's order, then every group again.
    const choose = this.button(
      1,
      CONTROLS.y,
      groupLabel(),
      () => {
        const names = teacher.groups.map((g) => g.group);
        const next = this.chosen === null ? 0 : names.indexOf(this.chosen) + 1;
        this.chosen = names[next] ?? null;
        choose.setLabel(groupLabel());
        teacher.onStatus(teacher.groups);
      },
      TYPE_SIZE.tag + 1,
    );
    let event = 0;
    const eventLabel = () =>
      t('screen.online.event', { event: t(`event.${events[event] ?? ''}.label`) });
    const pick = this.button(
      2,
      CONTROLS.y,
      eventLabel(),
      () => {
        event = (event + 1) % events.length;
        pick.setLabel(eventLabel());
        this.drawn();
      },
      TYPE_SIZE.tag + 1,
    );
    const send = this.button(3, CONTROLS.y, t('screen.online.send', { context: 'all' }), () => {
      const id = events[event];
      if (!id) return;
      const label = t(`event.${id}.label`);
      if (this.chosen === null) {
        teacher.inject(id as Parameters<TeacherClient['inject']>[0]);
        this.say(t('screen.online.sent', { event: label }));
      } else {
        teacher.inject(id as Parameters<TeacherClient['inject']>[0], this.chosen);
        this.say(t('screen.online.sentTo', { event: label, group: this.chosen }));
      }
    });
    const before = this.showChoice;
    this.showChoice = () => {
      before();
      if (this.chosen !== null && !teacher.groups.some((g) => g.group === this.chosen)) {
        this.chosen = null;
        choose.setLabel(groupLabel());
      }
      send.setLabel(this.forChosen('screen.online.send'));
    };
    return [pause, choose, pick, send];
  }

  /**
   * The seats: the computer for the sides no one took (in the chosen group, or every group), and
   * for each side of the chosen group what its holder allows: the computer for a side held for a
   * person who is not there, the side back to a person from the computer, or a person's seat freed
   * for the next to join it (a lost device).
   */
  private seatControls(teacher: TeacherClient): Button[] {
    const computer = this.button(
      0,
      CONTROLS.row2,
      t('screen.online.computer'),
      () => {
        const empty = teacher.groups
          .filter((g) => this.chosen === null || g.group === this.chosen)
          .flatMap((g) =>
            SIDES.filter(
              (side) => g.holders[side] === 'person' && g.seated?.[side] === false && !g.over,
            ).map((side) => [g.group, side] as const),
          );
        for (const [group, side] of empty) teacher.seat(group, side, 'expert');
        this.say(t(empty.length ? 'screen.online.computerDone' : 'screen.online.computerNone'));
      },
      TYPE_SIZE.tag + 1,
    );
    const sides = SIDES.map((side, i) => {
      const button = this.button(1 + i, CONTROLS.row2, '', () => act(), TYPE_SIZE.tag + 1);
      const act = () => {
        const g = teacher.groups.find((x) => x.group === this.chosen);
        const action = g ? seatAction(g, side) : null;
        if (!g || !action) return;
        if (action === 'free') teacher.release(g.group, side);
        else teacher.seat(g.group, side, action === 'computer' ? 'expert' : 'person');
        this.say(
          t('screen.online.seatDone', { context: action, group: g.group, side: SIDE_NAME[side] }),
        );
      };
      return { side, button };
    });
    const before = this.showChoice;
    this.showChoice = () => {
      before();
      const g = teacher.groups.find((x) => x.group === this.chosen);
      for (const { side, button } of sides) {
        const action = g ? seatAction(g, side) : null;
        button.setLabel(
          t('screen.online.seatAction', { context: action ?? 'none', side: SIDE_NAME[side] }),
        );
        button.setDisabledReason(
          !g ? t('screen.online.chooseGroup') : g.over ? t('screen.online.groupOver') : null,
        );
      }
    };
    return [computer, ...sides.map((s) => s.button), this.extendControl(teacher)];
  }

  /** Pause or resume the chosen group, or every group. */
  private pauseControl(teacher: TeacherClient): Button {
    const chosenGroups = () =>
      teacher.groups.filter((g) => !g.over && (this.chosen === null || g.group === this.chosen));
    // Paused when every game the button acts on is: then it resumes them.
    const paused = () => {
      const groups = chosenGroups();
      return groups.length > 0 && groups.every((g) => g.paused);
    };
    const pauseLabel = () =>
      this.chosen === null
        ? t(paused() ? 'screen.online.resume' : 'screen.online.pause')
        : t(paused() ? 'screen.online.resumeGroup' : 'screen.online.pauseGroup', {
            group: this.chosen,
          });
    const pause = this.button(0, CONTROLS.y, pauseLabel(), () => {
      const resuming = paused();
      const group = this.chosen ?? undefined;
      if (resuming) teacher.resume(group);
      else teacher.pause(group);
      this.say(
        resuming
          ? ''
          : group === undefined
            ? t('screen.online.paused')
            : t('screen.online.pausedGroup', { group }),
      );
    });
    const before = this.showChoice;
    this.showChoice = () => {
      before();
      pause.setLabel(pauseLabel());
      pause.setDisabledReason(chosenGroups().length === 0 ? t('screen.online.noGame') : null);
    };
    return pause;
  }

  /** The words of `key` for the group chosen: its `_all` variant while every group is. */
  private forChosen(key: string): string {
    return this.chosen === null ? t(key, { context: 'all' }) : t(key, { group: this.chosen });
  }

  /** A minute more on this quarter's clock, for the chosen group or every group. */
  private extendControl(teacher: TeacherClient): Button {
    const extend = this.button(
      3,
      CONTROLS.row2,
      '',
      () => {
        teacher.extend(EXTEND_SECONDS, this.chosen ?? undefined);
        this.say(this.forChosen('screen.online.extended'));
      },
      TYPE_SIZE.tag + 1,
    );
    const before = this.showChoice;
    this.showChoice = () => {
      before();
      extend.setLabel(this.forChosen('screen.online.extend'));
      extend.setDisabledReason(teacher.turnSeconds > 0 ? null : t('screen.online.noClock'));
    };
    return extend;
  }

  /** A press that acts only when pressed again within four seconds, its label saying so. */
  private twice(button: Button, again: string, first: string, act: () => void): () => void {
    let armed = false;
    return () => {
      if (!armed) {
        armed = true;
        button.setLabel(t(again));
        this.drawn();
        this.time.delayedCall(4000, () => {
          armed = false;
          if (button.active) button.setLabel(t(first));
          this.drawn();
        });
        return;
      }
      armed = false;
      button.setLabel(t(first));
      act();
    };
  }

  /** End the class, its results, export and delete. */
  private closeControls(teacher: TeacherClient, key: KeptClass): Button[] {
    const x0 = TABLE.x;
    const w = 206;
    const step = w + GAP * 2;
    const end: Button = new Button(this, x0, CONTROLS.row3, {
      label: t('screen.online.end'),
      width: w,
      height: CONTROLS.h,
      labelSize: TYPE_SIZE.small,
      onActivate: () => endPress(),
    });
    const endPress = this.twice(end, 'screen.online.endAgain', 'screen.online.end', () => {
      teacher.end();
      this.say(t('screen.online.ended'));
    });
    const results = new Button(this, x0 + step, CONTROLS.row3, {
      label: t('screen.online.results'),
      width: w,
      height: CONTROLS.h,
      labelSize: TYPE_SIZE.small,
      primary: true,
      onActivate: () => void this.results(key),
    });
    const exportButton = new Button(this, x0 + 2 * step, CONTROLS.row3, {
      label: t('screen.online.export'),
      width: w,
      height: CONTROLS.h,
      labelSize: TYPE_SIZE.small,
      onActivate: () => void this.exportResults(key),
    });
    const remove: Button = new Button(this, x0 + 3 * step, CONTROLS.row3, {
      label: t('screen.online.delete'),
      width: w,
      height: CONTROLS.h,
      labelSize: TYPE_SIZE.small,
      onActivate: () => deletePress(),
    });
    const deletePress = this.twice(
      remove,
      'screen.online.deleteAgain',
      'screen.online.delete',
      () => {
        void this.deleteClass(key);
      },
    );
    return [end, results, exportButton, remove];
  }

  /** The class results screen, with every group's replay code in place of pasted ones. */
  private async results(key: KeptClass): Promise<void> {
    const { m } = online();
    const rooms = await roomsOf(m);
    if (!rooms) return;
    const answer = await m.classResults(rooms, key);
    if (!answer.ok) return this.say(answer.error, true);
    const pasted = answer.value.groups.map((g) => `${g.group}: ${g.code}`).join('\n');
    const app = await loadSessionModule();
    const classCode = app.classCodeOf({
      ...app.defaultChoice(answer.value.settings.seed),
      scenarioId: answer.value.settings.scenario,
      seed: answer.value.settings.seed,
      turns: answer.value.settings.turns,
      turnSeconds: answer.value.settings.turnSeconds,
      ...(answer.value.settings.crises ? { crises: answer.value.settings.crises } : {}),
    });
    const held = (this.registry.get(CLASS_STATE) as object | undefined) ?? {};
    this.registry.set(CLASS_STATE, {
      sort: { column: 'livesSaved', descending: true },
      panel: 'chart',
      ...held,
      pasted,
      classCode,
      page: 0,
    });
    this.scene.start(SCENE.classResults);
  }

  private async exportResults(key: KeptClass): Promise<void> {
    const { m } = online();
    const rooms = await roomsOf(m);
    if (!rooms) return;
    const answer = await m.classResults(rooms, key);
    if (!answer.ok) return this.say(answer.error, true);
    const file = `precursor-class-${key.classId.slice(0, 8)}.json`;
    download(file, `${JSON.stringify(answer.value, null, 2)}\n`, 'application/json');
    this.say(t('screen.online.exported', { file }));
  }

  private async deleteClass(key: KeptClass): Promise<void> {
    const { m } = online();
    const rooms = await roomsOf(m);
    if (!rooms) return;
    const answer = await m.deleteClass(rooms, key);
    if (!answer.ok) return this.say(answer.error, true);
    forgetTeacher(key.classId);
    void this.teacher?.leave().catch(() => {});
    this.teacher = null;
    window.history.replaceState(null, '', window.location.pathname);
    this.say(t('screen.online.deleted'));
  }
}

const SIDE_NAME = liveWords(SIDES, (side) => t('country.short', { context: side }));

/** What the teacher can do with `side` of a group now. */
function seatAction(g: GroupStatus, side: SeatSide): SeatAction {
  if (g.holders[side] !== 'person') return 'person';
  return g.seated?.[side] === false ? 'computer' : 'free';
}

/** The class's settings in one line, for the header: the students see none of them to change. */
function settingsLine(title: string, s: ClassSettingsInput): string {
  const clock = s.turnSeconds > 0 ? { seconds: s.turnSeconds } : { context: 'none' };
  const crises = s.crises?.length
    ? { quarters: s.crises.map((c) => c.turn).join(', ') }
    : { context: 'none' };
  return t('screen.online.settings', {
    scenario: title,
    turns: s.turns,
    clock: t('screen.online.clock', clock),
    crises: t('screen.online.crises', crises),
  });
}
