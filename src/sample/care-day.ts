/**
 * A realistic care day for the sample centre's infant (1–2 years) and toddler (2–3 years) groups:
 * families and authorised collectors on the children's records, one allergy, arrivals and
 * departures, milk, snacks and lunch, nappies and toilet, naps, the afternoon bath, moods, one
 * medicine given on a parent's written request, one family request, one absence, one collector
 * not on the list, the educators' attendance and a few parents' reflections. Its own random
 * stream, so the rest of the sample is unchanged by it.
 *
 * @module
 */
import type { Child, Group, Observation } from "../model/index.js";
import { addDays, type CalendarDate } from "../time/index.js";
import { createRandom } from "./random.js";

/** What the care day adds to the sample centre. */
export interface SampleCareDay {
  readonly children: Child[];
  readonly entries: Observation[];
  readonly educatorAttendance: { id: string; educator: string; group: string; date: string; from: string; to: string }[];
}

const MOTHERS = ["Ibu Ratna", "Ibu Sri", "Ibu Fitri", "Ibu Yanti", "Ibu Lina", "Ibu Maya", "Ibu Dian", "Ibu Nur"];
const FATHERS = ["Pak Budi", "Pak Agus", "Pak Dedi", "Pak Eko", "Pak Hadi", "Pak Iwan", "Pak Rudi", "Pak Yusuf"];
const SNACKS = ["Bubur kacang hijau", "Puding labu", "Pisang kukus", "Roti tawar dan pepaya"];
const LUNCHES = ["Nasi tim ayam wortel", "Nasi, sup bayam jagung, tempe", "Nasi, ikan kembung, sayur labu", "Nasi, semur tahu, buncis"];
const AMOUNTS = ["habis", "habis", "sebagian", "sedikit", "tidak-mau"] as const;

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/**
 * Records the care day `date` for the children of the groups whose id starts with `g-12` or
 * `g-23`; other children are returned unchanged.
 */
