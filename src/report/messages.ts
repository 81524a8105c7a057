/**
 * Words the report engine writes (concern reasons, narrative sentences), as typed messages per
 * locale. Renderers have their own labels in `render/report-messages.ts`.
 *
 * @module
 */
import type { Locale } from "../time/index.js";

/** Joins a list in natural language: "a, b dan c" / "a, b and c". */
export function joinList(items: readonly string[], locale: Locale): string {
  const and = locale === "id" ? "dan" : "and";
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}

/** Lower-cases the first letter so an indicator text reads inside a sentence. */
export function inSentence(text: string): string {
  const t = text.trim().replace(/\.$/, "");
  return t.length > 1 && t[1] === t[1]?.toLowerCase() ? t.charAt(0).toLowerCase() + t.slice(1) : t;
}

/** Messages of the report engine. */
export interface ReportMessages {
  readonly stillBb: (level: string, date: string) => string;
  readonly notObserved: (fraction: string) => string;
  readonly earlierBand: (band: string, level: string) => string;
  readonly stalled: (days: number, since: string) => string;
  readonly milestoneMissed: (months: number) => string;
  readonly milestoneNotSure: (months: number) => string;
  readonly reflectionPrompt: string;
  /** A care-log evidence line: a self-care skill done independently, how many times in the period. */
  readonly careEvidence: (skill: "toileting" | "self-feeding" | "dressing" | "hand-washing", count: number) => string;
  readonly noObservations: (aspect: string) => string;
  readonly strengths: (child: string, items: readonly string[]) => string;
  readonly anecdote: (date: string, text: string) => string;
  readonly emerging: (child: string, items: readonly string[]) => string;
  readonly support: (items: readonly string[]) => string;
  readonly lessons: (child: string, lessons: readonly string[]) => string;
  readonly notYetAssessed: (count: number) => string;
  readonly screeningMeaning: (result: "sesuai" | "meragukan" | "penyimpangan") => string;
  readonly screeningConcern: (label: string, date: string) => string;
  /** What the report's age band holds, in words; `fallback` when the sections come from the CP and the CDC milestones. */
  readonly bandStatus: (coverage: "complete" | "partial" | "missing", band: string, fallback: boolean) => string;
}

