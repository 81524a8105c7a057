/**
 * Scheduling: placing presentations on the week's working days and slots.
 *
 * Hard rules: a slot never uses more copies of a material than the centre has (each presentation
 * uses one copy of each of its materials, whatever the number of children); a child has at most
 * one presentation per slot and none on a day outside enrolment; nothing lands on a holiday or a
 * non-working weekday (those days have no slots); the educators' minutes per slot are not
 * exceeded (when limited).
 *
 * Placement is greedy, best request first. A request first joins an already placed presentation
 * of the same activity that still has room (a group presentation costs the educator nothing more);
 * otherwise it takes the free slot with the lowest key
 * `(its children's presentations that day, the day's minutes, the slot's minutes, day, slot)`,
 * which spreads each child's week over the days and balances the days and slots.
 *
 * @module
 */
import type { Activity, ChildId, Material } from "../model/index.js";
import type { CalendarDate } from "../time/index.js";
import type { Need } from "./needs.js";
import type { PlanReason, PresentationKind, UnplacedReason } from "./schema.js";
import { copyText } from "./words.js";

/** One child in a request or a placed presentation. */
export interface Member {
  readonly child: ChildId;
  readonly kind: PresentationKind;
  readonly score: number;
  readonly reasons: readonly PlanReason[];
  readonly needs: readonly Need[];
}

/** A presentation to place: one activity for up to `maxChildren` children. */
export interface Request {
  readonly activity: Activity;
  readonly members: readonly Member[];
  readonly score: number;
}

/** A placed presentation (members grow when a later request joins it). */
export interface Placement {
  readonly day: number;
  readonly slot: number;
  readonly activity: Activity;
  readonly members: Member[];
}

/** The outcome of placing a request. */
export type PlaceResult = { readonly ok: true; readonly placement: Placement } | { readonly ok: false; readonly reason: UnplacedReason };

/** The week's grid of slots with what is booked in each. */
export interface WeekGrid {
  /** Places a request; `ready` is how many children wanted the activity (for the reason). */
  place(request: Request, ready: number): PlaceResult;
  /** Placed presentations per cell (`day * slotsPerDay + slot`). */
  readonly cells: readonly (readonly Placement[])[];
  /** Educator minutes per cell. */
  readonly minutes: readonly number[];
}

/** The placement key of a cell: children's load that day, the day's minutes, the slot's minutes; then the cell itself. */
interface Key {
  load: number;
  day: number;
  slot: number;
  cell: number;
}

function lessKey(a: Key, b: Key): boolean {
  if (a.load !== b.load) return a.load < b.load;
  if (a.day !== b.day) return a.day < b.day;
  if (a.slot !== b.slot) return a.slot < b.slot;
  return a.cell < b.cell;
}

/**
 * Creates an empty grid.
 *
 * @param days - the working days
 * @param slotsPerDay - slots per day
 * @param capacity - educator minutes per slot (one number, or one per slot of the day), or undefined for no limit
 * @param available - per child id, whether the child is enrolled on each working day
 * @param materials - materials by id with copies (a missing material has 0 copies)
 */
