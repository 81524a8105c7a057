/**
 * The words of the rapor's growth part (id/en): indicator names, the family sentence for a
 * z-score ("tinggi badan normal untuk usianya"), the "sesuai" answer of the STPPA growth
 * indicators with its rule, and the staff concerns with the advice to refer to the Posyandu or
 * Puskesmas. The category names are those of Permenkes No. 2 Tahun 2020 tentang Standar
 * Antropometri Anak (they come with the z-scores); the sentences around them are ours, and say
 * so where a reader could take them for the regulation's.
 *
 * @module
 */
import type { Locale } from "../time/index.js";

/** The anthropometric indices of the rapor, in WHO's short names. */
export type GrowthIndex = "wfa" | "lhfa" | "wflh" | "bmifa" | "hcfa";

/** Index names (Permenkes 2/2020 abbreviations) in Bahasa Indonesia and English. */
export const INDEX_NAMES: Readonly<Record<Locale, Readonly<Record<GrowthIndex, string>>>> = {
  id: {
    wfa: "Berat badan menurut umur (BB/U)",
    lhfa: "Panjang/tinggi badan menurut umur (PB/U, TB/U)",
    wflh: "Berat badan menurut panjang/tinggi badan (BB/PB, BB/TB)",
    bmifa: "Indeks massa tubuh menurut umur (IMT/U)",
    hcfa: "Lingkar kepala menurut umur (LK/U)",
  },
  en: {
    wfa: "Weight-for-age (BB/U)",
    lhfa: "Length/height-for-age (PB/U, TB/U)",
    wflh: "Weight-for-length/height (BB/PB, BB/TB)",
    bmifa: "BMI-for-age (IMT/U)",
    hcfa: "Head circumference-for-age (LK/U)",
  },
};

/** A z-score as text: two decimals, a real minus sign, the locale's decimal separator. */
export function zText(z: number, locale: Locale): string {
  const fixed = Math.abs(z).toFixed(2);
  const body = locale === "id" ? fixed.replace(".", ",") : fixed;
  return z < 0 && fixed !== "0.00" ? `\u2212${body} SD` : z > 0 && fixed !== "0.00" ? `+${body} SD` : `${body} SD`;
}

/**
 * Where a z-score lies for the family sentence: below the normal range, in it, or above it. The
 * normal ranges are the "normal"/"gizi baik" categories of Permenkes 2/2020: BB/U −2 … +1 SD,
 * PB/U and TB/U −2 … +3 SD, BB/PB, BB/TB and IMT/U −2 … +1 SD (with +1 … +2 SD "berisiko gizi
 * lebih"); for LK/U, which the regulation does not categorise, we use −2 … +2 SD.
 */
export function zone(index: GrowthIndex, z: number): "below" | "normal" | "risk" | "above" {
  if (z < -2) return "below";
  const upper = index === "lhfa" ? 3 : index === "hcfa" ? 2 : 1;
  if (z <= upper) return "normal";
  if ((index === "wflh" || index === "bmifa") && z <= 2) return "risk";
  return "above";
}

const MEASURE: Readonly<Record<Locale, Readonly<Record<GrowthIndex, readonly [string, string]>>>> = {
  id: {
    wfa: ["berat badan", "untuk usianya"],
    lhfa: ["tinggi badan", "untuk usianya"],
    wflh: ["berat badan", "untuk tinggi badannya"],
    bmifa: ["indeks massa tubuh", "untuk usianya"],
    hcfa: ["lingkar kepala", "untuk usianya"],
  },
  en: {
    wfa: ["weight", "for age"],
    lhfa: ["height", "for age"],
    wflh: ["weight", "for height"],
    bmifa: ["body mass index", "for age"],
    hcfa: ["head circumference", "for age"],
  },
};

/**
 * The family sentence for a z-score, in plain words and never a diagnosis:
 * "tinggi badan normal untuk usianya", "berat badan di bawah kisaran normal untuk usianya".
 *
 * @param index - the index
 * @param z - the z-score
 * @param locale - the language
 * @returns the words (lower case, no full stop)
 */
