/**
 * Crosswalk from STPPA (Permendikbud 137/2014) aspects and scopes to Kurikulum Merdeka CP
 * sub-elements (fase fondasi, 046/H/KR/2025).
 *
 * THIS IS OUR DOCUMENTED MAPPING, not an official table. The official documents only say that the
 * STPPA development aspects are "dirumuskan menjadi tiga elemen … secara terintegrasi" (CP 2024) and
 * that the CP elements elaborate the aspects; no decree maps scope by scope. We map each
 * aspect×scope to the sub-elements whose statements cover the same behaviours: NAM → Nilai Agama dan
 * Budi Pekerti; fisik-motorik and sosial-emosional → Jati Diri; kognitif, bahasa and seni → Dasar-dasar
 * Literasi, Matematika, Sains, Teknologi, Rekayasa, dan Seni; plus secondary links where a scope's
 * indicators plainly also belong elsewhere (e.g. fm.c health → cp.nab.syukur). The first sub-element
 * in each row is the primary one.
 *
 * Note: 137/2014 has "Seni" as an aspect; the later STPPA (Permendikbudristek 5/2022, Permendikdasmen
 * 10/2025) replaces it with "nilai Pancasila", which has no 137/2014 scope and so no row here.
 *
 * @module
 */
import type { CpSubElementId, CpText } from "./merdeka-cp/elements.js";

/** STPPA 137/2014 aspect codes (data contract). */
export type StppaAspect = "nam" | "fm" | "kog" | "bhs" | "sosem" | "seni";
/** STPPA 137/2014 scope letters (data contract). */
export type StppaScope = "a" | "b" | "c";

/** One row of the STPPA → CP crosswalk: an STPPA aspect and scope, the CP sub-elements it maps to, and why (our mapping). @category Curricula */
export interface StppaToCpRow {
  aspect: StppaAspect;
  scope: StppaScope;
  /** CP sub-element ids, primary first. */
  subElements: CpSubElementId[];
  /** Why, in plain words (ours). */
  rationale: CpText;
}

/** Sources for the crosswalk. */
export const CROSSWALK_SOURCES: readonly { key: string; title: string; url: string; note: string }[] = [
  {
    key: "cp-2024-karakteristik",
    title: "CP PAUD Fase Fondasi 2024 (BSKAP 032/H/KR/2024), C. Karakteristik — reproduced by meqaplus.com",
    url: "https://meqaplus.com/cp-paud-fondasi-2024-kurikulum-merdeka-di-bskap-032/2",
    note:
      "Verbatim: 'Capaian Pembelajaran bagi anak usia dini perlu membangun enam aspek perkembangan berikut (sesuai STPPA): nilai agama dan moral, fisik motorik, kognitif, sosial emosional, bahasa, dan nilai Pancasila. Aspek perkembangan ini kemudian dirumuskan menjadi tiga elemen di dalam Capaian Pembelajaran Fase Fondasi yang dirumuskan secara terintegrasi.'",
  },
  {
    key: "bskap-008-2022-lingkup",
    title: "SK BSKAP 008/H/KR/2022 — Lingkup Capaian Pembelajaran PAUD (paud.id)",
    url: "https://www.paud.id/bskap-008-h-kr-2022-capaian-pembelajaran-kurmer/",
    note:
      "Verbatim: 'Tiga elemen stimulasi tersebut merupakan elaborasi aspek-aspek perkembangan nilai agama dan moral, fisik motorik, kognitif, sosial emosional, bahasa, dan nilai Pancasila serta bidang-bidang lain …'",
  },
  {
    key: "stppa-137-2014-scopes",
    title: "Permendikbud 137/2014 STPPA scope descriptions (Pasal 10 as reproduced by tkpaud.net) and the 4–6 y indicator tables",
    url: "http://www.tkpaud.net/2016/05/standar-tingkat-pencapaian-perkembangan.html",
    note: "Scope contents used to decide each row (via the shared research notes, §1.3–1.6).",
  },
  {
    key: "cp-046-2025",
    title: "CP fase fondasi, Keputusan Kepala BSKAP No. 046/H/KR/2025 (see CP_SOURCES in merdeka-cp/elements)",
    url: "https://www.ainamulyana.id/2025/10/capaian-pembelajaran-paud-tk-ra-tahun.html",
    note: "Target statements of the mapping.",
  },
];

