/**
 * Words of the plan renderers, as typed objects per locale (`id`, `en`). Reason phrases come
 * from the planning module (`reasonWords`, `unplacedWords`) so the plan's own `why` texts and the
 * rendered pages always say the same thing.
 *
 * @module
 */
import type { Area, Grouping } from "../model/index.js";
import type { DailyStep, PlanReason, PresentationKind } from "../planning/schema.js";
import { type Emphasis, localized, plainEmphasis, reasonWords } from "../planning/words.js";
import type { Locale } from "../time/index.js";

/**
 * Every label the plan renderers print, in one language.
 *
 * @example
 * ```ts
 * const m: PlanMessages = PLAN_MESSAGES.en;
 * m.weeklyTitle; // => "Weekly plan (RPPM)"
 * ```
 * @category Render
 */
export interface PlanMessages {
  readonly weeklyTitle: string;
  readonly weeklyShort: string;
  readonly dailyTitle: string;
  readonly dailyShort: string;
  readonly centre: string;
  readonly group: string;
  readonly educators: string;
  readonly week: string;
  readonly date: string;
  readonly theme: string;
  readonly subtheme: string;
  /** "Made from records up to …", given a date in words. */
  readonly dataUntil: (date: string) => string;
  /** The name of slot `n` (1-based). */
  readonly slot: (n: number) => string;
  readonly slotLabel: string;
  /** A number of minutes. */
  readonly minutes: (n: number) => string;
  readonly activity: string;
  readonly area: string;
  readonly children: string;
  readonly child: string;
  readonly age: string;
  readonly materials: string;
  readonly why: string;
  readonly overview: string;
  readonly perChild: string;
  readonly newCount: string;
  readonly againCount: string;
  readonly unplaced: string;
  readonly noUnplaced: string;
  readonly observe: string;
  readonly noObserve: string;
  /** The note under a shortened assessment plan, given how many rows were left out. */
  readonly moreObserve: (n: number) => string;
  readonly indicator: string;
  readonly purpose: string;
  readonly days: string;
  readonly needs: string;
  readonly nothingPlanned: string;
  /** The note on a care block of the day (meal, nap …): no lesson is scheduled in it. */
  readonly careBlock: string;
  readonly closed: string;
  readonly opening: string;
  readonly core: string;
  readonly closing: string;
  readonly prepare: string;
  readonly needed: string;
  /** How many copies a day uses at once, of how many the centre has. */
  readonly inUse: (needed: number, copies: number) => string;
  readonly copies: string;
  readonly notAvailable: string;
  readonly areas: Readonly<Record<Area, string>>;
  readonly grouping: Readonly<Record<Grouping, string>>;
  readonly kinds: Readonly<Record<PresentationKind, string>>;
  readonly purposes: Readonly<Record<"need" | "unobserved", string>>;
  /** The RPPH opening and closing steps, given the theme's name when there is one. */
  readonly steps: (theme: string | undefined) => Readonly<Record<DailyStep, string>>;
  /** A short age from completed months ("4 th 7 bl"). */
  readonly ageMonths: (months: number) => string;
  /** A date range from two dates in words. */
  readonly range: (from: string, to: string) => string;
}

