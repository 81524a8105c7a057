/**
 * The columns of the roster and observation CSV formats: the field each fills, the Indonesian and
 * English headers written on export, and more headers accepted on import. docs/data-format.md
 * shows the same tables; keep them in step.
 *
 * @module
 */
import type { ColumnSpec } from "./table.js";

/** Fields of a roster row (paths into `Child`). */
export type RosterField =
  | "id"
  | "name"
  | "nickname"
  | "birthDate"
  | "sex"
  | "group"
  | "enrolledOn"
  | "leftOn"
  | "consent.photos"
  | "consent.shareWithFamilyApps"
  | "consent.aggregateStatistics"
  | "consent.recordedOn"
  | "consent.givenBy";

/** The roster columns, in export order. */
export const ROSTER_COLUMNS: readonly ColumnSpec<RosterField>[] = [
  { field: "id", id: "id_anak", en: "id", aliases: ["child_id"] },
  { field: "name", id: "nama", en: "name", aliases: ["nama_lengkap", "nama_anak", "full_name"] },
  { field: "nickname", id: "panggilan", en: "nickname", aliases: ["nama_panggilan"] },
  { field: "birthDate", id: "tanggal_lahir", en: "birth_date", aliases: ["tgl_lahir", "date_of_birth", "birthdate"] },
  { field: "sex", id: "jenis_kelamin", en: "sex", aliases: ["jk", "kelamin", "gender"] },
  { field: "group", id: "kelompok", en: "group", aliases: ["rombel", "kelas"] },
  { field: "enrolledOn", id: "tanggal_masuk", en: "enrolled_on", aliases: ["tgl_masuk"] },
  { field: "leftOn", id: "tanggal_keluar", en: "left_on", aliases: ["tgl_keluar"] },
  { field: "consent.photos", id: "izin_foto", en: "consent_photos", aliases: [] },
  { field: "consent.shareWithFamilyApps", id: "izin_aplikasi_keluarga", en: "consent_family_apps", aliases: ["consent_share_with_family_apps"] },
  { field: "consent.aggregateStatistics", id: "izin_statistik", en: "consent_statistics", aliases: ["consent_aggregate_statistics"] },
  { field: "consent.recordedOn", id: "izin_dicatat_pada", en: "consent_recorded_on", aliases: ["tanggal_izin"] },
  { field: "consent.givenBy", id: "izin_diberikan_oleh", en: "consent_given_by", aliases: ["pemberi_izin"] },
];

/** Fields of an observation row (`indicator` holds the one indicator of an assessment or the list of an anecdote). */
export type ObservationField =
  | "id"
  | "date"
  | "child"
  | "author"
  | "kind"
  | "indicator"
  | "level"
  | "context"
  | "activity"
  | "stage"
  | "threePeriodStage"
  | "variants"
  | "text"
  | "weightKg"
  | "heightCm"
  | "headCircumferenceCm"
  | "position"
  | "note"
  | "visibility";

/** The observation columns, in export order. */
export const OBSERVATION_COLUMNS: readonly ColumnSpec<ObservationField>[] = [
  { field: "id", id: "id", en: "id", aliases: ["id_catatan", "observation_id"] },
  { field: "date", id: "tanggal", en: "date", aliases: ["tgl"] },
  { field: "child", id: "anak", en: "child", aliases: ["id_anak", "child_id"] },
  { field: "author", id: "guru", en: "author", aliases: ["pendidik", "id_guru", "educator"] },
  { field: "kind", id: "jenis", en: "kind", aliases: ["type"] },
  { field: "indicator", id: "indikator", en: "indicator", aliases: ["indicators", "tujuan_pembelajaran"] },
  { field: "level", id: "capaian", en: "level", aliases: ["nilai"] },
  { field: "context", id: "konteks", en: "context", aliases: [] },
  { field: "activity", id: "kegiatan", en: "activity", aliases: ["materi"] },
  { field: "stage", id: "tahap", en: "stage", aliases: [] },
  { field: "threePeriodStage", id: "tiga_periode", en: "three_period_stage", aliases: [] },
  { field: "variants", id: "varian", en: "variants", aliases: [] },
  { field: "text", id: "teks_anekdot", en: "anecdote_text", aliases: ["anekdot", "anecdote", "teks", "text"] },
  { field: "weightKg", id: "berat_kg", en: "weight_kg", aliases: ["bb_kg", "berat", "berat_badan", "bb", "weight"] },
  { field: "heightCm", id: "tinggi_cm", en: "height_cm", aliases: ["tb_cm", "tinggi", "tinggi_badan", "panjang", "panjang_badan", "pb_tb", "tb", "height", "length"] },
  { field: "headCircumferenceCm", id: "lingkar_kepala_cm", en: "head_circumference_cm", aliases: ["lk_cm", "lingkar_kepala", "lk", "head_circumference"] },
  { field: "position", id: "cara_ukur", en: "position", aliases: ["posisi", "posisi_ukur", "cara_pengukuran", "measured"] },
  { field: "note", id: "catatan", en: "note", aliases: ["keterangan"] },
  { field: "visibility", id: "bagikan_ke_keluarga", en: "visibility", aliases: ["share_with_family", "visibilitas"] },
];

/** The header of a column in a language. */
export function headerOf<F extends string>(spec: ColumnSpec<F>, language: "id" | "en"): string {
  return language === "id" ? spec.id : spec.en;
}

/** The columns of a measurements sheet (`importMeasurementsCsv`): the growth subset of the observation columns. */
export const MEASUREMENT_COLUMNS: readonly ColumnSpec<ObservationField>[] = OBSERVATION_COLUMNS.filter((s) =>
  (["id", "date", "child", "author", "weightKg", "heightCm", "headCircumferenceCm", "position", "note", "visibility"] as readonly ObservationField[]).includes(s.field),
);
