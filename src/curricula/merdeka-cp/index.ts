/**
 * The bundled Kurikulum Merdeka CP (fase fondasi) framework and the sample learning goals.
 *
 * @module
 */
import type { Framework } from "../../model/index.js";
import { CP_ELEMENTS, CP_OVERALL, CP_SOURCES, CP_VERSION } from "./elements.js";
import { SAMPLE_GOALS_NOTICE, SAMPLE_LEARNING_GOALS } from "./sample-goals.js";

let cp: Framework | undefined;
let goals: Framework | undefined;

/**
 * The Capaian Pembelajaran of fase fondasi: three elements with their sub-elements, in the newest
 * version that could be sourced. CP is stated for the end of PAUD, not per age, so it has no age
 * bands; learning goals (TP) carry the age group.
 *
 * @returns the framework (the same object on every call)
 * @example
 * ```ts
 * merdekaCp().elements.map((e) => e.id); // => ["cp.nab", "cp.jd", "cp.lms"]
 * ```
 * @category Curricula
 */
export function merdekaCp(): Framework {
  cp ??= {
    id: "merdeka-cp",
    kind: "cp",
    name: {
      id: "Capaian Pembelajaran PAUD Fase Fondasi (Kurikulum Merdeka)",
      en: "Kurikulum Merdeka learning outcomes for early childhood (foundation phase)",
    },
    version: `Keputusan Kepala BSKAP ${CP_VERSION.decree}`,
    sources: CP_SOURCES.map((s) => ({ key: s.key, title: s.title, ...(s.url ? { url: s.url } : {}), note: s.note })),
    scale: "checklist",
    notice: {
      id: `${CP_VERSION.note.id} Pernyataan CP umum: "${CP_OVERALL.id}". Terjemahan bahasa Inggris adalah terjemahan kami.`,
      en: `${CP_VERSION.note.en} Overall CP: "${CP_OVERALL.en}". English translations are ours.`,
    },
    aspects: [],
    bands: [],
    elements: CP_ELEMENTS.map((e) => ({
      id: e.id,
      name: e.name,
      statement: e.statement,
      subElements: e.subElements.map((s) => ({
        id: s.id,
        name: s.name,
        statements: s.statements,
        source: s.source,
        confidence: s.confidence,
        ...(s.remark === undefined ? {} : { remark: s.remark }),
      })),
    })),
    learningGoals: [],
  } as unknown as Framework;
  return cp;
}

/**
 * A SAMPLE set of learning goals (tujuan pembelajaran) for the 2–3, 3–4, 4–5 and 5–6 year groups,
 * written by us and linked to CP sub-elements. A centre replaces it with its own goals: drop
 * `sample-goals` from `curriculum.bundled` and load its own framework.
 *
 * @returns the sample goals as a framework of kind `cp` (the same object on every call)
 * @example
 * ```ts
 * sampleLearningGoals().learningGoals.filter((g) => g.group === "48-60").length; // => 18
 * ```
 * @category Curricula
 */
export function sampleLearningGoals(): Framework {
  goals ??= {
    id: "sample-goals",
    kind: "cp",
    name: { id: "Contoh Tujuan Pembelajaran (TP) tumbuh", en: "tumbuh sample learning goals (TP)" },
    version: "tumbuh sample 1",
    sources: [{ key: "tumbuh", title: "Written by the tumbuh authors as a sample", note: SAMPLE_GOALS_NOTICE.en }],
    scale: "checklist",
    notice: SAMPLE_GOALS_NOTICE,
    aspects: [],
    bands: [],
    elements: [],
    learningGoals: SAMPLE_LEARNING_GOALS.map((g) => ({ id: g.id, group: g.group, subElement: g.subElement, text: g.text })),
  } as unknown as Framework;
  return goals;
}
