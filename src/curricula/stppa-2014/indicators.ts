/**
 * STPPA (Standar Tingkat Pencapaian Perkembangan Anak) of Permendikbud No. 137 Tahun 2014,
 * Lampiran I "Standar Isi tentang Tingkat Pencapaian Perkembangan Anak", as raw bundled data.
 *
 * Source: the regulation's Lampiran I, read through the public copies listed in
 * {@link STPPA_2014_SOURCES}. The full PDF could not be read; what is shipped is what could be
 * cited to a copy that reproduces the regulation's table (not a school's own practice list).
 *
 * Completeness (see {@link STPPA_2014_BANDS} `coverage` and `note` per band):
 * - `48-60` (Usia 4–5 tahun): complete, 88 items.
 * - `60-72` (Usia 5–6 tahun): complete, 86 items (the Seni A/B split is inferred, see remarks).
 * - `0-3`, `3-6`, `6-9`, `9-12` (lahir–12 bulan): partial — Nilai Agama dan Moral, Motorik Kasar,
 *   and Motorik Halus for ≤3 bulan only.
 * - `12-18`, `18-24`, `24-36`, `36-48`: missing (shipped empty so the gap stays visible). No copy of
 *   the official table for these bands was found; school report lists that circulate for 2–4 years
 *   use the older Permendiknas 58/2009 structure and are deliberately not used.
 *
 * The Indonesian texts are copied verbatim (official spelling kept: "Berfikir", "menyebrang",
 * "Mentaati"). The English texts are our own translations, not official ones. Indicator ids follow
 * `stppa2014.<band>.<aspect>.<scope>.<n>`, n being the 1-based position in the official list of
 * that scope for that band (see docs/data-contract.md).
 *
 * @module
 */

/** STPPA aspect (lingkup perkembangan) ids. @category Curricula */
export type StppaAspectId = "nam" | "fm" | "kog" | "bhs" | "sosem" | "seni";
/** STPPA scope (sub-lingkup) letters; `nam` has the single scope `a`. @category Curricula */
export type StppaScopeLetter = "a" | "b" | "c";
/** STPPA 137/2014 band ids: half-open month intervals. @category Curricula */
export type StppaBandId =
  | "0-3"
  | "3-6"
  | "6-9"
  | "9-12"
  | "12-18"
  | "18-24"
  | "24-36"
  | "36-48"
  | "48-60"
  | "60-72";
/**
 * `verbatim`: read in a copy of the regulation's own Lampiran; `secondary`: from a data file or
 * page that reproduces the official list, cross-checked where possible.
 *
 * @category Curricula
 */
export type StppaConfidence = "verbatim" | "secondary";
/** Bundled text: official Indonesian plus our English. @category Curricula */
export type BilingualText = { readonly id: string; readonly en: string };

/** A cited source. @category Curricula */
export type StppaSource = {
  /** Key used by {@link RawIndicator.source}. */
  readonly key: string;
  /** Title of the document or page. */
  readonly title: string;
  /** Where it can be read (a search URL when the index did not name the repository). */
  readonly url: string;
  /** What was taken from it and how far it could be read. */
  readonly note: string;
};

/**
 * One STPPA indicator as transcribed (the framework builder maps it into the model's `Indicator`).
 *
 * @category Curricula
 */
export type RawIndicator = {
  /** `stppa2014.<band>.<aspect>.<scope>.<n>`, e.g. `stppa2014.48-60.kog.b.3`. */
  readonly id: string;
  readonly aspect: StppaAspectId;
  readonly scope: StppaScopeLetter;
  /** 1-based position in the official list of this scope for this band. */
  readonly n: number;
  /** `id`: official Indonesian text, verbatim; `en`: our translation. */
  readonly text: BilingualText;
  /** Key into {@link STPPA_2014_SOURCES}. */
  readonly source: string;
  readonly confidence: StppaConfidence;
  /** A doubt about this item (truncation, inferred placement, spelling variants). */
  readonly remark?: string;
};

/** An aspect with its scopes. @category Curricula */
export type StppaAspect = {
  readonly id: StppaAspectId;
  readonly name: BilingualText;
  readonly scopes: readonly { readonly id: StppaScopeLetter; readonly name: BilingualText }[];
};

/** An age band with its indicators and how complete they are. @category Curricula */
export type StppaBand = {
  readonly id: StppaBandId;
  /** First month included. */
  readonly fromMonths: number;
  /** First month no longer included. */
  readonly toMonths: number;
  readonly label: BilingualText;
  readonly coverage: "complete" | "partial" | "missing";
  /** What is missing or uncertain in this band. */
  readonly note: BilingualText;
  readonly indicators: readonly RawIndicator[];
};

/**
 * Every source the texts were copied or checked from.
 *
 * @category Curricula
 */
