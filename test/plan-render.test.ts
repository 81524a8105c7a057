import { describe, expect, it } from "vitest";
import {
  createSampleCentre,
  dailyPlan,
  renderDailyPlanHtml,
  renderDailyPlanMarkdown,
  renderWeeklyPlanHtml,
  renderWeeklyPlanMarkdown,
  type WeeklyPlan,
  WeeklyPlanSchema,
  weeklyPlan,
} from "../src/index.js";
import { deepFreeze } from "./helpers/arbitraries.js";

const PT_NAME = { id: "Menara Merah Muda", en: "Pink tower" };
const KC_NAME = { id: "Silinder Berkenop 1", en: "Knobbed cylinders 1" };

/** A plan written by hand (renderers only format; they must not need a centre), with hostile names. */
const plan: WeeklyPlan = deepFreeze(
  WeeklyPlanSchema.parse({
    format: "tumbuh.weekly-plan",
    version: 1,
    centre: "TARA <Uji>",
    group: { id: "g-1", name: "Melati | A" },
    educators: [{ id: "e-1", name: "Bu Sari" }],
    week: "2026-11-30",
    asOf: "2026-11-29",
    locale: "id",
    seed: 0,
    settings: {
      workingDays: [1, 2, 3, 4, 5],
      holidays: ["2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"],
      slotsPerDay: 1,
      maxNewPresentationsPerChild: 1,
      maxPracticeAgainPerChild: 1,
      practiceAgainAfterDays: 14,
      prerequisiteRule: "mastered",
      slotCapacityMinutes: 60,
      extraNeeds: [],
    },
    theme: { name: { id: "Diriku", en: "Myself" }, activities: [] },
    days: [
      {
        date: "2026-11-30",
        weekday: 1,
        slots: [
          {
            slot: 1,
            minutes: 10,
            presentations: [
              {
                activity: "mont.sensorial.pink-tower",
                name: PT_NAME,
                area: "sensorial",
                grouping: "individual",
                maxChildren: 1,
                minutes: 10,
                materials: [{ material: "mat.pink-tower", name: { id: "Menara merah muda", en: "Pink tower" }, copies: 1 }],
                children: [
                  {
                    child: "c-3",
                    kind: "new",
                    score: 13,
                    reasons: [
                      { kind: "next-after", activity: "mont.sensorial.knobbed-cylinders-1", name: KC_NAME, stage: "mastered", on: "2026-11-19" },
                      { kind: "supports", indicator: "stppa2014.48-60.kog.c.3", text: { id: "Mengenal lambang bilangan", en: "Knows the numerals" }, level: "MB" },
                    ],
                    why: "(the plan's own words; renderers rebuild them)",
                  },
                ],
                observe: ["stppa2014.48-60.kog.c.3"],
              },
            ],
          },
        ],
      },
    ],
    children: [
      {
        child: "c-1",
        name: "<script>alert(1)</script>",
        ageMonths: 52,
        areaBalance: { "practical-life": 20, sensorial: 20, language: 25, mathematics: 20, culture: 15 },
        availableDays: ["2026-11-30"],
        planned: [],
        newPresentations: 0,
        practiceAgain: 0,
        needs: [],
        unplaced: ["mont.sensorial.pink-tower"],
      },
      {
        child: "c-3",
        name: "Cici *Rahma*",
        nickname: "Cici",
        ageMonths: 52,
        areaBalance: { "practical-life": 20, sensorial: 20, language: 25, mathematics: 20, culture: 15 },
        availableDays: ["2026-11-30"],
        planned: [{ date: "2026-11-30", slot: 1, activity: "mont.sensorial.pink-tower", kind: "new" }],
        newPresentations: 1,
        practiceAgain: 0,
        needs: [{ indicator: "stppa2014.48-60.kog.c.3", kind: "indicator", level: "MB", text: { id: "Mengenal lambang bilangan", en: "Knows the numerals" }, points: 2 }],
        unplaced: [],
      },
    ],
    unplaced: [
      {
        activity: "mont.sensorial.pink-tower",
        name: PT_NAME,
        area: "sensorial",
        children: [
          {
            child: "c-1",
            kind: "new",
            score: 6,
            reasons: [{ kind: "next-after", activity: "mont.sensorial.knobbed-cylinders-1", name: KC_NAME, stage: "mastered", on: "2026-11-12" }],
            why: "",
          },
        ],
        reason: { kind: "material-busy", material: "mat.pink-tower", name: { id: "Menara merah muda", en: "Pink tower" }, copies: 1, ready: 2 },
        why: "",
      },
    ],
    observe: [
      {
        indicator: "stppa2014.48-60.kog.c.3",
        text: { id: "Mengenal lambang bilangan", en: "Knows the numerals" },
        purpose: "need",
        children: [{ child: "c-3", level: "MB" }],
        activities: ["mont.sensorial.pink-tower"],
        dates: ["2026-11-30"],
      },
    ],
  }) as WeeklyPlan,
);