export function createGrid(
  days: readonly CalendarDate[],
  slotsPerDay: number,
  capacity: number | undefined | readonly (number | undefined)[],
  available: ReadonlyMap<string, readonly boolean[]>,
  materials: ReadonlyMap<string, Material>,
): WeekGrid {
  const cellCount = days.length * slotsPerDay;
  const cells: Placement[][] = Array.from({ length: cellCount }, () => []);
  const booked: Set<string>[] = Array.from({ length: cellCount }, () => new Set());
  const usage: Map<string, number>[] = Array.from({ length: cellCount }, () => new Map());
  const minutes: number[] = new Array<number>(cellCount).fill(0);
  const dayMinutes: number[] = new Array<number>(days.length).fill(0);
  const childDay = new Map<string, number[]>();
  const copies = (id: string) => materials.get(id)?.copies ?? 0;
  const capacityOf = (cell: number): number | undefined => (typeof capacity === "object" ? capacity[cell % slotsPerDay] : capacity);

  const free = (cell: number, members: readonly Member[]): boolean => {
    const day = Math.floor(cell / slotsPerDay);
    for (const m of members) {
      if (available.get(m.child)?.[day] !== true || booked[cell]!.has(m.child)) return false;
    }
    return true;
  };
  const key = (cell: number, members: readonly Member[]): Key => {
    const day = Math.floor(cell / slotsPerDay);
    let load = 0;
    for (const m of members) load += childDay.get(m.child)?.[day] ?? 0;
    return { load, day: dayMinutes[day]!, slot: minutes[cell]!, cell };
  };
  const materialsOf = new Map<string, readonly string[]>();
  const book = (cell: number, members: readonly Member[]) => {
    const day = Math.floor(cell / slotsPerDay);
    for (const m of members) {
      booked[cell]!.add(m.child);
      let perDay = childDay.get(m.child);
      if (perDay === undefined) {
        perDay = new Array<number>(days.length).fill(0);
        childDay.set(m.child, perDay);
      }
      perDay[day]! += 1;
    }
  };

  function place(request: Request, ready: number): PlaceResult {
    const { activity, members } = request;
    if (cellCount === 0) return { ok: false, reason: { kind: "no-working-day" } };
    let mats = materialsOf.get(activity.id);
    if (mats === undefined) {
      mats = [...new Set(activity.materials)].sort();
      materialsOf.set(activity.id, mats);
    }
    for (const id of mats) {
      if (copies(id) === 0) {
        const m = materials.get(id);
        return { ok: false, reason: { kind: "no-copies", material: id, name: copyText(m?.name ?? { id }) } as UnplacedReason };
      }
    }
    // Join an existing presentation of the same activity that has room.
    let joinBest: { placement: Placement; cell: number; key: Key } | undefined;
    for (let cell = 0; cell < cellCount; cell++) {
      for (const p of cells[cell]!) {
        if (p.activity.id !== activity.id || p.members.length + members.length > activity.maxChildren) continue;
        if (!free(cell, members)) continue;
        const k = key(cell, members);
        if (joinBest === undefined || lessKey(k, joinBest.key)) joinBest = { placement: p, cell, key: k };
      }
    }
    if (joinBest !== undefined) {
      book(joinBest.cell, members);
      joinBest.placement.members.push(...members);
      joinBest.placement.members.sort((a, b) => (a.child < b.child ? -1 : a.child > b.child ? 1 : 0));
      return { ok: true, placement: joinBest.placement };
    }
    let best: { cell: number; key: Key } | undefined;
    let freeCells = 0;
    let timeBlocked = 0;
    let blockedCapacity = 0;
    const saturated = new Map<string, number>();
    for (let cell = 0; cell < cellCount; cell++) {
      if (!free(cell, members)) continue;
      freeCells++;
      let materialsOk = true;
      for (const id of mats) {
        if ((usage[cell]!.get(id) ?? 0) + 1 > copies(id)) {
          materialsOk = false;
          saturated.set(id, (saturated.get(id) ?? 0) + 1);
        }
      }
      if (!materialsOk) continue;
      const cap = capacityOf(cell);
      if (cap !== undefined && minutes[cell]! + activity.minutes > cap) {
        timeBlocked++;
        blockedCapacity = Math.max(blockedCapacity, cap);
        continue;
      }
      const k = key(cell, members);
      if (best === undefined || lessKey(k, best.key)) best = { cell, key: k };
    }
    if (best === undefined) {
      if (freeCells === 0) return { ok: false, reason: { kind: "children-busy" } };
      if (timeBlocked > 0) return { ok: false, reason: { kind: "no-time", capacityMinutes: blockedCapacity } };
      let material = "";
      let most = -1;
      for (const [id, n] of saturated) if (n > most || (n === most && id < material)) [material, most] = [id, n];
      const m = materials.get(material);
      return {
        ok: false,
        reason: { kind: "material-busy", material, name: copyText(m?.name ?? { id: material }), copies: copies(material), ready } as UnplacedReason,
      };
    }
    const { cell } = best;
    const day = Math.floor(cell / slotsPerDay);
    for (const id of mats) usage[cell]!.set(id, (usage[cell]!.get(id) ?? 0) + 1);
    minutes[cell]! += activity.minutes;
    dayMinutes[day]! += activity.minutes;
    book(cell, members);
    const placement: Placement = { day, slot: cell % slotsPerDay, activity, members: [...members] };
    cells[cell]!.push(placement);
    return { ok: true, placement };
  }

  return { place, cells, minutes };
}