export const STPPA_2014_SOURCES: readonly StppaSource[] = [
  {
    key: "lampiran-0-12-123dok",
    title:
      "Lampiran I Peraturan Menteri Pendidikan dan Kebudayaan RI Nomor 137 Tahun 2014 tentang Standar Nasional Pendidikan Anak Usia Dini — Standar Isi tentang Tingkat Pencapaian Perkembangan Anak (copy on 123dok)",
    url: "https://123dok.com/document/z3d56657-lampiran-peraturan-pendidikan-kebudayaan-republik-indonesia-nasional-pendidikan.html",
    note:
      "Copy of the official Lampiran I. Only its first two pages could be read (flattened PDF text): '1. KELOMPOK USIA LAHIR – 12 BULAN', Nilai Agama dan Moral for all four sub-bands, Motorik Kasar for all four, Motorik Halus for ≤3 bulan; the text breaks off at the first word of 3–6 bulan Motorik Halus.",
  },
  {
    key: "lampiran-4-6-adoc",
    title:
      "Lampiran Peraturan Menteri Pendidikan dan Kebudayaan RI Nomor 137 Tahun 2014 — Standar Isi tentang Tingkat Pencapaian Perkembangan Anak, Kelompok Usia 4–6 Tahun (copy on adoc.pub, watermark syaifuddin-mr.com)",
    url: "https://adoc.pub/lampiran-peraturan-menteri-pendidikan-dan-kebudayaan-republife0cc7c8744634e1143c73ebf5bfaabd54750.html",
    note:
      "Copy of the official 4–6 year table. Readable part: Nilai Agama dan Moral (4–5 and 5–6), Motorik Kasar (4–5 and 5–6) and 4–5 Motorik Halus items 1–2 (item 3 cut off). Used as the verbatim reference for those items and to check the data files below.",
  },
  {
    key: "lns-report-assessments",
    title: "edisukakoding/lns-report — database/seeders/assessments.php (commit 647c1de9)",
    url: "https://github.com/edisukakoding/lns-report/blob/647c1de92c41aa266dfb47bb61a4090959ebea37/database/seeders/assessments.php",
    note:
      "Data file with the complete 4–5 year list (88 items) grouped under the official sub-scope headings. Identical to the adoc Lampiran copy where both can be read. Minor typos of the file are not copied (e.g. 'meggunakan', 'Menunjukan'); item 8 of Belajar dan Pemecahan Masalah is cut off in the file after 'sebagai peserta'.",
  },
  {
    key: "rahayu-blog-2017",
    title: "Tingkat Pencapaian Perkembangan Anak (rahayublogspot, June 2017)",
    url: "http://rahayublogspot.blogspot.com/2017/06/tingkat-pencapaian-perkembangan-anak.html",
    note:
      "Blog page reproducing the Permendikbud 137/2014 table; used for Bahasa B (Mengungkapkan Bahasa) and C (Keaksaraan) of both 4–5 and 5–6 years, identical to the data files.",
  },
  {
    key: "ptk-bude-scribd",
    title: "PTK BUDE (classroom action research document quoting the 5–6 year Motorik Halus list)",
    url: "https://id.scribd.com/document/612438174/PTK-BUDE",
    note: "Used for the 5–6 year Motorik Halus items, identical to the data files.",
  },
  {
    key: "github-5-6-data",
    title:
      "Public GitHub data files with the 5–6 year list: a phpMyAdmin SQL dump (table perkembangan_details, ids 1–87) and a Laravel seeder (RaportMidTKMaster)",
    url: "https://github.com/search?q=RaportMidTKMaster&type=code",
    note:
      "The code index that surfaced these files did not name their repositories, so the URL is a code search. The two files agree item by item (86 unique items; the SQL dump lists 'Menyanyikan lagu dengan sikap yang benar' twice; the seeder drops some parenthesised examples). Their wording matches the adoc Lampiran copy, rahayublogspot and PTK-BUDE wherever those can be read. The Seni items carry no A/B sub-headings in either file.",
  },
];

/**
 * The six aspects and their scopes. Indonesian names are the official ones; English names are our
 * translations.
 *
 * @category Curricula
 */
export const STPPA_2014_ASPECTS: readonly StppaAspect[] = [
  {
    id: "nam",
    name: { id: "Nilai Agama dan Moral", en: "Religious and moral values" },
    scopes: [
      // The regulation gives NAM no sub-scope; "a" stands for the whole aspect (CONTRACT).
      { id: "a", name: { id: "Nilai Agama dan Moral", en: "Religious and moral values" } },
    ],
  },
  {
    id: "fm",
    name: { id: "Fisik-motorik", en: "Physical and motor" },
    scopes: [
      { id: "a", name: { id: "Motorik Kasar", en: "Gross motor" } },
      { id: "b", name: { id: "Motorik Halus", en: "Fine motor" } },
      { id: "c", name: { id: "Kesehatan dan Perilaku Keselamatan", en: "Health and safety behaviour" } },
    ],
  },
  {
    id: "kog",
    name: { id: "Kognitif", en: "Cognitive" },
    scopes: [
      { id: "a", name: { id: "Belajar dan Pemecahan Masalah", en: "Learning and problem solving" } },
      { id: "b", name: { id: "Berfikir Logis", en: "Logical thinking" } },
      { id: "c", name: { id: "Berfikir Simbolik", en: "Symbolic thinking" } },
    ],
  },
  {
    id: "bhs",
    name: { id: "Bahasa", en: "Language" },
    scopes: [
      { id: "a", name: { id: "Memahami Bahasa", en: "Understanding language" } },
      { id: "b", name: { id: "Mengungkapkan Bahasa", en: "Expressing language" } },
      { id: "c", name: { id: "Keaksaraan", en: "Literacy" } },
    ],
  },
  {
    id: "sosem",
    name: { id: "Sosial-emosional", en: "Social and emotional" },
    scopes: [
      { id: "a", name: { id: "Kesadaran Diri", en: "Self-awareness" } },
      {
        id: "b",
        name: {
          id: "Rasa Tanggung Jawab untuk Diri dan Orang Lain",
          en: "Responsibility for oneself and others",
        },
      },
      { id: "c", name: { id: "Perilaku Prososial", en: "Prosocial behaviour" } },
    ],
  },
  {
    id: "seni",
    name: { id: "Seni", en: "Art" },
    scopes: [
      {
        id: "a",
        name: {
          id: "Anak mampu menikmati berbagai alunan lagu atau suara",
          en: "Enjoys a variety of songs and sounds",
        },
      },
      { id: "b", name: { id: "Tertarik dengan kegiatan seni", en: "Is interested in art activities" } },
    ],
  },
];

/** One item as written below; the builder adds id, n and the scope's defaults. */
type ItemSpec = {
  readonly id: string;
  readonly en: string;
  readonly source?: string;
  readonly confidence?: StppaConfidence;
  readonly remark?: string;
};

/** Builds the indicators of one scope of one band, numbering them in official order. */
function scope(
  band: StppaBandId,
  aspect: StppaAspectId,
  scopeLetter: StppaScopeLetter,
  defaults: { readonly source: string; readonly confidence: StppaConfidence },
  items: readonly ItemSpec[],
): RawIndicator[] {
  return items.map((item, index) => {
    const n = index + 1;
    const base = {
      id: `stppa2014.${band}.${aspect}.${scopeLetter}.${n}`,
      aspect,
      scope: scopeLetter,
      n,
      text: { id: item.id, en: item.en },
      source: item.source ?? defaults.source,
      confidence: item.confidence ?? defaults.confidence,
    };
    return item.remark === undefined ? base : { ...base, remark: item.remark };
  });
}

const INFANT = { source: "lampiran-0-12-123dok", confidence: "verbatim" } as const;
const LAMPIRAN_4_6 = { source: "lampiran-4-6-adoc", confidence: "verbatim" } as const;
const LNS = { source: "lns-report-assessments", confidence: "secondary" } as const;
const DATA_5_6 = { source: "github-5-6-data", confidence: "secondary" } as const;
const RAHAYU = { source: "rahayu-blog-2017", confidence: "secondary" } as const;

