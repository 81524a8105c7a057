/**
 * Words of the daily note (buku penghubung) and the day sheet, in Bahasa Indonesia and English.
 *
 * @module
 */
import type { DailyNote } from "../care/index.js";
import type { AbsenceReason, MealAmount } from "../model/index.js";

/** A meal of the day as the daily note names it (breakfast, snack, lunch, …). @category Render */
export type Meal = DailyNote["meals"][number]["meal"];
/** What a child drank from a bottle or cup: the kinds of milk the daily note names. @category Render */
export type Milk = DailyNote["milk"][number]["milk"];
/** A mood the daily note names. @category Render */
export type Mood = DailyNote["moods"][number]["mood"];
/** What a nappy or toilet entry records, as the daily note names it. @category Render */
export type Toilet = DailyNote["toilet"][number]["what"][number];

/**
 * The labels of the daily note and the day sheet in one language.
 *
 * @category Render
 */
export interface CareLabels {
  readonly title: string;
  readonly daySheetTitle: string;
  readonly sections: {
    readonly attendance: string;
    readonly meals: string;
    readonly milk: string;
    readonly sleep: string;
    readonly toilet: string;
    readonly bath: string;
    readonly mood: string;
    readonly health: string;
    readonly medicine: string;
    readonly notes: string;
    readonly requests: string;
  };
  readonly arrived: (time: string, person: string | null) => string;
  readonly left: (time: string, person: string | null) => string;
  readonly absent: Record<AbsenceReason, string>;
  readonly meal: Record<Meal, string>;
  readonly amount: Record<MealAmount, string>;
  readonly milkKind: Record<Milk, string>;
  readonly sleeping: (start: string) => string;
  readonly slept: (start: string, end: string, minutes: number) => string;
  readonly toiletWhat: Record<Toilet, string>;
  readonly bathAt: (time: string) => string;
  readonly moodWord: Record<Mood, string>;
  readonly temperature: (c: number) => string;
  readonly totals: (milkMl: number, sleepMinutes: number, nappies: number) => string;
  readonly nothing: string;
  readonly columns: { readonly child: string; readonly status: string; readonly sleeping: string; readonly ate: string; readonly doses: string; readonly notes: string };
  readonly status: Record<"here" | "left" | "absent" | "expected", string>;
  readonly yes: string;
  readonly no: string;
  readonly allergy: string;
  readonly unknownCollector: (person: string) => string;
  readonly counts: (here: number, sleeping: number, notEaten: number, doses: number, absent: number) => string;
  readonly at: (time: string) => string;
}

function duration(minutes: number, hour: string, min: string): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h > 0 ? `${h} ${hour}${m > 0 ? ` ${m} ${min}` : ""}` : `${m} ${min}`;
}

/**
 * The daily note and day sheet labels per locale. The Indonesian is the term of art used in TPA
 * communication books; the English is ours.
 *
 * @example
 * ```ts
 * CARE_LABELS.id.amount.habis; // => "habis"
 * ```
 * @category Render
 */
