/**
 * Reasons in words, in Bahasa Indonesia and English. The plan stores reasons as data and also
 * carries these words in its locale; the renderers use the same phrases (re-exported by
 * `render/plan-messages`) with emphasis for the names of indicators and lessons.
 *
 * @module
 */
import type { Level, LocalizedText, Stage } from "../model/index.js";
import { type Locale, formatDate } from "../time/index.js";
import type { PlanReason, UnplacedReason } from "./schema.js";

/** A fresh copy of a localized text (plans never share objects with the centre). */
export function copyText(text: { readonly id: string; readonly en?: string | undefined }): { id: string; en?: string } {
  return text.en !== undefined ? { id: text.id, en: text.en } : { id: text.id };
}

/**
 * How a name is emphasised inside a reason: plain text uses quotes, Markdown `*…*`, HTML
 * `<em>…</em>` (the function must escape the text for its format).
 *
 * @example
 * ```ts
 * const markdown: Emphasis = (t) => `*${t}*`;
 * reasonWords({ kind: "theme", theme: { id: "Diriku" } }, "id", markdown); // => "sesuai tema *Diriku*"
 * ```
 * @category Planning
 */
export type Emphasis = (text: string) => string;

/** Plain-text emphasis: typographic quotes. */
export const plainEmphasis: Emphasis = (t) => `“${t}”`;

/**
 * A localized text in a locale, falling back to Indonesian when the English is missing.
 *
 * @param text - the text
 * @param locale - `id` or `en`
 * @returns the words
 */
export function localized(text: LocalizedText | undefined, locale: Locale): string {
  if (text === undefined) return "";
  return locale === "en" ? (text.en ?? text.id) : text.id;
}

const NUMBERS: Record<Locale, readonly string[]> = {
  id: ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh"],
  en: ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
};

/** A count in words up to ten, digits above. */
export function countWord(n: number, locale: Locale): string {
  return NUMBERS[locale][n] ?? String(n);
}

/** Stage names of the Montessori lesson record (glossary: dipresentasikan / berlatih / dikuasai). */
export const STAGE_WORDS: Record<Locale, Record<Stage, string>> = {
  id: { presented: "dipresentasikan", practicing: "berlatih", mastered: "dikuasai" },
  en: { presented: "presented", practicing: "practising", mastered: "mastered" },
};

/** Level names as educators write them (BB…BSB stay as they are, being the terms of art). */
export const LEVEL_WORDS: Record<Locale, Record<Level, string>> = {
  id: {
    BB: "BB",
    MB: "MB",
    BSH: "BSH",
    BSB: "BSB",
    "belum-muncul": "belum muncul",
    "sudah-muncul": "sudah muncul",
    achieved: "tercapai",
    "not-yet": "belum",
    "not-sure": "belum pasti",
  },
  en: {
    BB: "BB",
    MB: "MB",
    BSH: "BSH",
    BSB: "BSB",
    "belum-muncul": "not yet seen",
    "sudah-muncul": "seen",
    achieved: "achieved",
    "not-yet": "not yet",
    "not-sure": "not sure",
  },
};

/**
 * One reason in words.
 *
 * @param reason - the reason
 * @param locale - `id` or `en`
 * @param em - how names are emphasised (default: quotes)
 * @returns the words, e.g. "next after “Pink tower”, mastered 12 November 2026"
 * @example
 * ```ts
 * reasonWords({ kind: "gateway", opens: 3 }, "en"); // => "opens three further lessons"
 * ```
 * @category Planning
 */
