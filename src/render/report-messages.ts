/**
 * Every label the rapor renderers print (headings, table headers, level names with their meaning,
 * area names, concern kinds, growth labels, the parent-reflection box, footers), as typed message
 * objects per locale. Bahasa Indonesia is the reference; English must have the same keys.
 *
 * The engine's own sentences (narratives, concern reasons) live in `report/messages.ts`; this file
 * only holds what the renderers add around the report's data.
 *
 * @module
 */
import type { Area, Level, Stage } from "../model/index.js";
import type { Change, Concern, ProgressReport, ReportEvidence } from "../report/index.js";
import type { Locale } from "../time/index.js";

/**
 * A level as a report prints it: the abbreviation in tables, the full name and what it means.
 *
 * @category Render
 */
export interface LevelLabel {
  /** What a table cell shows (`BSH`, `Sudah muncul`). */
  readonly short: string;
  /** The full name (`Berkembang Sesuai Harapan`). */
  readonly name: string;
  /** What the level means, for the legend. */
  readonly meaning: string;
}

/**
 * The labels of a rendered rapor in one locale.
 *
 * @category Render
 */
export interface ReportLabels {
  /** Title of the document. */
  readonly title: string;
  /** A line under the title saying who the version is for. */
  readonly audience: Readonly<Record<ProgressReport["audience"], string>>;
  /** Labels of the identity block at the top. */
  readonly header: {
    readonly centre: string;
    readonly child: string;
    readonly nickname: string;
    readonly group: string;
    readonly age: string;
    readonly band: string;
    readonly noBand: string;
    readonly coverage: Readonly<Record<NonNullable<ProgressReport["band"]>["coverage"], string>>;
    readonly period: string;
    readonly asOf: string;
    readonly framework: string;
  };
  /** The summary (rekap) table and chart of levels per section. */
  readonly summary: {
    readonly heading: string;
    readonly intro: string;
    /** Header of the section column: "Lingkup perkembangan" (STPPA) or "Elemen CP". */
    readonly sectionColumn: { readonly stppa: string; readonly cp: string };
    readonly notAssessed: string;
    readonly expected: string;
    readonly summaryLevel: string;
    readonly change: string;
    readonly changes: Readonly<Record<Change, string>>;
    readonly legendHeading: string;
    readonly rule: string;
    readonly chartTitle: (child: string) => string;
    readonly chartDesc: string;
  };
  /** Names and meanings of every level. */
  readonly levels: Readonly<Record<Level, LevelLabel>>;
  /** One block per aspect or element. */
  readonly sections: {
    readonly heading: { readonly stppa: string; readonly cp: string };
    readonly standing: (observed: number, expected: number) => string;
    readonly summaryLine: string;
    readonly changeLine: (previous: string) => string;
    readonly item: string;
    readonly latest: string;
    readonly date: string;
    readonly observedInPeriod: string;
    readonly tableCaption: (section: string) => string;
    readonly noneAssessed: string;
    readonly noItems: string;
    readonly notAssessed: (count: number) => string;
    readonly notAssessedSeeConcerns: (count: number) => string;
    readonly notAssessedCount: (count: number) => string;
    readonly evidence: string;
    readonly evidenceKinds: Readonly<Record<ReportEvidence["kind"], string>>;
    readonly files: string;
  };
  /** Concerns (perlu perhatian): grouped by kind, never a diagnosis. */
  readonly concerns: {
    readonly heading: string;
    readonly intro: string;
    readonly none: string;
    readonly kinds: Readonly<Record<Concern["kind"], { readonly title: string; readonly note: string }>>;
    readonly item: string;
    readonly section: string;
    readonly reason: string;
    readonly other: string;
    readonly count: (count: number) => string;
  };
  /** The Montessori part. */
  readonly montessori: {
    readonly heading: string;
    readonly intro: string;
    readonly area: string;
    readonly stages: Readonly<Record<Stage, string>>;
    readonly total: string;
    readonly chartTitle: (child: string) => string;
    readonly chartDesc: string;
    readonly stalledHeading: string;
    readonly stalledIntro: (days: number) => string;
    readonly stalledNone: string;
    readonly lesson: string;
    readonly since: string;
    readonly days: string;
    readonly nextHeading: string;
    readonly nextIntro: string;
    readonly nextNone: string;
  };
  /** Montessori area names. */
  readonly areas: Readonly<Record<Area, string>>;
  /** Short answers of the STPPA growth indicators (the items table's level column). */
  readonly growthAnswers: Readonly<Record<"sesuai" | "belum-sesuai" | "ukur-ulang" | "tidak-ada-standar" | "belum-diukur" | "tanpa-jenis-kelamin", string>>;
  /** Growth (pertumbuhan). */
  readonly growth: {
    readonly heading: string;
    readonly measure: string;
    readonly value: string;
    readonly date: string;
    readonly weight: string;
    readonly height: string;
    readonly head: string;
    readonly none: string;
    readonly kg: string;
    readonly cm: string;
    /** The status in words heading, the chart table's columns and the axis titles. */
    readonly statusHeading: string;
    readonly chartsHeading: string;
    readonly age: string;
    readonly z: string;
    readonly months: string;
    readonly childPoints: (nickname: string) => string;
    readonly axisWeight: string;
    readonly axisHeight: string;
    readonly measurementsHeading: string;
    readonly noMeasurements: string;
  };
  /** Tumbuh kembang: the KPSP screening and the CDC milestones. */
  readonly development: {
    readonly heading: string;
    readonly screeningHeading: string;
    readonly noScreening: string;
    readonly form: (months: number) => string;
    readonly answers: (yes: number, total: number) => string;
    readonly followUp: string;
    readonly referral: string;
    readonly nextDue: string;
    readonly milestonesHeading: (months: number) => string;
    readonly milestonesIntro: string;
    readonly noMilestones: string;
    readonly reached: string;
    readonly notYet: string;
    readonly notSure: string;
    readonly notObserved: string;
  };
  /** Observations per week. */
  readonly activity: {
    readonly heading: string;
    readonly intro: (count: number) => string;
    readonly week: string;
    readonly count: string;
    readonly chartTitle: (child: string) => string;
    readonly chartDesc: string;
    readonly empty: string;
  };
  /** Words shared by every chart. */
  readonly charts: {
    readonly noData: string;
    readonly tableFollows: string;
  };
  /** Attendance in the period (rekap kehadiran). */
  readonly attendance: {
    readonly heading: string;
    readonly present: string;
    readonly sakit: string;
    readonly izin: string;
    readonly tanpaKeterangan: string;
    readonly days: string;
  };
  /** The parent-reflection box (Kurikulum Merdeka rapor). */
  readonly reflection: {
    /** Label of a family entry: its kind. */
    readonly entryKind: { readonly reflection: string; readonly "home-observation": string };
    readonly heading: string;
    readonly parent: string;
    readonly educator: string;
    readonly placeDate: string;
  };
  /** Notices and footer. */
  readonly notices: {
    readonly heading: string;
    readonly footer: string;
  };
  /** Decimal separator for measurements. */
  readonly decimal: string;
  /** Word joining a date range ("1 Juli 2026 – 31 Desember 2026"). */
  readonly range: (from: string, to: string) => string;
}