describe("renderWeeklyPlanMarkdown", () => {
  it("renders the exact English plan", () => {
    expect(renderWeeklyPlanMarkdown(plan, { locale: "en" })).toBe(
      [
        "# Weekly plan (RPPM) — Melati \\| A",
        "",
        "| | |",
        "|---|---|",
        "| Centre | TARA \\<Uji\\> |",
        "| Group | Melati \\| A |",
        "| Educators | Bu Sari |",
        "| Week | 30 November 2026 – 4 December 2026 |",
        "| Theme | Myself |",
        "",
        "Made from records up to 29 November 2026.",
        "",
        "## Monday, 30 November 2026",
        "",
        "### Slot 1 · 10 min",
        "",
        "- **Pink tower** — Sensorial, individual, 10 min. Materials: Pink tower.",
        "  - Cici: next after *Knobbed cylinders 1*, mastered 19 November 2026; supports *Knows the numerals* (MB).",
        "",
        "## Per child",
        "",
        "| Child | Age | New | Again | Activity | Needs support |",
        "|---|---|---|---|---|---|",
        "| \\<script\\>alert(1)\\</script\\> | 4 y 4 m | 0 | 0 | — | — |",
        "| Cici | 4 y 4 m | 1 | 0 | Monday 1: Pink tower | Knows the numerals (MB) |",
        "",
        "## Could not be placed",
        "",
        "| Activity | Children | Why |",
        "|---|---|---|",
        "| Pink tower | \\<script\\>alert(1)\\</script\\> | only one *Pink tower*; two children ready |",
        "",
        "## Assessment plan (what to observe)",
        "",
        "| Indicator | Purpose | Children | Activity | Days |",
        "|---|---|---|---|---|",
        "| Knows the numerals (`stppa2014.48-60.kog.c.3`) | needs support | Cici (MB) | Pink tower | Monday |",
        "",
      ].join("\n"),
    );
  });

  it("writes Bahasa Indonesia by default, with the reasons in words", () => {
    const md = renderWeeklyPlanMarkdown(plan);
    expect(md.split("\n")[0]).toBe("# Rencana Pelaksanaan Pembelajaran Mingguan (RPPM) — Melati \\| A");
    expect(md).toContain("## Senin, 30 November 2026");
    expect(md).toContain("  - Cici: lanjutan dari *Silinder Berkenop 1*, dikuasai 19 November 2026; mendukung *Mengenal lambang bilangan* (MB).");
    expect(md).toContain("| Menara Merah Muda | \\<script\\>alert(1)\\</script\\> | hanya satu *Menara merah muda*; dua anak siap |");
    expect(md).toContain("| Mengenal lambang bilangan (`stppa2014.48-60.kog.c.3`) | perlu dukungan | Cici (MB) | Menara Merah Muda | Senin |");
    expect(md).not.toContain("<script>");
  });
});

