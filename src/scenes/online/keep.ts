/**
 * What a device keeps of an online class, so that a reload (or a dropped network) takes the same
 * place back: the teacher's token per class, and each seat's token per class, group and side. A
 * browser that refuses storage keeps nothing; the class goes on, and only a reload loses the seat.
 */
import type { TeacherKey } from '../../online/teacher';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage refused (a private window's quota): the seat lasts as long as the page.
  }
}

const teacherKey = (classId: string) => `precursor.online.teacher.${classId}`;
const seatKey = (classId: string, group: string, side: string) =>
  `precursor.online.seat.${classId}.${group}.${side}`;
const lastKey = (classId: string) => `precursor.online.last.${classId}`;

/** The teacher's key to a class, with the line of its settings as the dashboard showed them. */
export interface KeptClass extends TeacherKey {
  settingsLine: string;
}

export function keepTeacher(kept: KeptClass): void {
  write(teacherKey(kept.classId), JSON.stringify(kept));
}

export function keptTeacher(classId: string): KeptClass | null {
  try {
    const value = JSON.parse(read(teacherKey(classId)) ?? 'null') as KeptClass | null;
    return value && typeof value.teacherToken === 'string' ? value : null;
  } catch {
    return null;
  }
}

export function forgetTeacher(classId: string): void {
  try {
    localStorage.removeItem(teacherKey(classId));
  } catch {
    // nothing kept
  }
}

/** A seat this device took in a class: the group and side, and its token. */
export interface KeptSeat {
  group: string;
  seat: 'us' | 'china' | 'observer';
}

export function keepSeat(classId: string, at: KeptSeat, token: string | null): void {
  if (token) write(seatKey(classId, at.group, at.seat), token);
  write(lastKey(classId), JSON.stringify(at));
}

export function seatToken(classId: string, at: KeptSeat): string | null {
  return read(seatKey(classId, at.group, at.seat));
}

/** The seat this device last took in the class, or null. */
export function lastSeat(classId: string): KeptSeat | null {
  try {
    const value = JSON.parse(read(lastKey(classId)) ?? 'null') as KeptSeat | null;
    return value && typeof value.group === 'string' ? value : null;
  } catch {
    return null;
  }
}