/** STPPA 137/2014 aspect×scope → CP sub-elements: 15 rows, one per scope in the data contract. Our mapping. */
export const STPPA_TO_CP: readonly StppaToCpRow[] = [
  {
    aspect: "nam",
    scope: "a",
    subElements: ["cp.nab.agama", "cp.nab.budi-pekerti", "cp.nab.syukur"],
    rationale: {
      id: "NAM mencakup mengenal agama yang dianut, beribadah, dan mengenal hari besar agama (Nilai Agama); berperilaku jujur, penolong, sopan, hormat, dan toleran (Budi Pekerti); serta menjaga kebersihan diri dan lingkungan (Rasa Syukur).",
      en: "NAM covers knowing one's religion, worship and religious holidays (religious values); honest, helpful, polite, respectful and tolerant behaviour (character); and keeping oneself and the surroundings clean (gratitude/self-care).",
    },
  },
  {
    aspect: "fm",
    scope: "a",
    subElements: ["cp.jd.fisik-motorik"],
    rationale: {
      id: "Motorik kasar (gerakan tubuh terkoordinasi, seimbang, lincah) adalah bagian 'fungsi gerak (motorik kasar, halus, dan taktil)' di Jati Diri.",
      en: "Gross motor skills (coordinated, balanced, agile movement) are part of the 'use of movement (gross, fine and tactile motor)' statement under Jati Diri.",
    },
  },
  {
    aspect: "fm",
    scope: "b",
    subElements: ["cp.jd.fisik-motorik", "cp.lms.teknologi", "cp.lms.seni"],
    rationale: {
      id: "Motorik halus masuk fungsi gerak di Jati Diri. Tautan sekunder: lingkup motorik halus 137/2014 adalah kemampuan 'menggunakan alat untuk mengeksplorasi dan mengekspresikan diri', sejalan dengan 'menggunakan … teknologi … secara aman' (Teknologi); indikatornya juga memuat berkarya seni dengan berbagai media (misalnya 'Mengekspresikan diri dengan berkarya seni menggunakan berbagai media', 4–5 tahun) (Seni).",
      en: "Fine motor skills belong to the movement statement under Jati Diri. Secondary links: the 137/2014 fine-motor scope is the ability 'to use tools to explore and express oneself', in line with 'uses … technology … safely' (Technology); its indicators also include making art with various media (e.g. 'Mengekspresikan diri dengan berkarya seni menggunakan berbagai media', 4–5 y) (Art).",
    },
  },
  {
    aspect: "fm",
    scope: "c",
    subElements: ["cp.nab.syukur", "cp.jd.fisik-motorik"],
    rationale: {
      id: "Kesehatan dan perilaku keselamatan (hidup bersih dan sehat, peduli keselamatan) sama dengan pernyataan CP 'berpartisipasi aktif dalam menjaga kebersihan, kesehatan, dan keselamatan dirinya' (Rasa Syukur); fungsi gerak 'untuk merawat dirinya, membangun kemandirian' (Fisik Motorik) juga terkait. Data pertumbuhan (BB, TB, lingkar kepala) tidak punya padanan CP.",
      en: "Health and safety behaviour (clean and healthy living, caring about safety) matches the CP statement 'takes an active part in keeping themselves clean, healthy and safe' (gratitude); movement 'to care for themselves, build independence' (physical-motor) is also linked. Growth data (weight, height, head circumference) has no CP counterpart.",
    },
  },
  {
    aspect: "kog",
    scope: "a",
    subElements: ["cp.lms.sains", "cp.lms.rekayasa"],
    rationale: {
      id: "Belajar dan pemecahan masalah (memecahkan masalah sederhana, menerapkan pengetahuan dalam konteks baru, eksplorasi) sesuai pernyataan Sains 'mampu memecahkan masalah sederhana'; mengkreasikan sesuatu untuk memecahkan masalah terkait Rekayasa.",
      en: "Learning and problem solving (solving simple problems, applying knowledge in new contexts, exploring) matches the Science statement 'can solve simple problems'; creating something to solve a problem links to Engineering.",
    },
  },
  {
    aspect: "kog",
    scope: "b",
    subElements: ["cp.lms.matematika", "cp.lms.sains"],
    rationale: {
      id: "Berfikir logis (perbedaan, klasifikasi, pola, mengurutkan) sesuai Matematika (pola, persamaan dan perbedaan karakteristik, pengukuran); sebab-akibat sesuai Sains ('hubungan sebab akibat').",
      en: "Logical thinking (differences, classification, patterns, seriation) matches Mathematics (patterns, similarities and differences, measuring); cause and effect matches Science ('cause and effect').",
    },
  },
  {
    aspect: "kog",
    scope: "c",
    subElements: ["cp.lms.matematika", "cp.lms.literasi"],
    rationale: {
      id: "Berfikir simbolik: lambang bilangan dan membilang masuk Matematika (kepekaan bilangan); lambang huruf dan merepresentasikan benda dalam gambar masuk Literasi.",
      en: "Symbolic thinking: numerals and counting belong to Mathematics (number sense); letters and representing objects in pictures belong to Literacy.",
    },
  },
  {
    aspect: "bhs",
    scope: "a",
    subElements: ["cp.lms.literasi"],
    rationale: {
      id: "Memahami bahasa (memahami cerita, perintah, aturan, menyenangi bacaan) sesuai Literasi 'mengenali dan memahami berbagai informasi'.",
      en: "Understanding language (stories, instructions, rules, enjoying books) matches Literacy 'recognises and understands information'.",
    },
  },
  {
    aspect: "bhs",
    scope: "b",
    subElements: ["cp.lms.literasi", "cp.jd.sosem"],
    rationale: {
      id: "Mengungkapkan bahasa (bertanya, menjawab, bercerita, berpendapat) sesuai Literasi 'mengomunikasikan perasaan dan pikiran … membangun percakapan'. Tautan sekunder: mengungkapkan perasaan dengan kata termasuk 'mengekspresikan … emosi diri' (Sosial Emosional).",
      en: "Expressing language (asking, answering, telling, giving opinions) matches Literacy 'communicates feelings and thoughts … builds conversations'. Secondary link: putting feelings into words is part of 'expresses … their own emotions' (social-emotional).",
    },
  },
  {
    aspect: "bhs",
    scope: "c",
    subElements: ["cp.lms.literasi"],
    rationale: {
      id: "Keaksaraan (mengenal huruf, bunyi, menulis nama) sesuai Literasi 'berpartisipasi dalam kegiatan pramembaca' (CP 2024 juga menyebut pramenulis).",
      en: "Early literacy (letters, sounds, writing one's name) matches Literacy 'takes part in pre-reading activities' (the 2024 CP also named pre-writing).",
    },
  },
  {
    aspect: "sosem",
    scope: "a",
    subElements: ["cp.jd.identitas", "cp.jd.sosem"],
    rationale: {
      id: "Kesadaran diri (memperlihatkan kemampuan diri, mengenal dan mengendalikan perasaan, menyesuaikan diri) sesuai Identitas Diri dan 'mengenali, mengekspresikan, dan mengelola emosi diri'.",
      en: "Self-awareness (showing one's abilities, knowing and controlling feelings, adapting) matches personal identity and 'recognises, expresses and manages their own emotions'.",
    },
  },
  {
    aspect: "sosem",
    scope: "b",
    subElements: ["cp.jd.identitas", "cp.jd.sosem"],
    rationale: {
      id: "Rasa tanggung jawab (mengetahui hak, menaati aturan, mengatur diri, bertanggung jawab atas perilaku) sesuai pernyataan peran 'menyesuaikan diri dengan lingkungan, aturan dan norma yang berlaku' (Identitas Diri) dan mengelola diri (Sosial Emosional).",
      en: "Responsibility (knowing one's rights, following rules, self-regulation, owning one's behaviour) matches the role statement 'adapt to … the rules and norms in force' (identity) and self-management (social-emotional).",
    },
  },
  {
    aspect: "sosem",
    scope: "c",
    subElements: ["cp.jd.sosem", "cp.nab.budi-pekerti"],
    rationale: {
      id: "Perilaku prososial (bermain bersama, berbagi, kooperatif) sesuai 'membangun hubungan sosial secara sehat'; menghargai orang lain, toleran, dan sopan juga masuk Budi Pekerti 'menghargai sesama manusia dengan berbagai perbedaannya'.",
      en: "Prosocial behaviour (playing together, sharing, cooperating) matches 'builds healthy social relationships'; respecting others, tolerance and politeness also fall under character, 'respects other people in all their differences'.",
    },
  },
  {
    aspect: "seni",
    scope: "a",
    subElements: ["cp.lms.seni"],
    rationale: {
      id: "Menikmati alunan lagu atau suara adalah bagian 'mengapresiasi karya seni' dan 'mengeksplorasi berbagai proses seni'.",
      en: "Enjoying songs and sounds is part of 'appreciates works of art' and 'explores art processes'.",
    },
  },
  {
    aspect: "seni",
    scope: "b",
    subElements: ["cp.lms.seni"],
    rationale: {
      id: "Tertarik dengan kegiatan seni (menggambar, bernyanyi, menari, berkarya) sesuai 'mengeksplorasi berbagai proses seni, mengekspresikannya'.",
      en: "Interest in art activities (drawing, singing, dancing, making things) matches 'explores art processes, expresses them'.",
    },
  },
];