/**
 * The rapor labels in Bahasa Indonesia (`id`, the reference) and English (`en`). The BB–BSB names
 * and meanings are the practice wording in `STPPA_LEVEL_DEFINITIONS` (copied verbatim there from
 * a kindergarten's scale sheet); the English texts are our translations.
 *
 * @example
 * ```ts
 * REPORT_LABELS.id.levels.BSH.name; // => "Berkembang Sesuai Harapan"
 * REPORT_LABELS.en.concerns.heading; // => "Needs attention"
 * ```
 * @category Render
 */
export const REPORT_LABELS = {
  id: {
    title: "Laporan Perkembangan Anak (Rapor)",
    audience: {
      staff: "Versi staf: memuat catatan internal. Jangan dibagikan kepada keluarga; gunakan versi keluarga.",
      family: "Versi untuk keluarga.",
    },
    header: {
      centre: "Satuan PAUD",
      child: "Nama anak",
      nickname: "Nama panggilan",
      group: "Kelompok",
      age: "Usia",
      band: "Kelompok usia",
      noBand: "tidak ada kelompok usia untuk usia ini",
      coverage: {
        complete: "data indikator lengkap",
        partial: "data indikator sebagian; lihat Catatan",
        missing: "data indikator belum tersedia; lihat Catatan",
      },
      period: "Periode",
      asOf: "Tanggal laporan",
      framework: "Kurikulum",
    },
    summary: {
      heading: "Ringkasan capaian",
      intro: "Jumlah indikator per capaian terakhir sampai akhir periode. Indikator yang belum pernah dinilai dihitung terpisah.",
      sectionColumn: { stppa: "Lingkup perkembangan", cp: "Elemen capaian pembelajaran" },
      notAssessed: "Belum dinilai",
      expected: "Jumlah indikator",
      summaryLevel: "Rekap",
      change: "Perubahan",
      changes: { up: "naik", same: "tetap", down: "turun", new: "baru dinilai", none: "–" },
      legendHeading: "Keterangan capaian",
      rule: "Rekap suatu lingkup adalah capaian tertinggi yang sudah dicapai sedikitnya separuh indikator yang dinilai.",
      chartTitle: (child) => `Capaian ${child} per lingkup perkembangan`,
      chartDesc: "Batang bertumpuk: untuk tiap lingkup, banyaknya indikator pada tiap capaian terakhir dan yang belum dinilai.",
    },
    levels: {
      BB: { short: "BB", name: "Belum Berkembang", meaning: "bila anak melakukannya harus dengan bimbingan atau dicontohkan oleh guru" },
      MB: { short: "MB", name: "Mulai Berkembang", meaning: "bila anak melakukannya masih harus diingatkan atau dibantu oleh guru" },
      BSH: {
        short: "BSH",
        name: "Berkembang Sesuai Harapan",
        meaning: "bila anak sudah dapat melakukannya secara mandiri dan konsisten tanpa harus diingatkan atau dicontohkan oleh guru",
      },
      BSB: {
        short: "BSB",
        name: "Berkembang Sangat Baik",
        meaning: "bila anak sudah dapat melakukannya secara mandiri dan sudah dapat membantu temannya yang belum mencapai kemampuan sesuai indikator yang diharapkan",
      },
      "belum-muncul": { short: "Belum muncul", name: "Belum Muncul", meaning: "perilaku yang dituju belum terlihat pada kejadian yang diamati; amati lagi pada kesempatan lain" },
      "sudah-muncul": { short: "Sudah muncul", name: "Sudah Muncul", meaning: "perilaku yang dituju terlihat pada kejadian yang diamati" },
      achieved: { short: "Tercapai", name: "Tercapai", meaning: "tahapan usia ini sudah terlihat" },
      "not-yet": { short: "Belum", name: "Belum terlihat", meaning: "tahapan usia ini belum terlihat" },
      "not-sure": { short: "Belum pasti", name: "Belum pasti", meaning: "belum pasti terlihat; perlu diamati lagi" },
    },
    sections: {
      heading: { stppa: "Perkembangan per lingkup", cp: "Perkembangan per elemen capaian pembelajaran" },
      standing: (observed, expected) => `${observed} dari ${expected} indikator diamati pada periode ini`,
      summaryLine: "Rekap",
      changeLine: (previous) => `periode sebelumnya: ${previous}`,
      item: "Indikator",
      latest: "Capaian terakhir",
      date: "Tanggal",
      observedInPeriod: "Dinilai periode ini",
      tableCaption: (section) => `Indikator ${section} yang sudah dinilai`,
      noneAssessed: "Belum ada indikator yang dinilai.",
      noItems: "Tidak ada indikator untuk kelompok usia ini dalam data kurikulum (lihat Catatan).",
      notAssessed: (count) => `Belum pernah dinilai (${count}):`,
      notAssessedSeeConcerns: (count) => `${count} indikator belum pernah dinilai (daftarnya di bagian Perlu perhatian).`,
      notAssessedCount: (count) => `${count} indikator belum pernah dinilai.`,
      evidence: "Bukti",
      evidenceKinds: { anecdote: "Catatan anekdot", artwork: "Hasil karya", "photo-series": "Foto berseri", care: "Catatan pengasuhan" },
      files: "berkas",
    },
    concerns: {
      heading: "Perlu perhatian",
      intro: "Hal-hal yang perlu diamati lagi atau dibicarakan bersama keluarga, dengan alasannya. Daftar ini bukan diagnosis dan bukan nilai.",
      none: "Tidak ada hal yang perlu perhatian khusus pada periode ini.",
      kinds: {
        "still-bb": {
          title: "Masih Belum Berkembang menjelang akhir periode",
          note: "Capaian terakhir indikator ini masih BB (atau belum muncul) padahal sepertiga terakhir periode sudah berjalan.",
        },
        "not-observed": {
          title: "Belum diamati pada periode ini",
          note: "Ini tentang rencana pengamatan kami, bukan tentang anak: indikator berikut belum dinilai walaupun dua pertiga periode sudah berlalu.",
        },
        "earlier-band": {
          title: "Indikator kelompok usia sebelumnya",
          note: "Indikator kelompok usia sebelumnya yang capaian terakhirnya di bawah BSH. Baik dibicarakan dengan keluarga; bukan diagnosis.",
        },
        milestone: { title: "Tahapan usia", note: "Tahapan usia yang belum terlihat. Baik dibicarakan dengan keluarga atau tenaga kesehatan; bukan diagnosis." },
        "stalled-lesson": { title: "Kegiatan Montessori yang lama di tahap berlatih", note: "Kegiatan yang sudah lama dilatih tanpa dikuasai." },
        screening: { title: "Skrining perkembangan", note: "Hasil skrining yang perlu ditindaklanjuti bersama tenaga kesehatan; skrining bukan diagnosis." },
        growth: {
          title: "Pertumbuhan di luar kisaran normal",
          note: "Hasil pengukuran terakhir di bawah −2 SD (pendek, gizi kurang, berat badan kurang) atau di atas +2 SD BB/PB, BB/TB atau IMT/U menurut standar Permenkes 2/2020. Sarankan keluarga ke Posyandu atau Puskesmas; bukan diagnosis.",
        },
        "growth-remeasure": {
          title: "Pengukuran yang perlu diulang",
          note: "Hasil yang di luar batas masuk akal WHO, kemungkinan salah ukur atau salah ketik. Ukur ulang anak.",
        },
        "weight-not-rising": {
          title: "Berat badan tidak naik",
          note: "Berat pada penimbangan bulan ini tidak lebih dari bulan sebelumnya (aturan kami, bukan tabel KBM Kemenkes). Sarankan keluarga ke Posyandu atau Puskesmas.",
        },
      },
      item: "Indikator",
      section: "Lingkup",
      reason: "Alasan",
      other: "Lainnya",
      count: (count) => `${count} indikator`,
    },
    montessori: {
      heading: "Kegiatan Montessori",
      intro: "Banyaknya kegiatan menurut tahap terakhirnya: dipresentasikan, berlatih, atau dikuasai.",
      area: "Area",
      stages: { presented: "Dipresentasikan", practicing: "Berlatih", mastered: "Dikuasai" },
      total: "Jumlah",
      chartTitle: (child) => `Kegiatan Montessori ${child} per area`,
      chartDesc: "Batang bertumpuk: untuk tiap area Montessori, banyaknya kegiatan yang dipresentasikan, sedang dilatih dan sudah dikuasai.",
      stalledHeading: "Lama di tahap berlatih",
      stalledIntro: (days) => `Kegiatan yang masih dilatih lebih dari ${days} hari sejak terakhir dipresentasikan atau dimulai lagi.`,
      stalledNone: "Tidak ada kegiatan yang lama di tahap berlatih.",
      lesson: "Kegiatan",
      since: "Sejak",
      days: "Hari",
      nextHeading: "Kegiatan berikutnya",
      nextIntro: "Kegiatan yang sudah siap dipresentasikan: sesuai usia dan semua kegiatan prasyaratnya sudah dikuasai.",
      nextNone: "Belum ada kegiatan berikutnya yang siap.",
    },
    areas: {
      "practical-life": "Kehidupan praktis",
      sensorial: "Sensorial",
      language: "Bahasa",
      mathematics: "Matematika",
      culture: "Budaya dan sains",
    },
    growthAnswers: {
      sesuai: "Sesuai",
      "belum-sesuai": "Belum sesuai",
      "ukur-ulang": "Ukur ulang",
      "tidak-ada-standar": "Tanpa standar",
      "belum-diukur": "Belum diukur",
      "tanpa-jenis-kelamin": "–",
    },
    growth: {
      heading: "Pertumbuhan",
      measure: "Ukuran",
      value: "Hasil",
      date: "Tanggal pengukuran",
      weight: "Berat badan",
      height: "Tinggi badan",
      head: "Lingkar kepala",
      none: "belum ada pengukuran",
      kg: "kg",
      cm: "cm",
      statusHeading: "Status pertumbuhan terakhir",
      chartsHeading: "Grafik pertumbuhan",
      age: "Umur (bulan)",
      z: "Skor-z",
      months: "Umur (bulan)",
      childPoints: (nickname) => `Hasil ukur ${nickname}`,
      axisWeight: "Berat badan (kg)",
      axisHeight: "Panjang/tinggi badan (cm)",
      measurementsHeading: "Hasil pengukuran dan skor-z (12 bulan terakhir)",
      noMeasurements: "Belum ada pengukuran dalam 12 bulan terakhir.",
    },
    development: {
      heading: "Pertumbuhan dan perkembangan",
      screeningHeading: "Skrining perkembangan (KPSP)",
      noScreening: "Belum ada skrining KPSP.",
      form: (months) => `KPSP ${months} bulan`,
      answers: (yes, total) => `${yes} dari ${total} jawaban “ya”`,
      followUp: "Tindak lanjut",
      referral: "Disarankan rujukan ke tenaga kesehatan (bukan diagnosis).",
      nextDue: "Skrining berikutnya",
      milestonesHeading: (months) => `Tahapan usia ${months} bulan (CDC 2022)`,
      milestonesIntro: "Tahapan yang ditunjukkan sebagian besar anak (75% atau lebih) pada usia ini; daftar ini bukan diagnosis.",
      noMilestones: "Tidak ada daftar tahapan usia untuk usia ini.",
      reached: "Sudah terlihat",
      notYet: "Belum terlihat",
      notSure: "Belum pasti",
      notObserved: "Belum diamati",
    },
    activity: {
      heading: "Pengamatan per minggu",
      intro: (count) => `${count} pengamatan tercatat pada periode ini, per minggu (tanggal Senin).`,
      week: "Minggu mulai",
      count: "Jumlah",
      chartTitle: (child) => `Pengamatan ${child} per minggu`,
      chartDesc: "Kolom: banyaknya pengamatan yang tercatat pada tiap minggu periode ini.",
      empty: "Periode ini belum dimulai.",
    },
    charts: { noData: "Belum ada data", tableFollows: "Angka grafik ini ada di tabel berikut." },
    attendance: { heading: "Kehadiran", present: "Hadir", sakit: "Sakit", izin: "Izin", tanpaKeterangan: "Tanpa keterangan", days: "Hari tercatat" },
    reflection: {
      entryKind: { reflection: "Refleksi", "home-observation": "Catatan dari rumah" },
      heading: "Refleksi orang tua",
      parent: "Orang tua/wali",
      educator: "Pendidik",
      placeDate: "Tempat, tanggal",
    },
    notices: {
      heading: "Catatan",
      footer: "Laporan ini menggambarkan perkembangan anak dari pengamatan sehari-hari; bukan nilai dan bukan diagnosis.",
    },
    decimal: ",",
    range: (from, to) => `${from} – ${to}`,
  },
  en: {
    title: "Child Development Report (Rapor)",
    audience: {
      staff: "Staff version: contains internal notes. Do not share with the family; use the family version.",
      family: "Family version.",
    },
    header: {
      centre: "Centre",
      child: "Child's name",
      nickname: "Called",
      group: "Group",
      age: "Age",
      band: "Age band",
      noBand: "no age band for this age",
      coverage: {
        complete: "indicator data complete",
        partial: "indicator data partial; see Notes",
        missing: "indicator data not available; see Notes",
      },
      period: "Period",
      asOf: "Report date",
      framework: "Curriculum",
    },
    summary: {
      heading: "Summary",
      intro: "Number of indicators at each latest level by the end of the period. Indicators never assessed are counted separately.",
      sectionColumn: { stppa: "Development area", cp: "Learning-outcome element" },
      notAssessed: "Not assessed",
      expected: "Indicators",
      summaryLevel: "Overall",
      change: "Change",
      changes: { up: "up", same: "same", down: "down", new: "first assessed", none: "–" },
      legendHeading: "What the levels mean",
      rule: "The overall level of an area is the highest level that at least half of its assessed indicators have reached.",
      chartTitle: (child) => `${child}'s levels per development area`,
      chartDesc: "Stacked bars: for each area, how many indicators are at each latest level and how many are not assessed yet.",
    },
    levels: {
      BB: { short: "BB", name: "Not yet developing (Belum Berkembang)", meaning: "the child can do it only when the teacher guides them or shows them how" },
      MB: { short: "MB", name: "Beginning to develop (Mulai Berkembang)", meaning: "the child does it but still needs the teacher to remind or help them" },
      BSH: {
        short: "BSH",
        name: "Developing as expected (Berkembang Sesuai Harapan)",
        meaning: "the child can do it independently and consistently, without the teacher reminding them or showing them how",
      },
      BSB: {
        short: "BSB",
        name: "Developing very well (Berkembang Sangat Baik)",
        meaning: "the child can do it independently and can already help friends who have not yet reached the expected level of the indicator",
      },
      "belum-muncul": { short: "Not yet seen", name: "Not yet observed (Belum Muncul)", meaning: "the behaviour was not seen in the observed event; observe again another time" },
      "sudah-muncul": { short: "Seen", name: "Observed (Sudah Muncul)", meaning: "the behaviour was seen in the observed event" },
      achieved: { short: "Achieved", name: "Achieved", meaning: "the milestone has been seen" },
      "not-yet": { short: "Not yet", name: "Not yet", meaning: "the milestone has not been seen yet" },
      "not-sure": { short: "Not sure", name: "Not sure", meaning: "not sure yet; observe again" },
    },
    sections: {
      heading: { stppa: "Development by area", cp: "Development by learning-outcome element" },
      standing: (observed, expected) => `${observed} of ${expected} indicators observed in this period`,
      summaryLine: "Overall",
      changeLine: (previous) => `previous period: ${previous}`,
      item: "Indicator",
      latest: "Latest level",
      date: "Date",
      observedInPeriod: "Assessed in period",
      tableCaption: (section) => `Assessed indicators of ${section}`,
      noneAssessed: "No indicator assessed yet.",
      noItems: "The curriculum data has no indicators for this age band (see Notes).",
      notAssessed: (count) => `Never assessed (${count}):`,
      notAssessedSeeConcerns: (count) => `${count} ${count === 1 ? "indicator" : "indicators"} never assessed (listed under Needs attention).`,
      notAssessedCount: (count) => `${count} ${count === 1 ? "indicator" : "indicators"} never assessed.`,
      evidence: "Evidence",
      evidenceKinds: { anecdote: "Anecdotal note", artwork: "Work sample", "photo-series": "Photo series", care: "Care log" },
      files: "files",
    },
    concerns: {
      heading: "Needs attention",
      intro: "Things to observe again or to talk about with the family, with the reason. This list is not a diagnosis and not a grade.",
      none: "Nothing needs particular attention in this period.",
      kinds: {
        "still-bb": {
          title: "Still at BB near the end of the period",
          note: "The latest level of these indicators is still BB (or not yet observed) in the last third of the period.",
        },
        "not-observed": {
          title: "Not observed in this period",
          note: "This is about our observation plan, not about the child: these indicators have not been assessed although two thirds of the period have passed.",
        },
        "earlier-band": {
          title: "Indicators of the earlier age band",
          note: "Indicators of the earlier age band whose latest level is below BSH. Worth talking about with the family; not a diagnosis.",
        },
        milestone: { title: "Age milestones", note: "Milestones not seen yet. Worth talking about with the family or a health worker; not a diagnosis." },
        "stalled-lesson": { title: "Montessori lessons long in practice", note: "Lessons practised for a long time without being mastered." },
        screening: { title: "Developmental screening", note: "Screening results to follow up with a health worker; screening is not a diagnosis." },
        growth: {
          title: "Growth outside the normal range",
          note: "The latest measurement is below −2 SD (stunted, wasted, underweight) or above +2 SD of weight-for-length/height or BMI-for-age by the Permenkes 2/2020 standards. Advise the family to visit the Posyandu or Puskesmas; not a diagnosis.",
        },
        "growth-remeasure": {
          title: "Measurements to repeat",
          note: "Results outside WHO's plausible limits, probably a measuring or typing error. Measure the child again.",
        },
        "weight-not-rising": {
          title: "Weight not rising",
          note: "This month's weight is not above last month's (our rule, not the Ministry's KBM table). Advise the family to visit the Posyandu or Puskesmas.",
        },
      },
      item: "Indicator",
      section: "Area",
      reason: "Reason",
      other: "Other",
      count: (count) => `${count} ${count === 1 ? "indicator" : "indicators"}`,
    },
    montessori: {
      heading: "Montessori work",
      intro: "Number of lessons by their latest stage: presented, practising or mastered.",
      area: "Area",
      stages: { presented: "Presented", practicing: "Practising", mastered: "Mastered" },
      total: "Total",
      chartTitle: (child) => `${child}'s Montessori lessons per area`,
      chartDesc: "Stacked bars: for each Montessori area, how many lessons were presented, are being practised and are mastered.",
      stalledHeading: "Long in practice",
      stalledIntro: (days) => `Lessons still being practised more than ${days} days after they were presented or restarted.`,
      stalledNone: "No lesson has been in practice for long.",
      lesson: "Lesson",
      since: "Since",
      days: "Days",
      nextHeading: "Next lessons",
      nextIntro: "Lessons ready to be presented: right for the child's age, with every prerequisite mastered.",
      nextNone: "No next lesson is ready yet.",
    },
    areas: {
      "practical-life": "Practical life",
      sensorial: "Sensorial",
      language: "Language",
      mathematics: "Mathematics",
      culture: "Culture and science",
    },
    growthAnswers: {
      sesuai: "As expected",
      "belum-sesuai": "Not as expected",
      "ukur-ulang": "Measure again",
      "tidak-ada-standar": "No standard",
      "belum-diukur": "Not measured",
      "tanpa-jenis-kelamin": "–",
    },
    growth: {
      heading: "Growth",
      measure: "Measure",
      value: "Value",
      date: "Measured on",
      weight: "Weight",
      height: "Height",
      head: "Head circumference",
      none: "no measurement yet",
      kg: "kg",
      cm: "cm",
      statusHeading: "Latest growth status",
      chartsHeading: "Growth charts",
      age: "Age (months)",
      z: "z-score",
      months: "Age (months)",
      childPoints: (nickname) => `${nickname}'s measurements`,
      axisWeight: "Weight (kg)",
      axisHeight: "Length/height (cm)",
      measurementsHeading: "Measurements and z-scores (last 12 months)",
      noMeasurements: "No measurement in the last 12 months.",
    },
    development: {
      heading: "Growth and development",
      screeningHeading: "Developmental screening (KPSP)",
      noScreening: "No KPSP screening yet.",
      form: (months) => `KPSP ${months} months`,
      answers: (yes, total) => `${yes} of ${total} answers “yes”`,
      followUp: "Follow-up",
      referral: "Referral to a health worker advised (not a diagnosis).",
      nextDue: "Next screening",
      milestonesHeading: (months) => `${months}-month milestones (CDC 2022)`,
      milestonesIntro: "What most children (75% or more) show by this age; this list is not a diagnosis.",
      noMilestones: "No milestone checklist for this age.",
      reached: "Seen",
      notYet: "Not yet seen",
      notSure: "Not sure",
      notObserved: "Not observed yet",
    },
    activity: {
      heading: "Observations per week",
      intro: (count) => `${count} ${count === 1 ? "observation" : "observations"} recorded in this period, per week (Monday dates).`,
      week: "Week of",
      count: "Count",
      chartTitle: (child) => `Observations of ${child} per week`,
      chartDesc: "Columns: how many observations were recorded in each week of this period.",
      empty: "The period has not started yet.",
    },
    charts: { noData: "No data yet", tableFollows: "The numbers of this chart are in the table below." },
    attendance: { heading: "Attendance", present: "Present", sakit: "Ill (sakit)", izin: "Excused (izin)", tanpaKeterangan: "No reason given", days: "Days recorded" },
    reflection: {
      entryKind: { reflection: "Reflection", "home-observation": "From home" },
      heading: "Parent reflection",
      parent: "Parent or guardian",
      educator: "Educator",
      placeDate: "Place, date",
    },
    notices: {
      heading: "Notes",
      footer: "This report describes the child's development from everyday observation; it is not a grade and not a diagnosis.",
    },
    decimal: ".",
    range: (from, to) => `${from} – ${to}`,
  },
} as const satisfies Record<Locale, ReportLabels>;

/**
 * The labels of a report's locale.
 *
 * @param locale - `id` or `en`
 * @returns the labels
 * @example
 * ```ts
 * reportLabels("id").growth.none; // => "belum ada pengukuran"
 * ```
 * @category Render
 */
export function reportLabels(locale: Locale): ReportLabels {
  return REPORT_LABELS[locale];
}