describe("renderWeeklyPlanHtml", () => {
  it("is a printable page: language, A4, real tables and headings, one section per page", () => {
    const html = renderWeeklyPlanHtml(plan);
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain('<html lang="id">');
    expect(html).toContain("@page { size: A4;");
    expect(html).toContain("<h1>Rencana Pelaksanaan Pembelajaran Mingguan (RPPM) — Melati | A</h1>");
    expect(html).toContain('<th scope="col">Senin<br>30 November 2026</th>');
    expect(html).toContain("<h2>Jadwal minggu ini</h2>");
    expect(html).toContain("<h1>Rencana Pelaksanaan Pembelajaran Harian (RPPH) — Melati | A</h1>");
    // The week (with the assessment plan and the children), and one page for the one working day.
    expect(html.match(/<section class="page /g)).toHaveLength(2);
    // The RPPH gives each child's readiness, and the need becomes what to observe, with the level.
    expect(html).toContain("<p><strong>Cici</strong>: lanjutan dari <em>Silinder Berkenop 1</em></p>");
    expect(html).toContain("<p>Mengenal lambang bilangan — Cici (MB)</p>");
    expect(html).toContain("hanya satu <em>Menara merah muda</em>; dua anak siap");
  });

  it("escapes every user text", () => {
    const html = renderWeeklyPlanHtml(plan, { locale: "en" });
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("TARA &lt;Uji&gt;");
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("<h2>Opening</h2>");
  });

  it("can leave the daily pages out", () => {
    expect(renderWeeklyPlanHtml(plan, { includeDays: false }).match(/<section class="page /g)).toHaveLength(1);
  });
});

describe("daily plan renderers", () => {
  it("render the RPPH of a day: opening, core, closing, materials, observation", () => {
    const day = dailyPlan(plan, "2026-11-30");
    const md = renderDailyPlanMarkdown(day);
    expect(md).toContain("## Pembukaan\n\n1. Penyambutan anak dan salam\n2. Berdoa bersama\n3. Bercakap-cakap tentang tema: Diriku\n4. Mengenalkan kegiatan hari ini dan aturan siklus kerja");
    expect(md).toContain("## Kegiatan inti\n\n### Sesi 1 · 10 menit");
    expect(md).toContain("## Penutup\n\n1. Mengembalikan alat ke rak dan merapikan kelas");
    expect(md).toContain("| Menara merah muda | 1 | 1 |");
    expect(md).toContain("| Mengenal lambang bilangan (`stppa2014.48-60.kog.c.3`) | perlu dukungan | Cici (MB) | Menara Merah Muda |");
    const html = renderDailyPlanHtml(day, { locale: "en" });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("<h2>Core activities</h2>");
    expect(html).toContain("<h2>Materials to prepare</h2>");
    expect(html.match(/<section class="page /g)).toHaveLength(1);
  });

  it("say the centre is closed on a holiday", () => {
    expect(renderDailyPlanMarkdown(dailyPlan(plan, "2026-12-01"))).toContain("Libur / tidak ada kegiatan");
    expect(renderDailyPlanHtml(dailyPlan(plan, "2026-12-01"), { locale: "en" })).toContain("Closed / no activities");
  });
});

describe("rendering a sample class", () => {
  const centre = createSampleCentre({ seed: 3, children: 50, weeks: 8 });
  const week = weeklyPlan(centre, "g-56", { week: "2026-11-30", theme: { name: "Tanah airku", subtheme: "Pulau-pulau" } });

  it("has no holes in either language", () => {
    for (const locale of ["id", "en"] as const) {
      for (const text of [renderWeeklyPlanMarkdown(week, { locale }), renderWeeklyPlanHtml(week, { locale }), renderDailyPlanMarkdown(dailyPlan(week, "2026-12-02"), { locale })]) {
        expect(text).not.toMatch(/undefined|NaN|\[object Object\]/);
      }
    }
  });

  it("tells apart two children with the same nickname", () => {
    const twins = {
      ...week,
      children: week.children.map((c, i) => (i < 2 ? { ...c, nickname: "Hafiz" } : c)),
    } as WeeklyPlan;
    const md = renderWeeklyPlanMarkdown(twins);
    expect(md).toContain(`| ${week.children[0]!.name} |`);
    expect(md).toContain(`| ${week.children[1]!.name} |`);
    expect(md).not.toContain("| Hafiz |");
  });
});