export const CARE_LABELS: Readonly<Record<"id" | "en", CareLabels>> = {
  id: {
    title: "Buku Penghubung",
    daySheetTitle: "Lembar Harian Kelompok",
    sections: {
      attendance: "Kehadiran",
      meals: "Makan",
      milk: "Susu",
      sleep: "Tidur",
      toilet: "Popok dan toilet",
      bath: "Mandi",
      mood: "Suasana hati",
      health: "Kesehatan",
      medicine: "Obat",
      notes: "Catatan pengasuh",
      requests: "Pesan dari keluarga",
    },
    arrived: (t, p) => `Datang ${t}${p ? `, diantar ${p}` : ""}`,
    left: (t, p) => `Pulang ${t}${p ? `, dijemput ${p}` : ""}`,
    absent: { sakit: "Tidak hadir: sakit", izin: "Tidak hadir: izin", "tanpa-keterangan": "Tidak hadir: tanpa keterangan" },
    meal: { breakfast: "Sarapan", "morning-snack": "Camilan pagi", lunch: "Makan siang", "afternoon-snack": "Camilan sore", dinner: "Makan malam" },
    amount: { habis: "habis", sebagian: "sebagian", sedikit: "sedikit", "tidak-mau": "tidak mau" },
    milkKind: { formula: "susu formula", "breast-milk": "ASI perah", "cow-milk": "susu sapi", other: "susu" },
    sleeping: (s) => `Sedang tidur sejak ${s}`,
    slept: (s, e, m) => `${s}–${e} (${duration(m, "jam", "menit")})`,
    toiletWhat: { basah: "popok basah", bab: "BAB", "di-toilet": "di toilet", mengompol: "mengompol" },
    bathAt: (t) => `Mandi ${t}`,
    moodWord: { happy: "ceria", calm: "tenang", fussy: "rewel", sad: "sedih", tired: "lelah", unwell: "kurang sehat" },
    temperature: (c) => `suhu ${c.toFixed(1).replace(".", ",")} °C`,
    totals: (ml, min, n) => `Hari ini: susu ${ml} ml · tidur ${duration(min, "jam", "menit")} · ganti popok ${n} kali`,
    nothing: "Belum ada catatan untuk hari ini.",
    columns: { child: "Anak", status: "Kehadiran", sleeping: "Tidur", ate: "Sudah makan", doses: "Obat terjadwal", notes: "Perhatian" },
    status: { here: "hadir", left: "sudah pulang", absent: "tidak hadir", expected: "belum datang" },
    yes: "ya",
    no: "belum",
    allergy: "alergi",
    unknownCollector: (p) => `dijemput oleh ${p}, bukan penjemput terdaftar`,
    counts: (h, s, n, d, a) => `Hadir ${h} · tidur ${s} · belum makan ${n} · obat terjadwal ${d} · tidak hadir ${a}`,
    at: (t) => `pukul ${t}`,
  },
  en: {
    title: "Daily note",
    daySheetTitle: "Group day sheet",
    sections: {
      attendance: "Attendance",
      meals: "Meals",
      milk: "Milk",
      sleep: "Sleep",
      toilet: "Nappies and toilet",
      bath: "Bath",
      mood: "Mood",
      health: "Health",
      medicine: "Medicine",
      notes: "Caregivers' notes",
      requests: "From the family",
    },
    arrived: (t, p) => `Arrived ${t}${p ? `, brought by ${p}` : ""}`,
    left: (t, p) => `Left ${t}${p ? `, collected by ${p}` : ""}`,
    absent: { sakit: "Absent: ill", izin: "Absent: excused", "tanpa-keterangan": "Absent: no reason given" },
    meal: { breakfast: "Breakfast", "morning-snack": "Morning snack", lunch: "Lunch", "afternoon-snack": "Afternoon snack", dinner: "Dinner" },
    amount: { habis: "all of it", sebagian: "part of it", sedikit: "a little", "tidak-mau": "refused" },
    milkKind: { formula: "formula", "breast-milk": "expressed breast milk", "cow-milk": "cow's milk", other: "milk" },
    sleeping: (s) => `Asleep since ${s}`,
    slept: (s, e, m) => `${s}–${e} (${duration(m, "h", "min")})`,
    toiletWhat: { basah: "wet nappy", bab: "bowel movement", "di-toilet": "used the toilet", mengompol: "accident" },
    bathAt: (t) => `Bath ${t}`,
    moodWord: { happy: "cheerful", calm: "calm", fussy: "fussy", sad: "sad", tired: "tired", unwell: "unwell" },
    temperature: (c) => `temperature ${c.toFixed(1)} °C`,
    totals: (ml, min, n) => `Today: milk ${ml} ml · sleep ${duration(min, "h", "min")} · nappies changed ${n} times`,
    nothing: "Nothing recorded for today yet.",
    columns: { child: "Child", status: "Attendance", sleeping: "Asleep", ate: "Has eaten", doses: "Medicine due", notes: "Watch" },
    status: { here: "here", left: "collected", absent: "absent", expected: "not arrived" },
    yes: "yes",
    no: "not yet",
    allergy: "allergy",
    unknownCollector: (p) => `collected by ${p}, not an authorised collector`,
    counts: (h, s, n, d, a) => `Here ${h} · asleep ${s} · not eaten ${n} · medicine due ${d} · absent ${a}`,
    at: (t) => `at ${t}`,
  },
};

/** A section of a daily note: a heading and its lines. */
export interface NoteSection {
  readonly heading: string;
  readonly lines: readonly string[];
}

/**
 * The daily note as headed lists of lines in one language: what every format (HTML, Markdown,
 * chat text) prints, so the three never disagree.
 *
 * @param note - from `dailyNote`
 * @param locale - `id` or `en`
 * @returns the sections that have something to say
 * @example
 * ```ts
 * dailyNoteSections(note, "id")[0]?.heading; // => "Kehadiran"
 * ```
 * @category Render
 */
export function dailyNoteSections(note: DailyNote, locale: "id" | "en"): NoteSection[] {
  const L = CARE_LABELS[locale];
  const S = L.sections;
  const out: NoteSection[] = [];
  const add = (heading: string, lines: readonly string[]) => {
    if (lines.length > 0) out.push({ heading, lines });
  };
  const attendance: string[] = [];
  if (note.absence !== null && note.arrival === null) attendance.push(L.absent[note.absence]);
  if (note.arrival !== null) attendance.push(L.arrived(note.arrival.time, note.arrival.person));
  if (note.departure !== null) attendance.push(L.left(note.departure.time, note.departure.person));
  add(S.attendance, attendance);
  add(S.requests, note.requests);
  add(S.meals, note.meals.map((m) => `${m.time} ${L.meal[m.meal]}: ${m.menu} (${L.amount[m.amount]})${m.note ? ` — ${m.note}` : ""}`));
  add(S.milk, note.milk.map((m) => `${m.time} ${L.milkKind[m.milk]} ${m.ml} ml`));
  add(S.sleep, note.sleeps.map((s) => (s.end === null ? L.sleeping(s.start) : L.slept(s.start, s.end, s.minutes ?? 0))));
  add(S.toilet, note.toilet.map((t) => `${t.time} ${t.what.map((w) => L.toiletWhat[w]).join(", ")}`));
  add(S.bath, note.baths.map((t) => L.bathAt(t)));
  add(S.mood, note.moods.map((m) => `${m.time ? `${m.time} ` : ""}${L.moodWord[m.mood]}`));
  add(S.health, note.health.map((h) => `${h.time} ${[h.temperatureC === null ? null : L.temperature(h.temperatureC), h.symptoms].filter((x) => x !== null).join(", ")}`));
  add(S.medicine, note.medicines.map((m) => `${m.time} ${m.medicine}, ${m.dose}`));
  add(S.notes, note.notes.map((n) => `${n.time ? `${n.time} ` : ""}${n.text}`));
  return out;
}
