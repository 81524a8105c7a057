/**
 * The bundled STPPA Permendikbud 137/2014 framework, built from the transcribed data.
 *
 * @module
 */
import type { Framework } from "../../model/index.js";
import { STPPA_2014_ASPECTS, STPPA_2014_BANDS, STPPA_2014_SOURCES } from "./indicators.js";

let built: Framework | undefined;

/**
 * The STPPA 137/2014 framework: ten age bands, six aspects with their scopes, and the official
 * indicator texts that could be sourced (with our English translations). Bands whose official
 * text could not be found are present but empty, with coverage `missing`.
 *
 * @returns the framework (the same object on every call)
 * @example
 * ```ts
 * const stppa = stppa2014();
 * stppa.bands.find((b) => b.id === "48-60")?.indicators.length; // => 88
 * ```
 * @category Curricula
 */
export function stppa2014(): Framework {
  built ??= {
    id: "stppa2014",
    kind: "stppa",
    name: {
      id: "Standar Tingkat Pencapaian Perkembangan Anak (STPPA), Permendikbud No. 137 Tahun 2014",
      en: "Child Development Achievement Standard (STPPA), Minister of Education Regulation 137/2014",
    },
    version: "Permendikbud 137/2014, Lampiran I",
    sources: STPPA_2014_SOURCES,
    scale: "bb-bsb",
    notice: {
      id: "Teks indikator berbahasa Indonesia disalin dari Lampiran I Permendikbud 137/2014 melalui sumber yang dicantumkan; terjemahan bahasa Inggris adalah terjemahan kami, bukan terjemahan resmi.",
      en: "Indonesian indicator texts are copied from Lampiran I of Permendikbud 137/2014 through the cited sources; the English translations are ours, not official.",
    },
    aspects: STPPA_2014_ASPECTS,
    bands: STPPA_2014_BANDS.map((band) => ({
      id: band.id,
      fromMonths: band.fromMonths,
      toMonths: band.toMonths,
      label: band.label,
      coverage: band.coverage,
      note: band.note,
      indicators: band.indicators.map((i) => ({
        id: i.id,
        aspect: i.aspect,
        scope: i.scope,
        text: i.text,
        source: i.source,
        confidence: i.confidence,
        ...(i.remark === undefined ? {} : { remark: i.remark }),
      })),
    })),
    elements: [],
    learningGoals: [],
  } as unknown as Framework;
  return built;
}