/** The engine's messages in Bahasa Indonesia and English. */
export const REPORT_MESSAGES: Readonly<Record<Locale, ReportMessages>> = {
  id: {
    stillBb: (level, date) => `Capaian terakhir masih ${level} (${date}) padahal periode hampir berakhir.`,
    notObserved: (fraction) => `Belum pernah diamati walaupun ${fraction} periode sudah berlalu.`,
    earlierBand: (band, level) => `Indikator kelompok usia sebelumnya (${band}) baru mencapai ${level}. Baik dibicarakan dengan keluarga dan dipertimbangkan skrining perkembangan (bukan diagnosis).`,
    stalled: (days, since) => `Masih berlatih selama ${days} hari sejak ${since}.`,
    milestoneMissed: (months) => `Tahapan usia ${months} bulan yang dicapai sebagian besar anak belum terlihat. Baik dibicarakan dengan tenaga kesehatan (bukan diagnosis).`,
    milestoneNotSure: (months) => `Tahapan usia ${months} bulan belum pasti terlihat; amati lagi dan bicarakan dengan keluarga.`,
    reflectionPrompt: "Refleksi orang tua: apa yang Ayah/Bunda amati tentang perkembangan Ananda di rumah?",
    careEvidence: (skill, count) =>
      `Melakukan sendiri: ${{ toileting: "ke toilet", "self-feeding": "makan sendiri", dressing: "berpakaian", "hand-washing": "cuci tangan" }[skill]} (${count} kali di catatan pengasuhan)`,
    noObservations: (aspect) => `Belum ada pengamatan ${aspect} pada periode ini.`,
    strengths: (child, items) => `${child} sudah berkembang sesuai harapan atau sangat baik dalam hal: ${items.join("; ")}.`,
    anecdote: (date, text) => `Catatan ${date}: “${text}”`,
    emerging: (child, items) => `${child} mulai berkembang dalam hal: ${items.join("; ")}.`,
    support: (items) => `Yang akan kami dampingi berikutnya: ${items.join("; ")}.`,
    lessons: (child, lessons) => `Kegiatan Montessori berikutnya yang sudah siap untuk ${child}: ${joinList(lessons, "id")}.`,
    notYetAssessed: (count) => `${count} indikator lain belum dinilai pada periode ini.`,
    screeningMeaning: (result) =>
      result === "sesuai"
        ? "Perkembangan sesuai dengan usianya menurut skrining KPSP. Teruskan stimulasi di rumah."
        : result === "meragukan"
          ? "Beberapa kemampuan belum terlihat saat skrining. Kami akan memberi stimulasi lebih sering dan mengulang skrining; ini bukan diagnosis."
          : "Beberapa kemampuan belum terlihat saat skrining. Kami menyarankan pemeriksaan lebih lanjut di Puskesmas; ini bukan diagnosis.",
    screeningConcern: (label, date) => `Hasil KPSP ${label} (${date}). Ikuti saran tindak lanjut; skrining bukan diagnosis.`,
    bandStatus: (coverage, band, fallback) =>
      coverage === "complete"
        ? `Butir STPPA untuk ${band} lengkap.`
        : coverage === "partial"
          ? `Butir STPPA untuk ${band} baru sebagian tersedia; lihat Catatan.`
          : fallback
            ? `Teks resmi STPPA untuk ${band} belum tersedia di tumbuh. Bagian perkembangan rapor ini memakai Capaian Pembelajaran Kurikulum Merdeka dengan tujuan pembelajaran satuan PAUD dan tahapan perkembangan CDC 2022 untuk usia anak.`
            : `Teks resmi STPPA untuk ${band} belum tersedia di tumbuh, sehingga belum ada butir STPPA yang dinilai untuk usia ini.`,
  },
  en: {
    stillBb: (level, date) => `The latest level is still ${level} (${date}) although the period is nearly over.`,
    notObserved: (fraction) => `Never observed although ${fraction} of the period has passed.`,
    earlierBand: (band, level) => `An indicator of the earlier age band (${band}) is only at ${level}. Worth talking with the family and considering developmental screening (not a diagnosis).`,
    stalled: (days, since) => `Still practising after ${days} days, since ${since}.`,
    milestoneMissed: (months) => `A ${months}-month milestone that most children reach has not been seen yet. Worth talking with a health worker (not a diagnosis).`,
    milestoneNotSure: (months) => `Not sure yet whether this ${months}-month milestone is there; observe again and talk with the family.`,
    reflectionPrompt: "Parent reflection: what have you noticed about your child's development at home?",
    careEvidence: (skill, count) =>
      `Did it on their own: ${{ toileting: "using the toilet", "self-feeding": "eating", dressing: "dressing", "hand-washing": "washing hands" }[skill]} (${count} ${count === 1 ? "time" : "times"} in the care log)`,
    noObservations: (aspect) => `No observations of ${aspect} in this period yet.`,
    strengths: (child, items) => `${child} shows these at the expected level or beyond: ${items.join("; ")}.`,
    anecdote: (date, text) => `Note of ${date}: “${text}”`,
    emerging: (child, items) => `${child} is beginning to show: ${items.join("; ")}.`,
    support: (items) => `What we will support next: ${items.join("; ")}.`,
    lessons: (child, lessons) => `Montessori lessons ${child} is ready for next: ${joinList(lessons, "en")}.`,
    notYetAssessed: (count) => `${count} other indicators were not assessed in this period.`,
    screeningMeaning: (result) =>
      result === "sesuai"
        ? "Development matches the child's age according to the KPSP screening. Keep up the play and talk at home."
        : result === "meragukan"
          ? "Some skills were not seen during the screening. We will offer more practice and screen again; this is not a diagnosis."
          : "Some skills were not seen during the screening. We recommend a further check at the Puskesmas; this is not a diagnosis.",
    screeningConcern: (label, date) => `KPSP result ${label} (${date}). Follow the advice; a screening is not a diagnosis.`,
    bandStatus: (coverage, band, fallback) =>
      coverage === "complete"
        ? `The STPPA items for ${band} are complete.`
        : coverage === "partial"
          ? `Only part of the STPPA items for ${band} is available; see the Notes.`
          : fallback
            ? `The official STPPA text for ${band} is not available in tumbuh. The development sections of this report use the Kurikulum Merdeka learning outcomes (CP) with the centre's learning goals and the CDC 2022 milestones for the child's age.`
            : `The official STPPA text for ${band} is not available in tumbuh, so no STPPA items are assessed for this age.`,
  },
};