export function sampleCareDay(children: readonly Child[], groups: readonly Group[], date: CalendarDate, seed: number): SampleCareDay {
  const rng = createRandom(seed * 31 + 17);
  const pick = <T>(list: readonly T[]): T => list[rng.int(0, list.length - 1)]!;
  const careGroups = groups.filter((g) => g.id.startsWith("g-12") || g.id.startsWith("g-23"));
  const inCare = new Set(careGroups.map((g) => g.id));
  const educatorOf = new Map(careGroups.map((g) => [g.id, g.educators]));
  const entries: Observation[] = [];
  let n = 0;
  let absences = 0;
  let medicine = false;
  let request = false;
  let stranger = false;
  const out = children.map((child) => {
    if (!inCare.has(child.group) || child.enrolledOn > date) return child;
    n++;
    const infant = child.group.startsWith("g-12");
    const mother = pick(MOTHERS);
    const father = pick(FATHERS);
    const k = child.id;
    const family = [
      { id: `f.${k}.ibu`, name: mother, relation: "ibu" },
      { id: `f.${k}.ayah`, name: father, relation: "ayah" },
    ];
    const collectors = [
      { id: `k.${k}.ibu`, name: mother, relation: "ibu" },
      { id: `k.${k}.ayah`, name: father, relation: "ayah" },
    ];
    const allergies = n === 2 ? [{ allergen: "telur", note: "ruam kulit; ganti lauk telur dengan tahu" }] : undefined;
    const [teacher, helper] = [educatorOf.get(child.group)![0]!, educatorOf.get(child.group)![1] ?? educatorOf.get(child.group)![0]!];
    let m = 0;
    const push = (o: Record<string, unknown>) =>
      entries.push({ id: `care.${date}.${k}.${String(++m).padStart(2, "0")}`, child: k, date, author: o.author ?? teacher, visibility: "family", ...o } as unknown as Observation);
    if (n % 9 === 4 && absences < 2) {
      absences++;
      push({ kind: "attendance", event: "absence", reason: absences === 1 ? "sakit" : "izin" });
      return { ...child, family, collectors, ...(allergies ? { allergies } : {}) } as unknown as Child;
    }
    const arrive = rng.int(7 * 60, 8 * 60 + 15);
    push({ kind: "attendance", event: "arrival", time: hhmm(arrive), person: collectors[rng.chance(0.6) ? 0 : 1]!.id });
    if (!request && n >= 3) {
      request = true;
      push({ kind: "family", author: family[0]!.id, entry: "request", text: "Hari ini tanpa susu sapi dulu, perutnya sedang tidak nyaman." });
    }
    if (infant) push({ kind: "care", care: "milk", time: hhmm(arrive + 60), milk: rng.chance(0.5) ? "breast-milk" : "formula", ml: 10 * rng.int(9, 15) });
    push({ kind: "care", care: "meal", time: "09:30", meal: "morning-snack", menu: pick(SNACKS), amount: pick(AMOUNTS) });
    push({ kind: "care", care: "toilet", time: hhmm(600 + rng.int(0, 40)), toilet: infant ? ["basah"] : rng.chance(0.5) ? ["di-toilet"] : ["basah"], ...(!infant ? { independently: ["hand-washing"] } : {}) });
    const lunch = allergies ? "Nasi, sup bayam jagung, tahu" : pick(LUNCHES);
    const selfFed = !infant && rng.chance(0.7);
    push({ kind: "care", care: "meal", time: "11:30", meal: "lunch", menu: lunch, amount: pick(AMOUNTS), ...(selfFed ? { independently: ["self-feeding"] } : {}) });
    if (!medicine && n >= 4) {
      medicine = true;
      push({ kind: "care", care: "medicine-request", visibility: "staff", medicine: "Sirup parasetamol", dose: "2,5 ml", times: ["12:00", "15:00"], requestedBy: family[0]!.id, formRef: `formulir-obat/${date}-${k}.jpg` });
      const requestId = `care.${date}.${k}.${String(m).padStart(2, "0")}`;
      push({ kind: "care", care: "health", time: "08:30", temperatureC: 37.6, symptoms: "pilek" });
      push({ kind: "care", care: "medicine", time: "12:00", medicine: "Sirup parasetamol", dose: "2,5 ml", request: requestId, author: helper });
      push({ kind: "care", care: "medicine", time: "15:00", medicine: "Sirup parasetamol", dose: "2,5 ml", request: requestId, author: helper });
    }
    const sleep = 12 * 60 + 15 + rng.int(0, 30);
    push({ kind: "care", care: "sleep", time: hhmm(sleep), end: hhmm(sleep + rng.int(60, 120)) });
    push({ kind: "care", care: "toilet", time: hhmm(sleep + 130), toilet: infant ? (rng.chance(0.4) ? ["basah", "bab"] : ["basah"]) : rng.chance(0.8) ? ["di-toilet"] : ["mengompol"], ...(!infant && rng.chance(0.5) ? { independently: ["toileting"] } : {}) });
    push({ kind: "care", care: "bath", time: "15:00", ...(!infant && rng.chance(0.4) ? { independently: ["dressing"] } : {}) });
    push({ kind: "care", care: "mood", time: "15:30", mood: pick(["happy", "happy", "calm", "tired", "fussy"] as const) });
    const leave = rng.int(15 * 60 + 45, 17 * 60);
    const person = !stranger && n >= 6 ? "Om Heru (tetangga)" : collectors[rng.chance(0.5) ? 0 : 1]!.id;
    if (person.startsWith("Om")) stranger = true;
    push({ kind: "attendance", event: "departure", time: hhmm(leave), person });
    if (n % 4 === 1) {
      push({
        kind: "family",
        date: addDays(date, -1),
        author: family[0]!.id,
        entry: "reflection",
        text: infant
          ? "Di rumah Ananda mulai berjalan sendiri beberapa langkah dan senang menirukan suara hewan."
          : "Di rumah Ananda sekarang mau makan sendiri dan sudah bilang kalau mau pipis.",
      });
    }
    return { ...child, family, collectors, ...(allergies ? { allergies } : {}) } as unknown as Child;
  });
  const educatorAttendance = careGroups.flatMap((g) =>
    g.educators.map((e, i) => ({ id: `ea.${date}.${g.id}.${e}`, educator: e, group: g.id, date, from: i === 0 ? "07:00" : "08:00", to: i === 0 ? "16:00" : "17:00" })),
  );
  return { children: out, entries, educatorAttendance };
}
