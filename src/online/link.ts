/**
 * The join link of an online class: the game's own address with `?class=<class id>`. A class id is
 * 22 letters, digits, `-` or `_` (16 random bytes); a class code (`c1.…`) under the same name opens
 * the setup screen with its settings instead, so the two never read as each other. Pure: no page,
 * no network, so the first frame can carry it.
 */

const CLASS_ID = /^[A-Za-z0-9_-]{22}$/;

/** Whether `text` is a class id as the room server makes them. */
export const isClassId = (text: string): boolean => CLASS_ID.test(text);

/**
 * The link students open to join `classId`: `page` (the teacher's address) with its query and
 * fragment replaced by `?class=<id>`.
 */
export function joinLink(page: string, classId: string): string {
  const url = new URL(page);
  url.search = '';
  url.hash = '';
  url.searchParams.set('class', classId);
  return url.toString();
}

/** The class id a join link carries, or null (no `class`, or a class code rather than an id). */
export function classIdOf(search: string): string | null {
  const value = new URLSearchParams(search).get('class');
  return value !== null && isClassId(value) ? value : null;
}

/** The teacher's own page of `classId` (`?teach=<id>`): a reload opens the dashboard again. */
export function teachLink(page: string, classId: string): string {
  const url = new URL(page);
  url.search = '';
  url.hash = '';
  url.searchParams.set('teach', classId);
  return url.toString();
}

/** The class id of a teacher's page, `new` for a new class with the default settings, or null. */
export function teachIdOf(search: string): string | null {
  const value = new URLSearchParams(search).get('teach');
  return value !== null && (isClassId(value) || value === 'new') ? value : null;
}