const ID: PlanMessages = {
  weeklyTitle: "Rencana Pelaksanaan Pembelajaran Mingguan (RPPM)",
  weeklyShort: "RPPM",
  dailyTitle: "Rencana Pelaksanaan Pembelajaran Harian (RPPH)",
  dailyShort: "RPPH",
  centre: "Lembaga",
  group: "Rombel",
  educators: "Pendidik",
  week: "Minggu",
  date: "Tanggal",
  theme: "Tema",
  subtheme: "Subtema",
  dataUntil: (d) => `Disusun dari catatan sampai ${d}.`,
  slot: (n) => `Sesi ${n}`,
  slotLabel: "Sesi",
  minutes: (n) => `${n} menit`,
  activity: "Kegiatan",
  area: "Area",
  children: "Anak",
  child: "Anak",
  age: "Usia",
  materials: "Alat dan bahan",
  why: "Alasan",
  overview: "Jadwal minggu ini",
  perChild: "Rangkuman per anak",
  newCount: "Baru",
  againCount: "Ulang",
  unplaced: "Belum dapat dijadwalkan",
  noUnplaced: "Semua kegiatan yang dipilih sudah terjadwal.",
  observe: "Rencana penilaian (yang diamati)",
  noObserve: "Tidak ada indikator khusus untuk diamati minggu ini.",
  moreObserve: (n) => `… dan ${n} indikator lain (lihat RPPH harian).`,
  indicator: "Indikator",
  purpose: "Tujuan pengamatan",
  days: "Hari",
  needs: "Perlu dukungan",
  nothingPlanned: "—",
  careBlock: "waktu perawatan, tidak ada presentasi",
  closed: "Libur / tidak ada kegiatan",
  opening: "Pembukaan",
  core: "Kegiatan inti",
  closing: "Penutup",
  prepare: "Alat dan bahan yang disiapkan",
  needed: "Dipakai bersamaan",
  inUse: (n, c) => `(${n} dipakai bersamaan, ada ${c})`,
  copies: "Tersedia",
  notAvailable: "tidak hadir",
  areas: {
    "practical-life": "Kehidupan praktis",
    sensorial: "Sensorial",
    language: "Bahasa",
    mathematics: "Matematika",
    culture: "Budaya",
  },
  grouping: { individual: "individu", "small-group": "kelompok kecil", "whole-class": "klasikal" },
  kinds: { new: "baru", "practice-again": "ulang" },
  purposes: { need: "perlu dukungan", unobserved: "belum pernah diamati" },
  steps: (theme) => ({
    greeting: "Penyambutan anak dan salam",
    prayer: "Berdoa bersama",
    "theme-talk": theme !== undefined ? `Bercakap-cakap tentang tema: ${theme}` : "Bercakap-cakap tentang tema",
    "work-cycle-intro": "Mengenalkan kegiatan hari ini dan aturan siklus kerja",
    "whole-class": "Kegiatan klasikal",
    "tidy-up": "Mengembalikan alat ke rak dan merapikan kelas",
    recall: "Recalling: anak bercerita tentang kegiatannya",
    "closing-prayer": "Berdoa sebelum pulang",
    goodbye: "Salam dan pulang",
  }),
  ageMonths: (m) => (m >= 12 ? `${Math.floor(m / 12)} th ${m % 12} bl` : `${m} bl`),
  range: (a, b) => `${a} – ${b}`,
};

const EN: PlanMessages = {
  weeklyTitle: "Weekly plan (RPPM)",
  weeklyShort: "RPPM",
  dailyTitle: "Daily plan (RPPH)",
  dailyShort: "RPPH",
  centre: "Centre",
  group: "Group",
  educators: "Educators",
  week: "Week",
  date: "Date",
  theme: "Theme",
  subtheme: "Sub-theme",
  dataUntil: (d) => `Made from records up to ${d}.`,
  slot: (n) => `Slot ${n}`,
  slotLabel: "Slot",
  minutes: (n) => `${n} min`,
  activity: "Activity",
  area: "Area",
  children: "Children",
  child: "Child",
  age: "Age",
  materials: "Materials",
  why: "Why",
  overview: "This week's schedule",
  perChild: "Per child",
  newCount: "New",
  againCount: "Again",
  unplaced: "Could not be placed",
  noUnplaced: "Every chosen presentation has a place.",
  observe: "Assessment plan (what to observe)",
  noObserve: "No particular indicator to observe this week.",
  moreObserve: (n) => `… and ${n} more indicators (see the daily plans).`,
  indicator: "Indicator",
  purpose: "Purpose",
  days: "Days",
  needs: "Needs support",
  nothingPlanned: "—",
  careBlock: "care time, no lesson",
  closed: "Closed / no activities",
  opening: "Opening",
  core: "Core activities",
  closing: "Closing",
  prepare: "Materials to prepare",
  needed: "In use at once",
  inUse: (n, c) => `(${n} in use at once, ${c} available)`,
  copies: "Available",
  notAvailable: "absent",
  areas: {
    "practical-life": "Practical life",
    sensorial: "Sensorial",
    language: "Language",
    mathematics: "Mathematics",
    culture: "Culture",
  },
  grouping: { individual: "individual", "small-group": "small group", "whole-class": "whole class" },
  kinds: { new: "new", "practice-again": "again" },
  purposes: { need: "needs support", unobserved: "not yet observed" },
  steps: (theme) => ({
    greeting: "Welcoming the children",
    prayer: "Praying together",
    "theme-talk": theme !== undefined ? `Talking about the theme: ${theme}` : "Talking about the theme",
    "work-cycle-intro": "Introducing today's work and the work-cycle rules",
    "whole-class": "Whole-class activity",
    "tidy-up": "Returning materials to the shelves and tidying up",
    recall: "Recall: children tell about their work",
    "closing-prayer": "Praying before going home",
    goodbye: "Saying goodbye",
  }),
  ageMonths: (m) => (m >= 12 ? `${Math.floor(m / 12)} y ${m % 12} m` : `${m} m`),
  range: (a, b) => `${a} – ${b}`,
};