const SECOND_PAGE =
  "Printed on the second page of the Lampiran; the flattened PDF text does not keep the table columns, so this item is placed in this sub-band by its numbering (each column restarts at 1), not by layout. Check against the PDF.";
const DOA_GLYPH = "The copy renders the apostrophe of \"do'a\" as a typographic glyph; written here with a plain apostrophe.";
const SENI_5_6 =
  "The 5–6 year source lists the eight Seni items without sub-headings; the A/B split (first two items under A) is inferred from the 4–5 year table.";

const MISSING_12_48: BilingualText = {
  id: "Belum ada teks resmi: salinan Lampiran I Permendikbud 137/2014 untuk kelompok usia ini tidak ditemukan. Daftar yang beredar di sekolah untuk 2–4 tahun memakai susunan Permendiknas 58/2009 dan tidak dipakai. Satuan PAUD dapat memuat daftarnya sendiri.",
  en: "No official text yet: no copy of Lampiran I of Permendikbud 137/2014 for this age group was found. Lists circulating in schools for 2–4 years follow the older Permendiknas 58/2009 structure and are not used. A centre can load its own list.",
};

const INFANT_NOTE: BilingualText = {
  id: "Sebagian: hanya dua halaman pertama Lampiran I yang terbaca. Tersedia Nilai Agama dan Moral serta Motorik Kasar. Belum ada: Motorik Halus (kecuali ≤3 bulan), Kesehatan dan Perilaku Keselamatan, Kognitif, Bahasa, Sosial-emosional, Seni.",
  en: "Partial: only the first two pages of Lampiran I could be read. Shipped: Religious and moral values and Gross motor. Missing: Fine motor (except ≤3 months), Health and safety behaviour, Cognitive, Language, Social and emotional, Art.",
};

/**
 * The ten STPPA 137/2014 age bands, youngest first, with their indicators.
 *
 * @example
 * ```ts
 * const band = STPPA_2014_BANDS.find((b) => b.id === "48-60");
 * band?.indicators.length; // => 88
 * ```
 * @category Curricula
 */
