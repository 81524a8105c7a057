/**
 * The four-level scale BB / MB / BSH / BSB used to assess STPPA indicators in Kurikulum 2013 PAUD
 * practice (Permendikbud 146/2014 era), and still widely used in rapor.
 *
 * The scale is practice, not part of Permendikbud 137/2014 itself: the regulation asks for
 * assessment but does not fix these labels. The Indonesian definitions are copied verbatim from a
 * kindergarten's daily scale sheet (TK PGRI Kartini) that matches the guideline pages circulating
 * in PAUD; the English names and definitions are our translations. Kurikulum Merdeka does not
 * require this scale (it records "Belum Muncul / Sudah Muncul").
 *
 * @module
 */

import type { StppaLevel } from "../../model/index.js";

/** A level with its ordinal value, names and definitions. @category Curricula */
export type StppaLevelDefinition = {
  readonly level: StppaLevel;
  /** Ordinal value, 1 (lowest) to 4. */
  readonly value: 1 | 2 | 3 | 4;
  /** Official-practice Indonesian name and our English name. */
  readonly name: { readonly id: string; readonly en: string };
  /** Official-practice Indonesian definition (verbatim) and our English translation. */
  readonly definition: { readonly id: string; readonly en: string };
  /** URL of the document the Indonesian definition is copied from. */
  readonly source: string;
};

const SCALE_SHEET = "https://id.scribd.com/document/392860990/4-Skala-Pencapaian-Perkembangan-Paud";

/**
 * BB, MB, BSH and BSB, lowest first.
 *
 * @example
 * ```ts
 * STPPA_LEVEL_DEFINITIONS.find((l) => l.level === "BSH")?.value; // => 3
 * ```
 * @category Curricula
 */
export const STPPA_LEVEL_DEFINITIONS: readonly StppaLevelDefinition[] = [
  {
    level: "BB",
    value: 1,
    name: { id: "Belum Berkembang", en: "Not yet developing" },
    definition: {
      id: "bila anak melakukannya harus dengan bimbingan atau dicontohkan oleh guru",
      en: "the child can do it only when the teacher guides them or shows them how",
    },
    source: SCALE_SHEET,
  },
  {
    level: "MB",
    value: 2,
    name: { id: "Mulai Berkembang", en: "Beginning to develop" },
    definition: {
      id: "bila anak melakukannya masih harus diingatkan atau dibantu oleh guru",
      en: "the child does it but still needs the teacher to remind or help them",
    },
    source: SCALE_SHEET,
  },
  {
    level: "BSH",
    value: 3,
    name: { id: "Berkembang Sesuai Harapan", en: "Developing as expected" },
    definition: {
      id: "bila anak sudah dapat melakukannya secara mandiri dan konsisten tanpa harus diingatkan atau dicontohkan oleh guru",
      en: "the child can do it independently and consistently, without the teacher reminding them or showing them how",
    },
    source: SCALE_SHEET,
  },
  {
    level: "BSB",
    value: 4,
    name: { id: "Berkembang Sangat Baik", en: "Developing very well" },
    definition: {
      id: "bila anak sudah dapat melakukannya secara mandiri dan sudah dapat membantu temannya yang belum mencapai kemampuan sesuai indikator yang diharapkan.",
      en: "the child can do it independently and can already help friends who have not yet reached the expected level of the indicator.",
    },
    source: SCALE_SHEET,
  },
];