/**
 * The plan renderers' words per locale.
 *
 * @example
 * ```ts
 * PLAN_MESSAGES.id.slot(2); // => "Sesi 2"
 * PLAN_MESSAGES.en.areas.sensorial; // => "Sensorial"
 * ```
 * @category Render
 */
export const PLAN_MESSAGES: Readonly<Record<Locale, PlanMessages>> = { id: ID, en: EN };

/**
 * The names a plan shows for its children: the nickname (panggilan) when it is unique in the
 * plan, else the full name, else the full name with the id, so two children called "Hafiz" are
 * never confused on a printed plan.
 *
 * @param children - the plan's children
 * @returns a lookup from child id to the name to print
 * @example
 * ```ts
 * displayNames([{ child: "c-1", name: "Hafiz Gunawan", nickname: "Hafiz" }, { child: "c-2", name: "Hafiz Simanjuntak", nickname: "Hafiz" }])("c-2");
 * // => "Hafiz Simanjuntak"
 * ```
 * @category Render
 */
export function displayNames(
  children: readonly { readonly child: string; readonly name: string; readonly nickname?: string | undefined }[],
): (id: string) => string {
  const count = (key: (c: (typeof children)[number]) => string) => {
    const n = new Map<string, number>();
    for (const c of children) n.set(key(c), (n.get(key(c)) ?? 0) + 1);
    return n;
  };
  const nick = count((c) => c.nickname ?? c.name);
  const full = count((c) => c.name);
  const map = new Map<string, string>();
  for (const c of children) {
    const short = c.nickname ?? c.name;
    map.set(c.child, nick.get(short) === 1 ? short : full.get(c.name) === 1 ? c.name : `${c.name} (${c.child})`);
  }
  return (id) => map.get(id) ?? id;
}

/**
 * Why a lesson is ready, in few words for a printed RPPH: "next after *Pink tower*" without the
 * date (the weekly plan keeps it), so children with the same reason can share one line; other
 * reasons as {@link reasonWords} says them.
 *
 * @param reason - a readiness reason (`next-after`, `age-window`, `practice-again`)
 * @param locale - `id` or `en`
 * @param em - emphasis for names
 * @returns the words
 * @example
 * ```ts
 * readinessWords({ kind: "next-after", activity: "mont.sensorial.pink-tower", name: { id: "Menara Merah Muda", en: "Pink tower" }, stage: "mastered", on: "2026-11-12" }, "en");
 * // => "next after “Pink tower”"
 * ```
 * @category Render
 */
export function readinessWords(reason: PlanReason, locale: Locale, em: Emphasis = plainEmphasis): string {
  if (reason.kind !== "next-after") return reasonWords(reason, locale, em);
  const name = em(localized(reason.name, locale));
  return locale === "id" ? `lanjutan dari ${name}` : `next after ${name}`;
}

export { reasonWords, reasonsWords, unplacedWords, localized, LEVEL_WORDS, STAGE_WORDS, type Emphasis } from "../planning/words.js";