export const STPPA_2014_BANDS: readonly StppaBand[] = [
  {
    id: "0-3",
    fromMonths: 0,
    toMonths: 3,
    label: { id: "Usia lahir–3 bulan", en: "Birth–3 months" },
    coverage: "partial",
    note: {
      id: `${INFANT_NOTE.id} Lampiran menulis kolom ini sebagai "≤3 bulan".`,
      en: `${INFANT_NOTE.en} The Lampiran heads this column "≤3 bulan" (up to 3 months).`,
    },
    indicators: [
      ...scope("0-3", "nam", "a", INFANT, [
        {
          id: "Mendengar berbagai do'a, lagu religi, dan ucapan baik sesuai dengan agamanya",
          en: "Hears various prayers, religious songs and kind words of the family's religion",
          remark: DOA_GLYPH,
        },
      ]),
      ...scope("0-3", "fm", "a", INFANT, [
        { id: "Berusaha mengangkat kepala saat ditelungkupkan", en: "Tries to lift the head when laid on the tummy" },
        { id: "Menoleh ke kanan dan ke kiri", en: "Turns the head to the right and to the left" },
        { id: "Berguling (miring) ke kanan dan ke kiri", en: "Rolls (onto the side) to the right and to the left" },
      ]),
      ...scope("0-3", "fm", "b", INFANT, [
        {
          id: "Memiliki refleks menggenggam jari ketika telapak tangannya disentuh",
          en: "Has the grasp reflex: closes the hand around a finger when the palm is touched",
        },
        { id: "Memainkan jari tangan dan kaki", en: "Plays with fingers and toes" },
        { id: "Memasukkan jari ke dalam mulut", en: "Puts fingers into the mouth" },
      ]),
    ],
  },
  {
    id: "3-6",
    fromMonths: 3,
    toMonths: 6,
    label: { id: "Usia 3–6 bulan", en: "3–6 months" },
    coverage: "partial",
    note: INFANT_NOTE,
    indicators: [
      ...scope("3-6", "nam", "a", INFANT, [
        {
          id: "Melihat dan mendengar berbagai ciptaan Tuhan (makhluk hidup)",
          en: "Sees and hears the variety of God's creation (living things)",
        },
      ]),
      ...scope("3-6", "fm", "a", INFANT, [
        {
          id: "Tengkurap dengan dada diangkat dan kedua tangan menopang",
          en: "Lies on the tummy with the chest raised, propped on both hands",
        },
        { id: "Duduk dengan bantuan", en: "Sits with support" },
        { id: "Mengangkat kedua kaki saat terlentang", en: "Lifts both legs when lying on the back", remark: SECOND_PAGE },
        { id: "Kepala tegak ketika duduk dengan bantuan", en: "Holds the head upright when sitting with support", remark: SECOND_PAGE },
      ]),
    ],
  },
  {
    id: "6-9",
    fromMonths: 6,
    toMonths: 9,
    label: { id: "Usia 6–9 bulan", en: "6–9 months" },
    coverage: "partial",
    note: INFANT_NOTE,
    indicators: [
      ...scope("6-9", "nam", "a", INFANT, [
        { id: "Mengamati berbagai ciptaan Tuhan", en: "Watches the variety of God's creation" },
        {
          id: "Mendengarkan berbagai do'a, lagu religi, ucapan baik serta sebutan nama Tuhan",
          en: "Listens to various prayers, religious songs, kind words and the names of God",
          remark: DOA_GLYPH,
        },
      ]),
      ...scope("6-9", "fm", "a", INFANT, [
        { id: "Tengkurap bolak-balik tanpa bantuan", en: "Rolls from back to tummy and back again without help" },
        { id: "Mengambil benda yang terjangkau", en: "Picks up objects within reach" },
        {
          id: "Memukul-mukulkan, melempar, atau menjatuhkan benda yang dipegang",
          en: "Bangs, throws or drops objects held in the hand",
          remark: SECOND_PAGE,
        },
        { id: "Merangkak ke segala arah", en: "Crawls in all directions", remark: SECOND_PAGE },
        { id: "Duduk tanpa bantuan", en: "Sits without support", remark: SECOND_PAGE },
        { id: "Berdiri berpegangan", en: "Stands while holding on", remark: SECOND_PAGE },
      ]),
    ],
  },
  {
    id: "9-12",
    fromMonths: 9,
    toMonths: 12,
    label: { id: "Usia 9–12 bulan", en: "9–12 months" },
    coverage: "partial",
    note: INFANT_NOTE,
    indicators: [
      ...scope("9-12", "nam", "a", INFANT, [
        { id: "Mengamati kegiatan ibadah di sekitarnya", en: "Watches acts of worship around them" },
      ]),
      ...scope("9-12", "fm", "a", INFANT, [
        { id: "Berjalan dengan berpegangan", en: "Walks while holding on" },
        { id: "Bertepuk tangan", en: "Claps hands" },
      ]),
    ],
  },
  {
    id: "12-18",
    fromMonths: 12,
    toMonths: 18,
    label: { id: "Usia 12–18 bulan", en: "12–18 months" },
    coverage: "missing",
    note: MISSING_12_48,
    indicators: [],
  },
  {
    id: "18-24",
    fromMonths: 18,
    toMonths: 24,
    label: { id: "Usia 18–24 bulan", en: "18–24 months" },
    coverage: "missing",
    note: MISSING_12_48,
    indicators: [],
  },
  {
    id: "24-36",
    fromMonths: 24,
    toMonths: 36,
    label: { id: "Usia 2–3 tahun", en: "2–3 years" },
    coverage: "missing",
    note: MISSING_12_48,
    indicators: [],
  },
  {
    id: "36-48",
    fromMonths: 36,
    toMonths: 48,
    label: { id: "Usia 3–4 tahun", en: "3–4 years" },
    coverage: "missing",
    note: MISSING_12_48,
    indicators: [],
  },
  {
    id: "48-60",
    fromMonths: 48,
    toMonths: 60,
    label: { id: "Usia 4–5 tahun", en: "4–5 years" },
    coverage: "complete",
    note: {
      id: "Lengkap, 88 butir. Satu butir (Belajar dan Pemecahan Masalah no. 8) terpotong di sumber datanya; lihat catatan butir. Beberapa berkas data menempatkan sebagian butir Kognitif di sub-lingkup yang berbeda; di sini mengikuti berkas yang memakai judul sub-lingkup resmi.",
      en: "Complete, 88 items. One item (Learning and problem solving no. 8) is cut off in its data source; see the item remark. Some data files place a few Cognitive items under a different sub-scope; this follows the file that uses the official sub-scope headings.",
    },
    indicators: [
      ...scope("48-60", "nam", "a", LAMPIRAN_4_6, [
        { id: "Mengetahui agama yang dianutnya", en: "Knows the religion they follow" },
        { id: "Meniru gerakan beribadah dengan urutan yang benar", en: "Imitates the movements of worship in the right order" },
        {
          id: "Mengucapkan doa sebelum dan/atau sesudah melakukan sesuatu",
          en: "Says a prayer before and/or after doing something",
        },
        { id: "Mengenal perilaku baik/sopan dan buruk", en: "Knows good/polite behaviour from bad behaviour" },
        { id: "Membiasakan diri berperilaku baik", en: "Makes a habit of behaving well" },
        { id: "Mengucapkan salam dan membalas salam", en: "Gives greetings and returns them" },
      ]),
      ...scope("48-60", "fm", "a", LAMPIRAN_4_6, [
        {
          id: "Menirukan gerakan binatang, pohon tertiup angin, pesawat terbang, dsb",
          en: "Imitates the movements of animals, trees in the wind, aeroplanes, etc.",
        },
        { id: "Melakukan gerakan menggantung (bergelayut)", en: "Hangs by the hands (swinging from a bar or branch)" },
        {
          id: "Melakukan gerakan melompat, meloncat, dan berlari secara terkoordinasi",
          en: "Jumps, leaps and runs in a coordinated way",
        },
        { id: "Melempar sesuatu secara terarah", en: "Throws something at a target" },
        { id: "Menangkap sesuatu secara tepat", en: "Catches something accurately" },
        { id: "Melakukan gerakan antisipasi", en: "Makes anticipating movements (dodging, getting ready to catch)" },
        { id: "Menendang sesuatu secara terarah", en: "Kicks something in a chosen direction" },
        { id: "Memanfaatkan alat permainan di luar kelas", en: "Uses the outdoor play equipment" },
      ]),
      ...scope("48-60", "fm", "b", LNS, [
        {
          id: "Membuat garis vertikal, horizontal, lengkung kiri/kanan, miring kiri/kanan, dan lingkaran",
          en: "Draws vertical, horizontal, left/right curved and left/right slanting lines, and circles",
          ...LAMPIRAN_4_6,
        },
        { id: "Menjiplak bentuk", en: "Traces shapes", ...LAMPIRAN_4_6 },
        {
          id: "Mengkoordinasikan mata dan tangan untuk melakukan gerakan yang rumit",
          en: "Coordinates eyes and hands to make intricate movements",
          remark: "The adoc Lampiran copy breaks off after the first words of this item; the full text is from the data file.",
        },
        {
          id: "Melakukan gerakan manipulatif untuk menghasilkan suatu bentuk dengan menggunakan berbagai media",
          en: "Makes manipulative movements to produce a form with various media",
        },
        {
          id: "Mengekspresikan diri dengan berkarya seni menggunakan berbagai media",
          en: "Expresses themself by making art with various media",
        },
        {
          id: "Mengontrol gerakan tangan yang menggunakan otot halus (menjumput, mengelus, mencolek, mengepal, memelintir, memilin, memeras)",
          en: "Controls hand movements that use the small muscles (picking up with the fingertips, stroking, dabbing, making a fist, twisting, rolling between the fingers, squeezing)",
        },
      ]),
      ...scope("48-60", "fm", "c", LNS, [
        { id: "Berat badan sesuai tingkat usia", en: "Weight appropriate for age" },
        { id: "Tinggi badan sesuai tingkat usia", en: "Height appropriate for age" },
        { id: "Berat badan sesuai dengan standar tinggi badan", en: "Weight appropriate for height" },
        { id: "Lingkar kepala sesuai tingkat usia", en: "Head circumference appropriate for age" },
        {
          id: "Menggunakan toilet (penggunaan air, membersihkan diri) dengan bantuan minimal",
          en: "Uses the toilet (using water, cleaning themself) with minimal help",
        },
        {
          id: "Memahami berbagai alarm bahaya (kebakaran, banjir, gempa)",
          en: "Understands the different danger alarms (fire, flood, earthquake)",
        },
        { id: "Mengenal rambu lalu lintas yang ada di jalan", en: "Knows the traffic signs found on the road" },
      ]),
      ...scope("48-60", "kog", "a", LNS, [
        {
          id: "Mengenal benda berdasarkan fungsi (pisau untuk memotong, pensil untuk menulis)",
          en: "Knows objects by their function (a knife is for cutting, a pencil for writing)",
        },
        {
          id: "Menggunakan benda-benda sebagai permainan simbolik (kursi sebagai mobil)",
          en: "Uses objects in symbolic play (a chair as a car)",
        },
        {
          id: "Mengenal konsep sederhana dalam kehidupan sehari-hari (gerimis, hujan, gelap, terang, temaram, dsb)",
          en: "Knows simple everyday concepts (drizzle, rain, dark, light, dim, etc.)",
        },
        { id: "Mengetahui konsep banyak dan sedikit", en: "Knows the concepts of many and few" },
        {
          id: "Mengkreasikan sesuatu sesuai dengan idenya sendiri yang terkait dengan berbagai pemecahan masalah",
          en: "Creates something from their own idea as a way of solving a problem",
        },
        { id: "Mengamati benda dan gejala dengan rasa ingin tahu", en: "Observes objects and phenomena with curiosity" },
        {
          id: "Mengenal pola kegiatan dan menyadari pentingnya waktu",
          en: "Knows the pattern of the day's activities and is aware that time matters",
        },
        {
          id: "Memahami posisi/kedudukan dalam keluarga, ruang, lingkungan sosial (misal: sebagai peserta didik/anak/teman)",
          en: "Understands their place in the family, in space and among people (e.g. as a pupil, a child, a friend)",
          remark:
            "The data file cuts this item off after 'sebagai peserta'; the ending 'didik/anak/teman)' is a reconstruction that could not be checked against the Lampiran.",
        },
      ]),
      ...scope("48-60", "kog", "b", LNS, [
        {
          id: "Mengklasifikasikan benda berdasarkan fungsi, bentuk atau warna atau ukuran",
          en: "Classifies objects by function, shape, colour or size",
        },
        { id: "Mengenal gejala sebab-akibat yang terkait dengan dirinya", en: "Knows cause and effect that concern themself" },
        {
          id: "Mengklasifikasikan benda ke dalam kelompok yang sama atau kelompok yang sejenis atau kelompok yang berpasangan dengan 2 variasi",
          en: "Sorts objects into groups that are the same, of the same kind, or in pairs, with 2 variations",
        },
        {
          id: "Mengenal pola (misal, AB-AB dan ABC-ABC) dan mengulanginya",
          en: "Recognises patterns (e.g. AB-AB and ABC-ABC) and repeats them",
        },
        {
          id: "Mengurutkan benda berdasarkan 5 seriasi ukuran atau warna",
          en: "Puts objects in order in a series of 5 by size or colour",
        },
      ]),
      ...scope("48-60", "kog", "c", LNS, [
        { id: "Membilang banyak benda satu sampai sepuluh", en: "Counts sets of objects from one to ten" },
        { id: "Mengenal konsep bilangan", en: "Knows the concept of number" },
        { id: "Mengenal lambang bilangan", en: "Knows the numerals" },
        { id: "Mengenal lambang huruf", en: "Knows the letters" },
      ]),
      ...scope("48-60", "bhs", "a", LNS, [
        {
          id: "Menyimak perkataan orang lain (bahasa ibu atau bahasa lainnya)",
          en: "Listens carefully to what others say (in the mother tongue or another language)",
        },
        { id: "Mengerti dua perintah yang diberikan bersamaan", en: "Understands two instructions given together" },
        { id: "Memahami cerita yang dibacakan", en: "Understands a story read aloud" },
        {
          id: "Mengenal perbendaharaan kata mengenai kata sifat (nakal, pelit, baik hati, berani, baik, jelek, dsb)",
          en: "Knows words that describe (naughty, stingy, kind-hearted, brave, good, bad, etc.)",
        },
        {
          id: "Mendengar dan membedakan bunyi-bunyian dalam Bahasa Indonesia (contoh, bunyi dan ucapan harus sama)",
          en: "Hears and tells apart the sounds of Bahasa Indonesia (e.g. the sound and its pronunciation must match)",
        },
      ]),
      ...scope("48-60", "bhs", "b", LNS, [
        { id: "Mengulang kalimat sederhana", en: "Repeats simple sentences" },
        { id: "Bertanya dengan kalimat yang benar", en: "Asks questions in well-formed sentences" },
        { id: "Menjawab pertanyaan sesuai pertanyaan", en: "Answers questions to the point" },
        {
          id: "Mengungkapkan perasaan dengan kata sifat (baik, senang, nakal, pelit, baik hati, berani, baik, jelek, dsb)",
          en: "Expresses feelings with describing words (good, happy, naughty, stingy, kind-hearted, brave, good, bad, etc.)",
        },
        { id: "Menyebutkan kata-kata yang dikenal", en: "Says the words they know" },
        { id: "Mengutarakan pendapat kepada orang lain", en: "Tells others their opinion" },
        {
          id: "Menyatakan alasan terhadap sesuatu yang diinginkan atau ketidaksetujuan",
          en: "Gives reasons for what they want or for disagreeing",
        },
        { id: "Menceritakan kembali cerita/dongeng yang pernah didengar", en: "Retells a story or folk tale they have heard" },
        { id: "Memperkaya perbendaharaan kata", en: "Enlarges their vocabulary" },
        { id: "Berpartisipasi dalam percakapan", en: "Takes part in conversations" },
      ]).map((i) => ({ ...i, remark: "Also reproduced, identically, on rahayublogspot (2017)." })),
      ...scope("48-60", "bhs", "c", LNS, [
        { id: "Mengenal simbol-simbol", en: "Knows symbols" },
        { id: "Mengenal suara–suara hewan/benda yang ada di sekitarnya", en: "Knows the sounds of animals and things around them" },
        { id: "Membuat coretan yang bermakna", en: "Makes meaningful scribbles" },
        { id: "Meniru (menuliskan dan mengucapkan) huruf A-Z", en: "Copies the letters A–Z (writing and saying them)" },
      ]).map((i) => ({ ...i, remark: "Also reproduced, identically, on rahayublogspot (2017)." })),
      ...scope("48-60", "sosem", "a", LNS, [
        { id: "Menunjukkan sikap mandiri dalam memilih kegiatan", en: "Chooses activities independently" },
        { id: "Mengendalikan perasaan", en: "Controls their feelings" },
        { id: "Menunjukkan rasa percaya diri", en: "Shows self-confidence" },
        { id: "Memahami peraturan dan disiplin", en: "Understands rules and discipline" },
        { id: "Memiliki sikap gigih (tidak mudah menyerah)", en: "Is persistent (does not give up easily)" },
        { id: "Bangga terhadap hasil karya sendiri", en: "Is proud of their own work" },
      ]),
      ...scope("48-60", "sosem", "b", LNS, [
        { id: "Menjaga diri sendiri dari lingkungannya", en: "Keeps themself safe in their surroundings" },
        { id: "Menghargai keunggulan orang lain", en: "Appreciates what others do well" },
        { id: "Mau berbagi, menolong, dan membantu teman", en: "Is willing to share with, help and support friends" },
      ]),
      ...scope("48-60", "sosem", "c", LNS, [
        {
          id: "Menunjukkan antusiasme dalam melakukan permainan kompetitif secara positif",
          en: "Shows enthusiasm for competitive games in a positive way",
        },
        { id: "Menaati aturan yang berlaku dalam suatu permainan", en: "Keeps to the rules of a game" },
        { id: "Menghargai orang lain", en: "Respects other people" },
        { id: "Menunjukkan rasa empati", en: "Shows empathy" },
      ]),
      ...scope("48-60", "seni", "a", LNS, [
        {
          id: "Senang mendengarkan berbagai macam musik atau lagu kesukaannya",
          en: "Enjoys listening to different kinds of music or to favourite songs",
        },
        {
          id: "Memainkan alat musik/instrumen/benda yang dapat membentuk irama yang teratur",
          en: "Plays a musical instrument or an object to make a steady rhythm",
        },
      ]),
      ...scope("48-60", "seni", "b", LNS, [
        { id: "Memilih jenis lagu yang disukai", en: "Chooses the kind of song they like" },
        { id: "Bernyanyi sendiri", en: "Sings on their own" },
        {
          id: "Menggunakan imajinasi untuk mencerminkan perasaan dalam sebuah peran",
          en: "Uses imagination to show feelings while playing a role",
        },
        { id: "Membedakan peran fantasi dan kenyataan", en: "Tells pretend roles apart from reality" },
        {
          id: "Menggunakan dialog, perilaku, dan berbagai materi dalam menceritakan suatu cerita",
          en: "Uses dialogue, actions and various materials to tell a story",
        },
        { id: "Mengekspresikan gerakan dengan irama yang bervariasi", en: "Moves expressively to varied rhythms" },
        { id: "Menggambar objek di sekitarnya", en: "Draws things around them" },
        {
          id: "Membentuk berdasarkan objek yang dilihatnya (mis. dengan plastisin, tanah liat)",
          en: "Models things they see (e.g. with plasticine or clay)",
        },
        {
          id: "Mendeskripsikan sesuatu (seperti binatang) dengan ekspresif yang berirama (contoh, anak menceritakan gajah dengan gerak dan mimik tertentu)",
          en: "Describes something (such as an animal) expressively and rhythmically (e.g. the child tells about an elephant with movements and facial expressions)",
        },
        {
          id: "Mengkombinasikan berbagai warna ketika menggambar atau mewarnai",
          en: "Combines different colours when drawing or colouring",
        },
      ]),
    ],
  },
  {
    id: "60-72",
    fromMonths: 60,
    toMonths: 72,
    label: { id: "Usia 5–6 tahun", en: "5–6 years" },
    coverage: "complete",
    note: {
      id: "Lengkap, 86 butir. Regulasi menulis \"Usia 5–6 tahun\" (kelompok 4–≤6 tahun); di sini dimodelkan setengah terbuka [60, 72) bulan, jadi anak tepat 72 bulan tidak lagi masuk kelompok ini. Pembagian Seni ke sub-lingkup A/B disimpulkan dari tabel 4–5 tahun.",
      en: "Complete, 86 items. The regulation says \"Usia 5–6 tahun\" (group 4–≤6 years); it is modelled half-open as [60, 72) months, so a child of exactly 72 months is no longer in this band. The split of Art into scopes A/B is inferred from the 4–5 year table.",
    },
    indicators: [
      ...scope("60-72", "nam", "a", LAMPIRAN_4_6, [
        { id: "Mengenal agama yang dianut", en: "Knows the religion they follow" },
        { id: "Mengerjakan ibadah", en: "Carries out acts of worship" },
        {
          id: "Berperilaku jujur, penolong, sopan, hormat, sportif, dsb",
          en: "Behaves honestly, helpfully, politely, respectfully, fairly, etc.",
        },
        { id: "Menjaga kebersihan diri dan lingkungan", en: "Keeps themself and their surroundings clean" },
        { id: "Mengetahui hari besar agama", en: "Knows the religious holidays" },
        { id: "Menghormati (toleransi) agama orang lain", en: "Respects other people's religions (tolerance)" },
      ]),
      ...scope("60-72", "fm", "a", LAMPIRAN_4_6, [
        {
          id: "Melakukan gerakan tubuh secara terkoordinasi untuk melatih kelenturan, keseimbangan, dan kelincahan",
          en: "Moves the body in a coordinated way to train flexibility, balance and agility",
        },
        {
          id: "Melakukan koordinasi gerakan mata-kaki-tangan-kepala dalam menirukan tarian atau senam",
          en: "Coordinates eyes, feet, hands and head when imitating a dance or a group exercise",
        },
        { id: "Melakukan permainan fisik dengan aturan", en: "Plays physical games with rules" },
        { id: "Terampil menggunakan tangan kanan dan kiri", en: "Uses both the right and the left hand skilfully" },
        { id: "Melakukan kegiatan kebersihan diri", en: "Takes care of personal hygiene" },
      ]),
      ...scope("60-72", "fm", "b", { source: "ptk-bude-scribd", confidence: "secondary" }, [
        { id: "Menggambar sesuai gagasannya", en: "Draws their own ideas" },
        { id: "Meniru bentuk", en: "Copies shapes" },
        { id: "Melakukan eksplorasi dengan berbagai media dan kegiatan", en: "Explores with various media and activities" },
        { id: "Menggunakan alat tulis dan alat makan dengan benar", en: "Uses writing tools and eating utensils correctly" },
        { id: "Menggunting sesuai dengan pola", en: "Cuts along a pattern" },
        { id: "Menempel gambar dengan tepat", en: "Glues pictures in the right place" },
        {
          id: "Mengekspresikan diri melalui gerakan menggambar secara rinci",
          en: "Expresses themself through detailed drawing",
        },
      ]),
      ...scope("60-72", "fm", "c", DATA_5_6, [
        { id: "Berat badan sesuai tingkat usia", en: "Weight appropriate for age" },
        {
          id: "Tinggi badan sesuai standar usia",
          en: "Height meeting the standard for age",
          remark: "The SQL dump reads 'sesuai standar usia'; the Laravel seeder reads 'sesuai tingkat usia' (as in the 4–5 table). Not checked against the Lampiran.",
        },
        { id: "Berat badan sesuai dengan standar tinggi badan", en: "Weight appropriate for height" },
        { id: "Lingkar kepala sesuai dengan tingkat usia", en: "Head circumference appropriate for age" },
        {
          id: "Menutup hidung dan mulut (misal, ketika batuk dan bersin)",
          en: "Covers nose and mouth (e.g. when coughing and sneezing)",
        },
        { id: "Membersihkan dan membereskan tempat bermain", en: "Cleans and tidies the play area" },
        { id: "Mengetahui situasi yang membahayakan diri", en: "Knows situations that put them in danger" },
        {
          id: "Memahami tata cara menyebrang",
          en: "Understands how to cross the road safely",
          remark: "Official spelling 'menyebrang' kept (standard spelling: 'menyeberang'); one data file reads 'Mengetahui tata cara menyeberang'.",
        },
        {
          id: "Mengenal kebiasaan buruk bagi kesehatan (rokok, minuman keras)",
          en: "Knows habits that harm health (smoking, alcohol)",
        },
      ]),
      ...scope("60-72", "kog", "a", DATA_5_6, [
        {
          id: "Menunjukkan aktivitas yang bersifat eksploratif dan menyelidik (seperti: apa yang terjadi ketika air ditumpahkan)",
          en: "Explores and investigates (such as: what happens when water is spilled)",
        },
        {
          id: "Memecahkan masalah sederhana dalam kehidupan sehari-hari dengan cara yang fleksibel dan diterima sosial",
          en: "Solves simple everyday problems in flexible and socially accepted ways",
        },
        {
          id: "Menerapkan pengetahuan atau pengalaman dalam konteks yang baru",
          en: "Applies knowledge or experience in a new situation",
        },
        {
          id: "Menunjukkan sikap kreatif dalam menyelesaikan masalah (ide, gagasan di luar kebiasaan)",
          en: "Is creative in solving problems (unusual ideas)",
        },
      ]),
      ...scope("60-72", "kog", "b", DATA_5_6, [
        {
          id: "Mengenal perbedaan berdasarkan ukuran: \"lebih dari\"; \"kurang dari\"; dan \"paling/ter\"",
          en: "Knows differences of size: \"more than\", \"less than\" and \"most/-est\"",
        },
        {
          id: "Menunjukkan inisiatif dalam memilih tema permainan (seperti: \"ayo kita bermain pura-pura seperti burung\")",
          en: "Takes the initiative in choosing what to play (such as: \"let's pretend to be birds\")",
        },
        { id: "Menyusun perencanaan kegiatan yang akan dilakukan", en: "Plans the activities they are going to do" },
        {
          id: "Mengenal sebab-akibat tentang lingkungannya (angin bertiup menyebabkan daun bergerak, air dapat menyebabkan sesuatu menjadi basah)",
          en: "Knows cause and effect in their surroundings (wind makes leaves move, water makes things wet)",
        },
        {
          id: "Mengklasifikasikan benda berdasarkan warna, bentuk, dan ukuran (3 variasi)",
          en: "Classifies objects by colour, shape and size (3 variations)",
        },
        {
          id: "Mengklasifikasikan benda yang lebih banyak ke dalam kelompok yang sama atau kelompok yang sejenis, atau kelompok berpasangan yang lebih dari 2 variasi",
          en: "Sorts larger numbers of objects into groups that are the same, of the same kind, or in pairs, with more than 2 variations",
        },
        { id: "Mengenal pola ABCD-ABCD", en: "Recognises the pattern ABCD-ABCD" },
        {
          id: "Mengurutkan benda berdasarkan ukuran dari paling kecil ke paling besar atau sebaliknya",
          en: "Puts objects in order of size from smallest to largest or the other way round",
        },
      ]),
      ...scope("60-72", "kog", "c", DATA_5_6, [
        { id: "Menyebutkan lambang bilangan 1-10", en: "Names the numerals 1–10" },
        { id: "Menggunakan lambang bilangan untuk menghitung", en: "Uses numerals to count" },
        { id: "Mencocokkan bilangan dengan lambang bilangan", en: "Matches quantities with numerals" },
        {
          id: "Mengenal berbagai macam lambang huruf vokal dan konsonan",
          en: "Knows the different vowel and consonant letters",
        },
        {
          id: "Merepresentasikan berbagai macam benda dalam bentuk gambar atau tulisan (ada benda pensil yang diikuti tulisan dan gambar pensil)",
          en: "Represents objects as pictures or writing (e.g. a real pencil with the word and a picture of a pencil)",
        },
      ]),
      ...scope("60-72", "bhs", "a", DATA_5_6, [
        { id: "Mengerti beberapa perintah secara bersamaan", en: "Understands several instructions given together" },
        { id: "Mengulang kalimat yang lebih kompleks", en: "Repeats more complex sentences" },
        { id: "Memahami aturan dalam suatu permainan", en: "Understands the rules of a game" },
        { id: "Senang dan menghargai bacaan", en: "Enjoys and values books and reading" },
      ]),
      ...scope("60-72", "bhs", "b", RAHAYU, [
        { id: "Menjawab pertanyaan yang lebih kompleks", en: "Answers more complex questions" },
        {
          id: "Menyebutkan kelompok gambar yang memiliki bunyi yang sama",
          en: "Names groups of pictures that share a sound",
        },
        {
          id: "Berkomunikasi secara lisan, memiliki perbendaharaan kata, serta mengenal simbol-simbol untuk persiapan membaca, menulis dan berhitung",
          en: "Communicates orally, has a vocabulary, and knows symbols in preparation for reading, writing and arithmetic",
        },
        {
          id: "Menyusun kalimat sederhana dalam struktur lengkap (pokok kalimat-predikat-keterangan)",
          en: "Builds simple sentences with a complete structure (subject–predicate–adverbial)",
        },
        {
          id: "Memiliki lebih banyak kata-kata untuk mengekspresikan ide pada orang lain",
          en: "Has more words to express ideas to others",
        },
        {
          id: "Melanjutkan sebagian cerita/dongeng yang telah diperdengarkan",
          en: "Continues part of a story or folk tale they have heard",
        },
        { id: "Menunjukkan pemahaman konsep-konsep dalam buku cerita", en: "Shows understanding of the ideas in a storybook" },
      ]),
      ...scope("60-72", "bhs", "c", RAHAYU, [
        { id: "Menyebutkan simbol-simbol huruf yang dikenal", en: "Names the letters they know" },
        {
          id: "Mengenal suara huruf awal dari nama benda-benda yang ada di sekitarnya",
          en: "Knows the first sound of the names of things around them",
        },
        {
          id: "Menyebutkan kelompok gambar yang memiliki bunyi/huruf awal yang sama",
          en: "Names groups of pictures with the same first sound or letter",
        },
        { id: "Memahami hubungan antara bunyi dan bentuk huruf", en: "Understands how sounds relate to letter shapes" },
        { id: "Membaca nama sendiri", en: "Reads their own name" },
        { id: "Menuliskan nama sendiri", en: "Writes their own name" },
        { id: "Memahami arti kata dalam cerita", en: "Understands the meaning of words in a story" },
      ]),
      ...scope("60-72", "sosem", "a", DATA_5_6, [
        {
          id: "Memperlihatkan kemampuan diri untuk menyesuaikan dengan situasi",
          en: "Shows they can adapt to the situation",
        },
        {
          id: "Memperlihatkan kehati-hatian kepada orang yang belum dikenal (menumbuhkan kepercayaan pada orang dewasa yang tepat)",
          en: "Is careful with people they do not know (trusting the right adults)",
        },
        {
          id: "Mengenal perasaan sendiri dan mengelolanya secara wajar (mengendalikan diri secara wajar)",
          en: "Knows their own feelings and handles them reasonably (reasonable self-control)",
        },
      ]),
      ...scope("60-72", "sosem", "b", DATA_5_6, [
        { id: "Tahu akan haknya", en: "Knows their rights" },
        {
          id: "Mentaati aturan kelas (kegiatan, aturan)",
          en: "Follows the classroom rules (activities, rules)",
          remark: "Official spelling 'Mentaati' kept (standard spelling: 'Menaati').",
        },
        { id: "Mengatur diri sendiri", en: "Manages themself" },
        {
          id: "Bertanggung jawab atas perilakunya untuk kebaikan diri sendiri",
          en: "Takes responsibility for their own behaviour, for their own good",
        },
      ]),
      ...scope("60-72", "sosem", "c", DATA_5_6, [
        { id: "Bermain dengan teman sebaya", en: "Plays with children of their own age" },
        {
          id: "Mengetahui perasaan temannya dan merespon secara wajar",
          en: "Notices how a friend feels and responds appropriately",
        },
        { id: "Berbagi dengan orang lain", en: "Shares with others" },
        { id: "Menghargai hak/pendapat/karya orang lain", en: "Respects other people's rights, opinions and work" },
        {
          id: "Menggunakan cara yang diterima secara sosial dalam menyelesaikan masalah (menggunakan fikiran untuk menyelesaikan masalah)",
          en: "Solves problems in socially accepted ways (thinking a problem through)",
        },
        { id: "Bersikap kooperatif dengan teman", en: "Cooperates with friends" },
        { id: "Menunjukkan sikap toleran", en: "Shows tolerance" },
        {
          id: "Mengekspresikan emosi yang sesuai dengan kondisi yang ada (senang-sedih-antusias dsb)",
          en: "Shows emotions that fit the situation (happy, sad, enthusiastic, etc.)",
        },
        {
          id: "Mengenal tata krama dan sopan santun sesuai dengan nilai sosial budaya setempat",
          en: "Knows good manners and courtesy according to local social and cultural values",
        },
      ]),
      ...scope("60-72", "seni", "a", DATA_5_6, [
        {
          id: "Anak bersenandung atau bernyanyi sambil mengerjakan sesuatu",
          en: "Hums or sings while doing something",
          remark: SENI_5_6,
        },
        {
          id: "Memainkan alat musik/instrumen/benda bersama teman",
          en: "Plays musical instruments or objects together with friends",
          remark: SENI_5_6,
        },
      ]),
      ...scope("60-72", "seni", "b", DATA_5_6, [
        {
          id: "Menyanyikan lagu dengan sikap yang benar",
          en: "Sings songs with a proper posture",
          remark: `${SENI_5_6} The SQL dump lists this item twice; it is counted once.`,
        },
        {
          id: "Menggunakan berbagai macam alat musik tradisional maupun alat musik lain untuk menirukan suatu irama atau lagu tertentu",
          en: "Uses traditional and other musical instruments to imitate a rhythm or a song",
          remark: SENI_5_6,
        },
        { id: "Bermain drama sederhana", en: "Acts in a simple play", remark: SENI_5_6 },
        { id: "Menggambar berbagai macam bentuk yang beragam", en: "Draws many different shapes", remark: SENI_5_6 },
        { id: "Melukis dengan berbagai cara dan objek", en: "Paints in different ways and with different objects", remark: SENI_5_6 },
        {
          id: "Membuat karya seperti bentuk sesungguhnya dengan berbagai bahan (kertas, plastisin, balok, dll)",
          en: "Makes things that look like the real ones from various materials (paper, plasticine, blocks, etc.)",
          remark: SENI_5_6,
        },
      ]),
    ],
  },
];