export function reasonWords(reason: PlanReason, locale: Locale, em: Emphasis = plainEmphasis): string {
  const id = locale === "id";
  switch (reason.kind) {
    case "next-after": {
      const name = em(localized(reason.name, locale));
      const on = formatDate(reason.on, locale);
      if (reason.stage === "mastered") return id ? `lanjutan dari ${name}, dikuasai ${on}` : `next after ${name}, mastered ${on}`;
      if (reason.stage === "practicing") return id ? `lanjutan dari ${name}, berlatih sejak ${on}` : `next after ${name}, practising since ${on}`;
      return id ? `lanjutan dari ${name}, dipresentasikan ${on}` : `next after ${name}, presented ${on}`;
    }
    case "age-window":
      return id ? `siap sesuai usia (mulai ${reason.fromMonths} bulan)` : `ready for the child's age (from ${reason.fromMonths} months)`;
    case "practice-again": {
      const since = formatDate(reason.since, locale);
      const stage = STAGE_WORDS[locale][reason.stage];
      return id
        ? `presentasi ulang: terakhir terlihat ${since} (${stage}, ${reason.days} hari lalu)`
        : `show again: last seen ${since} (${stage}, ${reason.days} days ago)`;
    }
    case "supports":
      return id
        ? `mendukung ${em(localized(reason.text, locale))} (${LEVEL_WORDS.id[reason.level]})`
        : `supports ${em(localized(reason.text, locale))} (${LEVEL_WORDS.en[reason.level]})`;
    case "milestone":
      return id
        ? `mendukung tahapan perkembangan ${em(localized(reason.text, locale))} (${LEVEL_WORDS.id[reason.level]})`
        : `supports the milestone ${em(localized(reason.text, locale))} (${LEVEL_WORDS.en[reason.level]})`;
    case "extra-need": {
      const what = em(reason.text !== undefined ? localized(reason.text, locale) : reason.indicator);
      return id ? `mendukung ${what} (ditandai perlu perhatian)` : `supports ${what} (marked as behind)`;
    }
    case "gateway":
      return id ? `membuka ${countWord(reason.opens, "id")} kegiatan lanjutan` : `opens ${countWord(reason.opens, "en")} further lessons`;
    case "theme":
      return id ? `sesuai tema ${em(localized(reason.theme, locale))}` : `fits the theme ${em(localized(reason.theme, locale))}`;
    default:
      reason satisfies never;
      return "";
  }
}

/**
 * A child's reasons joined in one sentence fragment.
 *
 * @param reasons - the reasons
 * @param locale - `id` or `en`
 * @param em - emphasis
 * @returns e.g. "next after “Pink tower”, mastered 12 November 2026; opens two further lessons"
 * @example
 * ```ts
 * reasonsWords([{ kind: "age-window", fromMonths: 36 }, { kind: "gateway", opens: 2 }], "id");
 * // => "siap sesuai usia (mulai 36 bulan); membuka dua kegiatan lanjutan"
 * ```
 * @category Planning
 */
export function reasonsWords(reasons: readonly PlanReason[], locale: Locale, em: Emphasis = plainEmphasis): string {
  return reasons.map((r) => reasonWords(r, locale, em)).join("; ");
}

/**
 * Why a presentation was not placed, in words.
 *
 * @param reason - the reason
 * @param locale - `id` or `en`
 * @param em - emphasis
 * @returns e.g. "only one “Pink tower”; three children ready"
 * @example
 * ```ts
 * unplacedWords({ kind: "no-working-day" }, "en"); // => "no working day this week"
 * ```
 * @category Planning
 */
export function unplacedWords(reason: UnplacedReason, locale: Locale, em: Emphasis = plainEmphasis): string {
  const id = locale === "id";
  switch (reason.kind) {
    case "material-busy": {
      const name = em(localized(reason.name, locale));
      const copies = countWord(reason.copies, locale);
      const ready = countWord(reason.ready, locale);
      return id
        ? `hanya ${copies} ${name}; ${ready} anak siap`
        : `only ${copies} ${name}; ${ready} ${reason.ready === 1 ? "child" : "children"} ready`;
    }
    case "no-copies": {
      const name = em(localized(reason.name, locale));
      return id ? `${name} tidak ada di inventaris (0 buah)` : `no ${name} in the inventory (0 copies)`;
    }
    case "no-time":
      return id
        ? `waktu pendidik (${reason.capacityMinutes} menit per sesi) sudah penuh di setiap sesi yang bisa`
        : `educator time (${reason.capacityMinutes} minutes per slot) is full in every possible slot`;
    case "children-busy":
      return id ? `tidak ada sesi ketika semua anak ini hadir dan belum terjadwal` : `no slot where all these children are present and free`;
    case "no-working-day":
      return id ? `tidak ada hari kerja minggu ini` : `no working day this week`;
    default:
      reason satisfies never;
      return "";
  }
}
