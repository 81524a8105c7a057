/**
 * The Kurikulum Merdeka PAUD checklist (ceklis) scale: "Belum Muncul" / "Sudah Muncul".
 *
 * A ceklis row records ONE observed event against one learning goal (TP): context, place and time,
 * what was observed, and whether the targeted behaviour appeared. It is not a grade and not a
 * verdict on the child; Kurikulum Merdeka does not prescribe BB/MB/BSH/BSB scores.
 *
 * The two labels and the columns come from the sources below; the `definition` texts are written by
 * us from those sources (the guide explains how to use a ceklis but gives no formal definitions).
 *
 * @module
 */
import type { CpText } from "./elements.js";

/** Stored value of a checklist observation. */
export type ChecklistValue = "belum-muncul" | "sudah-muncul";

/** One value of the Kurikulum Merdeka checklist with its name, definition and source. @category Curricula */
export interface ChecklistValueInfo {
  value: ChecklistValue;
  /** Official label (Indonesian) and our English label. */
  name: CpText;
  /** Written by us, from the sources. */
  definition: CpText;
  /** Keys into {@link CHECKLIST_SOURCES}. */
  source: string[];
}

/** Sources for the checklist scale. */
export const CHECKLIST_SOURCES: readonly { key: string; title: string; url: string; note: string }[] = [
  {
    key: "buku-panduan-guru-pengembangan-pembelajaran",
    title:
      "Buku Panduan Guru Pengembangan Pembelajaran untuk Satuan PAUD (Kemendikbudristek, Kurikulum Merdeka), hlm. 88, '3. Ceklis'",
    url: "https://fliphtml5.com/fwsir/txjo/Pengembangan_Pembelajaran-PAUD/96",
    note:
      "Read verbatim: with a ceklis the teacher writes achievement indicators before the lesson, interprets an event on the spot, marks the item (✔, ✘ or another sign) and writes the description of the observation at the end of the day. Example table (CP Jati Diri, from Buku Panduan Guru 3, Bab 5): Tujuan Pembelajaran | Hasil Pengamatan: Sudah Muncul | Konteks | Tempat & Waktu Kemunculan | Kejadian yang Teramati.",
  },
  {
    key: "pinkevin-report",
    title: "PinKevin/asesmen-paud-api, app/services/report_print_history_service.ts (checklist table of the printed report)",
    url: "https://github.com/PinKevin/asesmen-paud-api/blob/0e850ef5f77309b0d8cae93625d7c9d1d8f49334/app/services/report_print_history_service.ts",
    note:
      "Columns: No., Konteks, Kejadian yang Teramati, Hasil Pengamatan (Belum Muncul | Sudah Muncul), Capaian Pembelajaran; one boolean 'hasAppeared' per point.",
  },
];

/** The two checklist values, in order. */
export const CHECKLIST_VALUES: readonly ChecklistValueInfo[] = [
  {
    value: "belum-muncul",
    name: { id: "Belum Muncul", en: "Not yet observed" },
    definition: {
      id: "Perilaku yang dituju tujuan pembelajaran belum terlihat pada kejadian yang diamati ini. Ini catatan satu pengamatan, bukan nilai atau kesimpulan tentang kemampuan anak; amati lagi pada kesempatan dan konteks lain.",
      en: "The behaviour named in the learning goal was not seen in this observed event. It records one observation, not a score or a conclusion about the child's ability; observe again on other occasions and in other contexts.",
    },
    source: ["buku-panduan-guru-pengembangan-pembelajaran", "pinkevin-report"],
  },
  {
    value: "sudah-muncul",
    name: { id: "Sudah Muncul", en: "Observed" },
    definition: {
      id: "Perilaku yang dituju tujuan pembelajaran terlihat pada kejadian yang diamati ini. Catat konteks, tempat dan waktu kemunculan, serta kejadian yang teramati sebagai bukti.",
      en: "The behaviour named in the learning goal was seen in this observed event. Record the context, the place and time it appeared, and what was observed, as evidence.",
    },
    source: ["buku-panduan-guru-pengembangan-pembelajaran", "pinkevin-report"],
  },
];
