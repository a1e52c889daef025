import type { RoomsAddress } from '../../online/address';
import type { OnlineModule } from '../load';

let found: Promise<RoomsAddress | null> | null = null;

/** Where the rooms are, asked of the page's origin once (src/online/address.ts). */
export function roomsOf(m: OnlineModule): Promise<RoomsAddress | null> {
  found ??= m.findRooms(window.location);
  return found;
}