export function familyWords(index: GrowthIndex, z: number, locale: Locale): string {
  const [measure, reference] = MEASURE[locale][index];
  const where = zone(index, z);
  if (locale === "en") {
    const w = where === "below" ? "below the normal range" : where === "normal" ? "in the normal range" : where === "risk" ? "slightly above the normal range" : "above the normal range";
    return `${measure} ${w} ${reference}`;
  }
  const w = where === "below" ? "di bawah kisaran normal" : where === "normal" ? "normal" : where === "risk" ? "sedikit di atas kisaran normal" : "di atas kisaran normal";
  return `${measure} ${w} ${reference}`;
}

/** The answer of an STPPA growth indicator. */
export type GrowthAnswer = "sesuai" | "belum-sesuai" | "ukur-ulang" | "tidak-ada-standar" | "belum-diukur" | "tanpa-jenis-kelamin";

/**
 * The rule that answers the STPPA growth indicators, as the legend states it: "sesuai" when the
 * z-score is within −2 … +2 SD. Ours: STPPA does not define "sesuai"; we read it with Permenkes
 * 2/2020, in which below −2 SD begins "pendek", "gizi kurang" and "berat badan kurang" and above
 * +2 SD of BB/PB or BB/TB begins "gizi lebih".
 */
export function answerOf(z: number, flagged: boolean): GrowthAnswer {
  if (flagged) return "ukur-ulang";
  return z >= -2 && z <= 2 ? "sesuai" : "belum-sesuai";
}

/** Words of the growth part of the report. */
export interface GrowthWords {
  readonly rule: string;
  readonly answers: Readonly<Record<GrowthAnswer, string>>;
  readonly answerText: (answer: GrowthAnswer, detail: string) => string;
  readonly noStandardHead: string;
  readonly noSex: string;
  readonly positionAssumed: (lying: boolean) => string;
  readonly familyAdvice: string;
  readonly concernLow: (category: string, index: string, z: string, date: string) => string;
  readonly concernHigh: (category: string, index: string, z: string, date: string) => string;
  readonly concernRemeasure: (index: string, z: string, date: string) => string;
  readonly concernNotRising: (before: string, after: string, from: string, to: string) => string;
  readonly chartTitle: (index: GrowthIndex, nickname: string) => string;
  readonly concernText: Readonly<Record<"low" | "high" | "remeasure" | "not-rising", string>>;
}

