/**
 * The bundled CDC 2022 milestones as a framework of kind `milestones`.
 *
 * @module
 */
import type { Framework } from "../../model/index.js";
import { CDC_2022_AGES, CDC_2022_DOMAINS, CDC_2022_MILESTONES, CDC_2022_SOURCES } from "./milestones.js";

let built: Framework | undefined;

/**
 * CDC "Learn the Signs. Act Early." milestones (2022): one band per checklist age, running until
 * the next checklist age (the 24-month checklist applies from 24 to 29 months), four domains.
 * English is CDC's; Indonesian is our translation.
 *
 * @returns the framework (the same object on every call)
 * @example
 * ```ts
 * cdc2022().bands.find((b) => b.id === "24m")?.indicators.length; // => 13
 * ```
 * @category Curricula
 */
export function cdc2022(): Framework {
  built ??= {
    id: "cdc2022",
    kind: "milestones",
    name: { id: "Tahapan perkembangan CDC 2022 (Learn the Signs. Act Early.)", en: "CDC developmental milestones 2022 (Learn the Signs. Act Early.)" },
    version: "CDC 2022 (Zubler et al., Pediatrics 2022;149(3):e2021052138)",
    sources: CDC_2022_SOURCES.map((s) => ({ key: s.key, title: s.title, url: s.url, note: s.note })),
    scale: "milestone",
    notice: {
      id: "Tahapan yang dicapai sebagian besar anak (75% atau lebih) pada usia tersebut. Tahapan yang belum terlihat adalah alasan untuk berbicara dengan tenaga kesehatan, bukan diagnosis. Terjemahan bahasa Indonesia adalah terjemahan kami.",
      en: "Milestones most children (75% or more) reach by that age. A milestone not yet seen is a reason to talk with a health worker, never a diagnosis. The Indonesian translation is ours.",
    },
    aspects: CDC_2022_DOMAINS.map((d) => ({ id: d.id, name: d.name, scopes: [{ id: "a", name: d.name }] })),
    bands: CDC_2022_AGES.map((age, i) => {
      const next = CDC_2022_AGES[i + 1] ?? 72;
      return {
        id: `${age}m`,
        fromMonths: age,
        toMonths: next,
        label: { id: `Usia ${age} bulan`, en: `${age} months` },
        coverage: "complete" as const,
        indicators: CDC_2022_MILESTONES.filter((m) => m.months === age).map((m) => ({
          id: m.id,
          aspect: m.domain,
          scope: "a",
          text: { id: m.text.id, en: m.text.en },
          source: "cdc-ltsae",
          confidence: "verbatim" as const,
        })),
      };
    }),
    elements: [],
    learningGoals: [],
  } as unknown as Framework;
  return built;
}