/** The growth words in Bahasa Indonesia and English. */
export const GROWTH_WORDS: Readonly<Record<Locale, GrowthWords>> = {
  id: {
    rule:
      "Indikator pertumbuhan STPPA dijawab dari skor-z standar WHO yang dipakai Permenkes No. 2 Tahun 2020 tentang Standar Antropometri Anak: “sesuai” bila skor-z berada antara −2 SD dan +2 SD. Aturan ini tafsiran kami, bukan bunyi peraturan: di bawah −2 SD Permenkes mulai menyebut pendek, gizi kurang dan berat badan kurang, di atas +2 SD BB/PB atau BB/TB gizi lebih. Hasil pengukuran bukan diagnosis.",
    answers: {
      sesuai: "Sesuai",
      "belum-sesuai": "Belum sesuai",
      "ukur-ulang": "Perlu diukur ulang",
      "tidak-ada-standar": "Tidak ada standar",
      "belum-diukur": "Belum diukur",
      "tanpa-jenis-kelamin": "Jenis kelamin belum dicatat",
    },
    answerText: (answer, detail) => (detail === "" ? GROWTH_WORDS.id.answers[answer] : `${GROWTH_WORDS.id.answers[answer]} (${detail})`),
    noStandardHead: "WHO tidak menerbitkan standar lingkar kepala untuk anak di atas 60 bulan (Permenkes 2/2020 juga tidak), jadi indikator ini tidak dapat dinilai dengan standar.",
    noSex: "Jenis kelamin anak belum dicatat, sehingga skor-z tidak dapat dihitung (standar WHO berbeda untuk anak laki-laki dan perempuan).",
    positionAssumed: (lying) =>
      lying
        ? "Cara ukur tidak dicatat; panjang badan dianggap diukur berbaring, sesuai kebiasaan WHO untuk anak di bawah 2 tahun."
        : "Cara ukur tidak dicatat; tinggi badan dianggap diukur berdiri, sesuai kebiasaan WHO untuk anak 2 tahun ke atas.",
    familyAdvice: "Kami sarankan Ayah/Bunda memeriksakan Ananda ke Posyandu atau Puskesmas. Ini hasil pengukuran, bukan diagnosis.",
    concernLow: (category, index, z, date) => `${category} menurut ${index} (${z}, ${date}). Sarankan keluarga memeriksakan anak ke Posyandu atau Puskesmas; ini bukan diagnosis.`,
    concernHigh: (category, index, z, date) => `${category} menurut ${index} (${z}, ${date}). Sarankan keluarga memeriksakan anak ke Posyandu atau Puskesmas; ini bukan diagnosis.`,
    concernRemeasure: (index, z, date) => `Hasil ${index} ${z} (${date}) di luar batas yang masuk akal menurut WHO; kemungkinan salah ukur atau salah ketik. Ukur ulang anak; bila hasilnya sama, sarankan pemeriksaan ke Posyandu atau Puskesmas.`,
    concernNotRising: (before, after, from, to) =>
      `Berat badan tidak bertambah: ${before} (${from}) lalu ${after} (${to}). Aturan kami: setiap berat yang tidak naik antara dua penimbangan bulanan berturut-turut (bukan tabel Kenaikan Berat Badan Minimal Kemenkes). Sarankan keluarga memeriksakan anak ke Posyandu atau Puskesmas.`,
    chartTitle: (index, nickname) => (index === "wfa" ? `Berat badan menurut umur: ${nickname}` : `Panjang/tinggi badan menurut umur: ${nickname}`),
    concernText: {
      low: "Pertumbuhan di bawah −2 SD",
      high: "Berat badan menurut tinggi badan di atas +2 SD",
      remeasure: "Pengukuran perlu diulang",
      "not-rising": "Berat badan tidak naik",
    },
  },
  en: {
    rule:
      "The STPPA growth indicators are answered from z-scores of the WHO standards that Permenkes No. 2 Tahun 2020 (the Indonesian anthropometric standard) adopts: “sesuai” (as expected) when the z-score is between −2 SD and +2 SD. This rule is our reading, not the regulation's text: below −2 SD the regulation begins its stunted, wasted and underweight categories, above +2 SD of weight-for-length/height overweight. A measurement is not a diagnosis.",
    answers: {
      sesuai: "As expected (sesuai)",
      "belum-sesuai": "Not as expected",
      "ukur-ulang": "Measure again",
      "tidak-ada-standar": "No standard",
      "belum-diukur": "Not measured",
      "tanpa-jenis-kelamin": "Sex not recorded",
    },
    answerText: (answer, detail) => (detail === "" ? GROWTH_WORDS.en.answers[answer] : `${GROWTH_WORDS.en.answers[answer]} (${detail})`),
    noStandardHead: "WHO publishes no head-circumference standard for children over 60 months (nor does Permenkes 2/2020), so this indicator cannot be read against a standard.",
    noSex: "The child's sex is not recorded, so no z-score can be computed (the WHO standards differ for boys and girls).",
    positionAssumed: (lying) =>
      lying
        ? "How the child was measured is not recorded; length is taken as measured lying down, WHO's default under 2 years."
        : "How the child was measured is not recorded; height is taken as measured standing, WHO's default from 2 years.",
    familyAdvice: "We suggest having your child checked at the Posyandu or Puskesmas. This is a measurement, not a diagnosis.",
    concernLow: (category, index, z, date) => `${category} by ${index} (${z}, ${date}). Advise the family to have the child checked at the Posyandu or Puskesmas; this is not a diagnosis.`,
    concernHigh: (category, index, z, date) => `${category} by ${index} (${z}, ${date}). Advise the family to have the child checked at the Posyandu or Puskesmas; this is not a diagnosis.`,
    concernRemeasure: (index, z, date) => `The ${index} result ${z} (${date}) is outside WHO's plausible limits; probably a measuring or typing error. Measure the child again; if the result stands, advise a check at the Posyandu or Puskesmas.`,
    concernNotRising: (before, after, from, to) =>
      `Weight did not increase: ${before} (${from}) then ${after} (${to}). Our rule: any weight that does not rise between two consecutive monthly weighings (not the Ministry's minimum-increment table, KBM). Advise the family to have the child checked at the Posyandu or Puskesmas.`,
    chartTitle: (index, nickname) => (index === "wfa" ? `Weight-for-age: ${nickname}` : `Length/height-for-age: ${nickname}`),
    concernText: {
      low: "Growth below −2 SD",
      high: "Weight-for-height above +2 SD",
      remeasure: "Measurement to be repeated",
      "not-rising": "Weight not rising",
    },
  },
};
