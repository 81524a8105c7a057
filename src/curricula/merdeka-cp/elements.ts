/**
 * Kurikulum Merdeka — Capaian Pembelajaran (CP) PAUD, fase fondasi.
 *
 * Shipped version: Keputusan Kepala BSKAP Kemendikdasmen No. 046/H/KR/2025. The 2024 wording
 * (Kepka BSKAP No. 032/H/KR/2024) is kept per sub-element in `previousVersions`.
 *
 * Honesty notes (read before relying on the text):
 * - The signed decree PDF (salinan) was NOT read. The 2025 statements were copied from transcriptions
 *   of the decree that agree word for word across several independent public copies (see
 *   {@link CP_SOURCES}); the 2024 statements from a public seeder cross-checked with public pages.
 * - The 2025 CP lists numbered statements per element without sub-element labels. The assignment of
 *   each statement to one of the 12 sub-element ids (fixed by the data contract, taken from the 2024
 *   lingkup names) is ours; see `remark` where it is not obvious.
 * - CP is an end-of-phase target ("tidak perlu dikunci menjadi capaian per usia"); it has no age bands.
 *
 * Indonesian text in `id` fields is the official wording; all English (`en`) is our translation.
 *
 * @module
 */

/** Bilingual text; bundled data always carries both languages. */
export interface CpText {
  /** Bahasa Indonesia (official wording where the field says so). */
  id: string;
  /** English, our translation. */
  en: string;
}

/** The three CP elements of fase fondasi. */
export type CpElementId = "cp.nab" | "cp.jd" | "cp.lms";

/** All 12 CP sub-element ids, fixed by the data contract. */
export const CP_SUB_ELEMENT_IDS = [
  "cp.nab.agama",
  "cp.nab.budi-pekerti",
  "cp.nab.syukur",
  "cp.jd.identitas",
  "cp.jd.sosem",
  "cp.jd.fisik-motorik",
  "cp.lms.literasi",
  "cp.lms.matematika",
  "cp.lms.sains",
  "cp.lms.teknologi",
  "cp.lms.rekayasa",
  "cp.lms.seni",
] as const;

/** One of the 12 CP sub-element ids. */
export type CpSubElementId = (typeof CP_SUB_ELEMENT_IDS)[number];

/** A cited source. `url` is empty only where no public address exists (explained in `note`). */
export interface CpSource {
  key: string;
  title: string;
  url: string;
  note: string;
}

/**
 * How far the shipped wording can be trusted.
 * - `verbatim`: copied word for word from transcriptions of the decree that agree with each other
 *   (not checked against the signed PDF), and the statement clearly belongs to this sub-element.
 * - `secondary`: the wording rests on fewer/disagreeing copies, or the statement-to-sub-element
 *   assignment is our inference.
 */
export type CpConfidence = "verbatim" | "secondary";

/** The wording of an earlier decree, kept for comparison. */
export interface CpPreviousVersion {
  /** Decree number, e.g. "032/H/KR/2024". */
  decree: string;
  year: number;
  /** Verbatim Indonesian of that decree; English is ours. */
  statements: CpText[];
  /** Key into {@link CP_SOURCES}. */
  source: string;
  remark?: string;
}

export interface CpSubElement {
  id: CpSubElementId;
  name: CpText;
  /** The decree's statements for this sub-element, one entry per (a)/(b)/numbered part. */
  statements: CpText[];
  /** Key into {@link CP_SOURCES}. */
  source: string;
  confidence: CpConfidence;
  remark?: string;
  previousVersions: CpPreviousVersion[];
}

export interface CpElement {
  id: CpElementId;
  name: CpText;
  /** Element-level CP text of the shipped decree (verbatim Indonesian; English ours). */
  statement: CpText;
  /** Key into {@link CP_SOURCES}. */
  source: string;
  previousVersions: CpPreviousVersion[];
  subElements: CpSubElement[];
}

/** Sources used for the CP data. */
export const CP_SOURCES: readonly CpSource[] = [
  {
    key: "bskap-046-2025",
    title:
      "Keputusan Kepala BSKAP Kemendikdasmen Nomor 046/H/KR/2025 tentang Capaian Pembelajaran pada Pendidikan Anak Usia Dini, Jenjang Pendidikan Dasar, dan Jenjang Pendidikan Menengah",
    url: "https://www.ainamulyana.id/2025/10/capaian-pembelajaran-paud-tk-ra-tahun.html",
    note:
      "The decree itself (signed PDF not retrieved). The URL is a public reproduction of its PAUD part; only its opening (rasional: '8 dimensi profil lulusan', 'murid', 'tidak perlu dikunci menjadi capaian per usia') could be read there.",
  },
  {
    key: "transcriptions-046-2025",
    title:
      "Transcriptions of the 046/H/KR/2025 fase fondasi CP in public GitHub files (four independent files; repositories not identified by the code index)",
    url: "",
    note:
      "Read via the code index (file ids 61083005870 'CP_DATABASE_046', 54620186989 'data_kurikulum.py, Sumber: Keputusan BSKAP Nomor 046/H/KR/2025', 16833913571 numbered 1)–5) lists, 9666289902 'diekstrak dari PDF'). The first three agree word for word on all 14 statements; the fourth abridges two LMS statements and omits 'dan mengetahui keberadaan negara lain di dunia'. Two copies spell 'kepekaaan'; we ship 'kepekaan'. No public URL is known for these files.",
  },
  {
    key: "bskap-032-2024",
    title:
      "Keputusan Kepala BSKAP Kemendikbudristek Nomor 032/H/KR/2024 tentang Capaian Pembelajaran pada PAUD, Jenjang Pendidikan Dasar, dan Jenjang Pendidikan Menengah pada Kurikulum Merdeka (11 Juni 2024)",
    url: "https://www.paud.id/capaian-pembelajaran-paud-kurikulum-merdeka/",
    note: "Previous version. Signed PDF not retrieved; the URL is a public explainer of the 2024 CP.",
  },
  {
    key: "smpn4kra-2024",
    title: "Capaian Pembelajaran Pada Fase Fondasi (SMPN 4 Karanganyar, Oktober 2024)",
    url: "https://smpn4kra.sch.id/2024/10/capaian-pembelajaran-pada-fase-fondasi.html",
    note:
      "Reproduces the 2024 CP text; read verbatim: rasional, the overall 'memandu' sentence and the Nilai Agama dan Budi Pekerti element statement.",
  },
  {
    key: "pinkevin-seeders",
    title: "PinKevin/asesmen-paud-api, database/seeders/01_competency_seeder.ts, 02_learning_scope_seeder.ts, 03_sub_learning_scope_seeder.ts",
    url: "https://github.com/PinKevin/asesmen-paud-api/tree/4f57c3a196c7f8ed2f1403f337e82cf51748a8ea/database/seeders",
    note:
      "2024 CP element and sub-element texts. Typos in the seeder were corrected ('kebiasaan,praktik' → 'kebiasaan praktik', 'sesame' → 'sesama', a duplicated phrase in Nilai Agama removed). Its labels Sains/Teknologi/Rekayasa sit on the 4th/5th/6th LMS statements; we file the 5th (rasa ingin tahu … eksperimen) under Sains, see cp.lms.sains remark.",
  },
  {
    key: "jati-diri-sites-2024",
    title: "KB Kasih Bunda Pungging — CP/TP Jati Diri (Google Sites)",
    url: "https://sites.google.com/guru.paud.belajar.id/kbkasihbundapungging/cp-tp/jati-diri",
    note: "Cross-check of the 2024 Jati Diri texts (via the shared research notes, not re-read here).",
  },
  {
    key: "rapor-views-2024",
    title:
      "Public GitHub rapor templates listing the seven 2024 LMS statements in order (code index file ids 59187211981, 59243682043, 59607565466; repositories not identified)",
    url: "",
    note: "Confirms that the 2024 LMS element had seven statements, with the 'rasa ingin tahu … eksperimen' statement between 'alasan … sebab akibat' and 'merekayasa teknologi'.",
  },
  {
    key: "referensi-cp-2022",
    title: "Referensi perumusan CP PAUD (presentation, 2022)",
    url: "https://id.scribd.com/presentation/618331670/Referensi-perumusan-CP-PAUD",
    note: "Older overall CP wording ('Pada akhir fase fondasi, anak menunjukkan …'), via the shared research notes.",
  },
];

/** The CP version this module ships. */
export const CP_VERSION: { decree: string; year: number; note: CpText } = {
  decree: "046/H/KR/2025",
  year: 2025,
  note: {
    id: "Teks CP mengikuti Keputusan Kepala BSKAP No. 046/H/KR/2025 (kata 'murid'), disalin dari beberapa transkripsi publik yang isinya sama; salinan PDF resmi belum dicocokkan. Rumusan 2024 (032/H/KR/2024) disimpan di previousVersions. Pembagian pernyataan ke 12 sub-elemen adalah pemetaan kami, karena CP 2025 hanya memberi daftar bernomor per elemen.",
    en: "CP text follows BSKAP decree No. 046/H/KR/2025 (which says 'murid', pupil), copied from several public transcriptions that agree; not yet checked against the signed PDF. The 2024 wording (032/H/KR/2024) is kept in previousVersions. Filing the statements under the 12 sub-elements is our mapping, because the 2025 CP only gives a numbered list per element.",
  },
};

/** The overall CP sentence for fase fondasi. */
export const CP_OVERALL: CpText & {
  source: string;
  decree: string;
  note: CpText;
  previousVersions: CpPreviousVersion[];
} = {
  id: "Capaian Pembelajaran Fase Fondasi memandu agar anak dapat memiliki nilai-nilai agama dan karakter budi pekerti baik, menumbuhkan rasa positif anak terhadap diri, serta memiliki berbagai kemampuan dasar yang akan menjadi bekalnya untuk melanjutkan ke jenjang pendidikan selanjutnya dan menjadi pelajar sepanjang hayat.",
  en: "The fase fondasi learning outcomes guide children to hold religious values and good character, to grow a positive feeling about themselves, and to gain the basic abilities that equip them to continue to the next level of education and to become lifelong learners.",
  source: "smpn4kra-2024",
  decree: "032/H/KR/2024",
  note: {
    id: "Kalimat ini dari CP 2024. Rumusan 2025 untuk kalimat ini belum dapat kami baca; bagian rasional CP 2025 yang terbaca mengganti 'anak' menjadi 'murid' dan 'profil pelajar Pancasila' menjadi '8 dimensi profil lulusan', jadi kalimat 2025 mungkin sedikit berbeda.",
    en: "This sentence is from the 2024 CP. We could not read the 2025 wording of it; the readable part of the 2025 rationale replaces 'anak' with 'murid' and 'profil pelajar Pancasila' with '8 dimensi profil lulusan', so the 2025 sentence may differ slightly.",
  },
  previousVersions: [
    {
      decree: "Referensi perumusan CP PAUD (2022 presentation; not a decree)",
      year: 2022,
      statements: [
        {
          id: "Pada akhir fase fondasi, anak menunjukkan kegemaran mempraktikkan dasar-dasar nilai agama dan budi pekerti; kebanggaan terhadap jati dirinya; kemampuan literasi dan dasar-dasar sains, teknologi, rekayasa, seni dan matematika untuk membangun kesenangan belajar dan kesiapan mengikuti pendidikan dasar.",
          en: "At the end of the foundation phase, the child shows enjoyment in practising the basics of religious values and character; pride in their own identity; literacy and the basics of science, technology, engineering, art and mathematics, building joy in learning and readiness for primary school.",
        },
      ],
      source: "referensi-cp-2022",
    },
  ],
};

const S25 = "transcriptions-046-2025";
const S24 = "pinkevin-seeders";

/** The three CP elements with their 12 sub-elements (shipped: 046/H/KR/2025). */
export const CP_ELEMENTS: readonly CpElement[] = [
  {
    id: "cp.nab",
    name: { id: "Nilai Agama dan Budi Pekerti", en: "Religious Values and Character" },
    statement: {
      id: "Murid percaya kepada Tuhan Yang Maha Esa sebagai pencipta dirinya, makhluk lain dan alam, serta mulai mengenal dan mempraktikkan ajaran pokok sesuai dengan agama dan kepercayaannya; Murid menghargai diri sendiri dan memiliki rasa syukur terhadap Tuhan YME sehingga dapat berpartisipasi aktif dalam menjaga kebersihan, kesehatan, dan keselamatan dirinya; Murid menghargai sesama manusia dengan berbagai perbedaannya sehingga mempraktikkan perilaku baik dan berakhlak mulia; dan Murid menghargai alam dan seluruh makhluk hidup ciptaan Tuhan Yang Maha Esa.",
      en: "The pupil believes in God Almighty as the creator of themselves, other living beings and nature, and begins to know and practise the main teachings of their religion or belief; values themselves and is grateful to God, and so takes an active part in keeping themselves clean, healthy and safe; respects other people in all their differences and so practises good behaviour and noble character; and respects nature and all living beings created by God Almighty.",
    },
    source: S25,
    previousVersions: [
      {
        decree: "032/H/KR/2024",
        year: 2024,
        statements: [
          {
            id: "Anak mengenal konsep Tuhan Yang Maha Esa, mengenal kebiasaan praktik ibadah agama atau kepercayaannya, menghargai diri, sesama manusia, dan alam sebagai bentuk syukur terhadap Tuhan Yang Maha Esa.",
            en: "The child knows the concept of God Almighty, knows the habits of worship of their religion or belief, and respects themselves, other people and nature as a form of gratitude to God Almighty.",
          },
        ],
        source: "smpn4kra-2024",
      },
    ],
    subElements: [
      {
        id: "cp.nab.agama",
        name: { id: "Nilai Agama", en: "Religious values" },
        statements: [
          {
            id: "Murid percaya kepada Tuhan Yang Maha Esa sebagai pencipta dirinya, makhluk lain dan alam, serta mulai mengenal dan mempraktikkan ajaran pokok sesuai dengan agama dan kepercayaannya.",
            en: "The pupil believes in God Almighty as the creator of themselves, other living beings and nature, and begins to know and practise the main teachings of their religion or belief.",
          },
        ],
        source: S25,
        confidence: "verbatim",
        previousVersions: [
          {
            decree: "032/H/KR/2024",
            year: 2024,
            statements: [
              {
                id: "Anak percaya kepada Tuhan Yang Maha Esa, mulai mengenal dan mempraktikkan ajaran pokok sesuai dengan agama dan kepercayaannya.",
                en: "The child believes in God Almighty and begins to know and practise the main teachings of their religion or belief.",
              },
            ],
            source: S24,
            remark: "2025 adds 'sebagai pencipta dirinya, makhluk lain dan alam'.",
          },
        ],
      },
      {
        id: "cp.nab.budi-pekerti",
        name: { id: "Budi Pekerti", en: "Character (respect for people and nature)" },
        statements: [
          {
            id: "Murid menghargai sesama manusia dengan berbagai perbedaannya sehingga mempraktikkan perilaku baik dan berakhlak mulia.",
            en: "The pupil respects other people in all their differences and so practises good behaviour and noble character.",
          },
          {
            id: "Murid menghargai alam dan seluruh makhluk hidup ciptaan Tuhan Yang Maha Esa.",
            en: "The pupil respects nature and all living beings created by God Almighty.",
          },
        ],
        source: S25,
        confidence: "verbatim",
        remark: "Statements 3 and 4 of the 2025 Nilai Agama dan Budi Pekerti list.",
        previousVersions: [
          {
            decree: "032/H/KR/2024",
            year: 2024,
            statements: [
              {
                id: "Anak menghargai sesama manusia dengan berbagai perbedaannya dan mempraktikkan perilaku baik dan berakhlak mulia.",
                en: "The child respects other people in all their differences and practises good behaviour and noble character.",
              },
              {
                id: "Anak menghargai alam dengan cara merawatnya dan menunjukkan rasa sayang terhadap makhluk hidup yang merupakan ciptaan Tuhan Yang Maha Esa.",
                en: "The child respects nature by caring for it and shows affection for living beings, which are God Almighty's creation.",
              },
            ],
            source: S24,
            remark: "2025 shortens (b): 'dengan cara merawatnya dan menunjukkan rasa sayang' is gone.",
          },
        ],
      },
      {
        id: "cp.nab.syukur",
        name: {
          id: "Rasa Syukur terhadap Tuhan Yang Maha Esa",
          en: "Gratitude to God Almighty (self-care, health and safety)",
        },
        statements: [
          {
            id: "Murid menghargai diri sendiri dan memiliki rasa syukur terhadap Tuhan YME sehingga dapat berpartisipasi aktif dalam menjaga kebersihan, kesehatan, dan keselamatan dirinya.",
            en: "The pupil values themselves and is grateful to God Almighty, and so takes an active part in keeping themselves clean, healthy and safe.",
          },
        ],
        source: S25,
        confidence: "verbatim",
        previousVersions: [
          {
            decree: "032/H/KR/2024",
            year: 2024,
            statements: [
              {
                id: "Anak berpartisipasi aktif dalam menjaga kebersihan, kesehatan, dan keselamatan diri sebagai bentuk rasa sayang terhadap dirinya dan rasa syukur kepada Tuhan Yang Maha Esa.",
                en: "The child takes an active part in keeping themselves clean, healthy and safe, as a form of care for themselves and gratitude to God Almighty.",
              },
            ],
            source: S24,
          },
        ],
      },
    ],
  },
  {
    id: "cp.jd",
    name: { id: "Jati Diri", en: "Identity (self)" },
    statement: {
      id: "Murid mengenali identitas dirinya yang terbentuk oleh karakteristik fisik dan gender, minat, kebutuhan, agama, dan sosial budaya; Murid mengenali kebiasaan-kebiasaan di lingkungan keluarga, satuan pendidikan, dan masyarakat; Murid mengenali, mengekspresikan, dan mengelola emosi diri, serta membangun hubungan sosial secara sehat; Murid mengenali perannya sebagai bagian dari keluarga, satuan pendidikan, masyarakat dan warga negara Indonesia sehingga dapat menyesuaikan diri dengan lingkungan, aturan dan norma yang berlaku, dan mengetahui keberadaan negara lain di dunia; dan Murid memiliki fungsi gerak (motorik kasar, halus, dan taktil) untuk merawat dirinya, membangun kemandirian dan berkegiatan.",
      en: "The pupil recognises their own identity, shaped by physical characteristics and gender, interests, needs, religion and social-cultural background; recognises the habits of their family, school and community; recognises, expresses and manages their own emotions and builds healthy social relationships; recognises their role as part of their family, school, community and as an Indonesian citizen, so that they can adapt to their surroundings and to the rules and norms in force, and knows that other countries exist in the world; and has the use of movement (gross, fine and tactile motor skills) to care for themselves, build independence and take part in activities.",
    },
    source: S25,
    previousVersions: [
      {
        decree: "032/H/KR/2024",
        year: 2024,
        statements: [
          {
            id: "Anak mengenali identitas diri, mampu menggunakan fungsi gerak, memiliki kematangan emosi dan sosial untuk berkegiatan di lingkungan belajar.",
            en: "The child recognises their own identity, can use movement, and has the emotional and social maturity to take part in activities in the learning environment.",
          },
        ],
        source: S24,
      },
    ],
    subElements: [
      {
        id: "cp.jd.identitas",
        name: { id: "Identitas Diri", en: "Personal identity" },
        statements: [
          {
            id: "Murid mengenali identitas dirinya yang terbentuk oleh karakteristik fisik dan gender, minat, kebutuhan, agama, dan sosial budaya.",
            en: "The pupil recognises their own identity, shaped by physical characteristics and gender, interests, needs, religion and social-cultural background.",
          },
          {
            id: "Murid mengenali kebiasaan-kebiasaan di lingkungan keluarga, satuan pendidikan, dan masyarakat.",
            en: "The pupil recognises the habits of their family, school and community.",
          },
          {
            id: "Murid mengenali perannya sebagai bagian dari keluarga, satuan pendidikan, masyarakat dan warga negara Indonesia sehingga dapat menyesuaikan diri dengan lingkungan, aturan dan norma yang berlaku, dan mengetahui keberadaan negara lain di dunia.",
            en: "The pupil recognises their role as part of their family, school, community and as an Indonesian citizen, so that they can adapt to their surroundings and to the rules and norms in force, and knows that other countries exist in the world.",
          },
        ],
        source: S25,
        confidence: "verbatim",
        remark:
          "Statements 1, 2 and 4 of the 2025 Jati Diri list. Filing statement 2 (kebiasaan) here rather than under cp.jd.sosem is our choice: it continues 2024 identitas (b) (adapting to family, school and community).",
        previousVersions: [
          {
            decree: "032/H/KR/2024",
            year: 2024,
            statements: [
              {
                id: "Anak memahami identitas dirinya yang terbentuk oleh ragam minat, kebutuhan, karakteristik gender, agama, dan sosial budaya.",
                en: "The child understands their own identity, shaped by their interests, needs, gender characteristics, religion and social-cultural background.",
              },
              {
                id: "Anak mengenal dan memiliki perilaku positif terhadap identitas dan perannya sebagai bagian dari keluarga, sekolah, masyarakat, dan anak Indonesia sehingga dapat menyesuaikan diri dengan lingkungan, aturan, dan norma yang berlaku.",
                en: "The child knows and behaves positively towards their identity and role as part of their family, school, community and as an Indonesian child, so that they can adapt to their surroundings and to the rules and norms in force.",
              },
            ],
            source: S24,
            remark: "2025 adds 'karakteristik fisik', the separate 'kebiasaan' statement and 'mengetahui keberadaan negara lain di dunia'.",
          },
        ],
      },
      {
        id: "cp.jd.sosem",
        name: { id: "Sosial Emosional", en: "Social-emotional" },
        statements: [
          {
            id: "Murid mengenali, mengekspresikan, dan mengelola emosi diri, serta membangun hubungan sosial secara sehat.",
            en: "The pupil recognises, expresses and manages their own emotions, and builds healthy social relationships.",
          },
        ],
        source: S25,
        confidence: "verbatim",
        previousVersions: [
          {
            decree: "032/H/KR/2024",
            year: 2024,
            statements: [
              {
                id: "Anak mengenali, mengekspresikan, dan mengelola emosi diri, serta membangun hubungan sosial secara sehat.",
                en: "The child recognises, expresses and manages their own emotions, and builds healthy social relationships.",
              },
            ],
            source: S24,
            remark: "Unchanged apart from 'Anak' → 'Murid'.",
          },
        ],
      },
      {
        id: "cp.jd.fisik-motorik",
        name: { id: "Fisik Motorik", en: "Physical-motor" },
        statements: [
          {
            id: "Murid memiliki fungsi gerak (motorik kasar, halus, dan taktil) untuk merawat dirinya, membangun kemandirian dan berkegiatan.",
            en: "The pupil has the use of movement (gross, fine and tactile motor skills) to care for themselves, build independence and take part in activities.",
          },
        ],
        source: S25,
        confidence: "verbatim",
        previousVersions: [
          {
            decree: "032/H/KR/2024",
            year: 2024,
            statements: [
              {
                id: "Anak menggunakan fungsi gerak (motorik kasar, halus, dan taktil) untuk mengeksplorasi dan memanipulasi berbagai objek dan lingkungan sekitar sebagai bentuk pengembangan diri.",
                en: "The child uses movement (gross, fine and tactile motor skills) to explore and manipulate objects and their surroundings as part of their own development.",
              },
            ],
            source: S24,
            remark: "2025 shifts the purpose from exploring objects to self-care and independence.",
          },
        ],
      },
    ],
  },
  {
    id: "cp.lms",
    name: {
      id: "Dasar-dasar Literasi, Matematika, Sains, Teknologi, Rekayasa, dan Seni",
      en: "Foundations of Literacy, Mathematics, Science, Technology, Engineering and Art",
    },
    statement: {
      id: "Murid mengenali dan memahami berbagai informasi, mengomunikasikan perasaan dan pikiran secara lisan, tulisan, atau menggunakan berbagai media serta membangun percakapan, menunjukkan minat, dan berpartisipasi dalam kegiatan pramembaca; Murid memiliki kepekaan bilangan; mengidentifikasi pola; memiliki kesadaran tentang bentuk, posisi, dan ruang; menyadari adanya persamaan dan perbedaan karakteristik antar objek; mampu melakukan pengukuran dengan satuan tidak baku; dan memiliki kesadaran mengenai waktu; Murid mampu mengamati, menyebutkan alasan, pilihan atau keputusannya, mampu memecahkan masalah sederhana, serta mengetahui hubungan sebab akibat dari suatu kondisi atau situasi yang dipengaruhi oleh hukum alam dan kondisi sosial; Murid menunjukkan kemampuan awal menggunakan dan merekayasa teknologi serta untuk mencari informasi, gagasan, dan keterampilan secara aman dan bertanggung jawab; dan Murid mengeksplorasi berbagai proses seni, mengekspresikannya, serta mengapresiasi karya seni.",
      en: "The pupil recognises and understands information, communicates feelings and thoughts orally, in writing or through other media and builds conversations, shows interest in and takes part in pre-reading activities; has number sense, identifies patterns, is aware of shape, position and space, notices similarities and differences between objects, can measure with non-standard units, and is aware of time; can observe, give reasons for choices or decisions, solve simple problems, and knows cause and effect in situations shaped by natural laws and social conditions; shows early ability to use and engineer technology and to seek information, ideas and skills safely and responsibly; and explores art processes, expresses them and appreciates works of art.",
    },
    source: S25,
    previousVersions: [
      {
        decree: "032/H/KR/2024",
        year: 2024,
        statements: [
          {
            id: "Anak memiliki kemampuan literasi dasar, matematika dasar, dan sains, mampu memanfaatkan teknologi dan rekayasa sederhana, serta menciptakan dan mengapresiasi karya seni.",
            en: "The child has basic literacy, basic mathematics and science, can make use of simple technology and engineering, and creates and appreciates works of art.",
          },
        ],
        source: S24,
      },
    ],
    subElements: [
      {
        id: "cp.lms.literasi",
        name: { id: "Literasi", en: "Literacy" },
        statements: [
          {
            id: "Murid mengenali dan memahami berbagai informasi, mengomunikasikan perasaan dan pikiran secara lisan, tulisan, atau menggunakan berbagai media serta membangun percakapan, menunjukkan minat, dan berpartisipasi dalam kegiatan pramembaca.",
            en: "The pupil recognises and understands information, communicates feelings and thoughts orally, in writing or through other media and builds conversations, and shows interest in and takes part in pre-reading activities.",
          },
        ],
        source: S25,
        confidence: "verbatim",
        remark:
          "2025 merges the two 2024 literacy statements into one and drops 'kegemaran' and 'pramenulis' (pre-writing). One of four transcriptions splits it in two with shorter wording; we follow the three that agree.",
        previousVersions: [
          {
            decree: "032/H/KR/2024",
            year: 2024,
            statements: [
              {
                id: "Anak mengenali dan memahami berbagai informasi, mengomunikasikan perasaan dan pikiran secara lisan, tulisan, atau menggunakan berbagai media serta membangun percakapan.",
                en: "The child recognises and understands information, communicates feelings and thoughts orally, in writing or through other media, and builds conversations.",
              },
              {
                id: "Anak menunjukkan minat, kegemaran, dan berpartisipasi dalam kegiatan pramembaca dan pramenulis.",
                en: "The child shows interest in and enjoyment of, and takes part in, pre-reading and pre-writing activities.",
              },
            ],
            source: S24,
          },
        ],
      },
      {
        id: "cp.lms.matematika",
        name: { id: "Matematika", en: "Mathematics" },
        statements: [
          {
            id: "Murid memiliki kepekaan bilangan; mengidentifikasi pola; memiliki kesadaran tentang bentuk, posisi, dan ruang; menyadari adanya persamaan dan perbedaan karakteristik antar objek; mampu melakukan pengukuran dengan satuan tidak baku; dan memiliki kesadaran mengenai waktu.",
            en: "The pupil has number sense; identifies patterns; is aware of shape, position and space; notices similarities and differences between objects; can measure with non-standard units; and is aware of time.",
          },
        ],
        source: S25,
        confidence: "verbatim",
        remark: "Two transcriptions spell 'kepekaaan'; we ship 'kepekaan'.",
        previousVersions: [
          {
            decree: "032/H/KR/2024",
            year: 2024,
            statements: [
              {
                id: "Anak memiliki kemampuan menyatakan hubungan antar bilangan dengan berbagai cara (kesadaran bilangan), mengidentifikasi pola, mengenali bentuk dan karakteristik benda di sekitar yang dapat dibandingkan dan diukur, mengklasifikasi objek, dan kesadaran mengenai waktu melalui proses eksplorasi dan pengalaman langsung dengan benda-benda konkret di lingkungan.",
                en: "The child can express relationships between numbers in various ways (number awareness), identify patterns, recognise shapes and characteristics of nearby objects that can be compared and measured, classify objects, and is aware of time, through exploration and direct experience with concrete objects around them.",
              },
            ],
            source: S24,
            remark:
              "The seeder's sentence is a rewording of the 2024 decree's 'Matematika pada konteks PAUD meliputi kemampuan …' (quoted by another public file citing kurikulummerdeka.com); wording may differ slightly from the decree.",
          },
        ],
      },
      {
        id: "cp.lms.sains",
        name: { id: "Sains", en: "Science" },
        statements: [
          {
            id: "Murid mampu mengamati, menyebutkan alasan, pilihan atau keputusannya, mampu memecahkan masalah sederhana, serta mengetahui hubungan sebab akibat dari suatu kondisi atau situasi yang dipengaruhi oleh hukum alam dan kondisi sosial.",
            en: "The pupil can observe, give reasons for their choices or decisions, solve simple problems, and knows cause and effect in situations shaped by natural laws and social conditions.",
          },
        ],
        source: S25,
        confidence: "verbatim",
        remark:
          "Statement 3 of the 2025 LMS list (the decree gives no sub-element labels; filed here by content). Sains/Teknologi/Rekayasa pairing in 2024: the PinKevin seeder puts the label 'Teknologi' on the 'rasa ingin tahu melalui observasi, eksplorasi, dan eksperimen' statement. We file that statement under Sains because it describes the science process, and because 046/H/KR/2025 folds its content ('mengamati', '… kondisi sosial') into this Sains statement and drops it, while the next statement ('menggunakan dan merekayasa teknologi') names both technology and engineering.",
        previousVersions: [
          {
            decree: "032/H/KR/2024",
            year: 2024,
            statements: [
              {
                id: "Anak mampu menyebutkan alasan, pilihan atau keputusannya, mampu memecahkan masalah sederhana, serta mengetahui hubungan sebab akibat dari suatu kondisi atau situasi yang dipengaruhi oleh hukum alam.",
                en: "The child can give reasons for their choices or decisions, solve simple problems, and knows cause and effect in situations shaped by natural laws.",
              },
              {
                id: "Anak menunjukkan rasa ingin tahu melalui observasi, eksplorasi, dan eksperimen dengan menggunakan lingkungan sekitar dan media sebagai sumber belajar untuk mendapatkan gagasan mengenai fenomena alam dan sosial.",
                en: "The child shows curiosity through observation, exploration and experiment, using their surroundings and media as learning resources, to get ideas about natural and social phenomena.",
              },
            ],
            source: S24,
            remark:
              "Second statement labelled 'Teknologi' in the PinKevin seeder; filed under Sains by us (see remark above). Treat this pairing as our inference.",
          },
        ],
      },
      {
        id: "cp.lms.teknologi",
        name: { id: "Teknologi", en: "Technology" },
        statements: [
          {
            id: "Murid menunjukkan kemampuan awal menggunakan dan merekayasa teknologi serta untuk mencari informasi, gagasan, dan keterampilan secara aman dan bertanggung jawab.",
            en: "The pupil shows early ability to use and engineer technology and to seek information, ideas and skills safely and responsibly.",
          },
        ],
        source: S25,
        confidence: "secondary",
        remark:
          "The decree has ONE statement for technology and engineering (statement 4 of the 2025 LMS list); it is repeated under cp.lms.rekayasa. The wording is verbatim; the split into two sub-elements is ours.",
        previousVersions: [
          {
            decree: "032/H/KR/2024",
            year: 2024,
            statements: [
              {
                id: "Anak menunjukkan kemampuan awal menggunakan dan merekayasa teknologi serta untuk mencari informasi, gagasan, dan keterampilan secara aman dan bertanggung jawab.",
                en: "The child shows early ability to use and engineer technology and to seek information, ideas and skills safely and responsibly.",
              },
            ],
            source: S24,
            remark: "Labelled 'Rekayasa' in the PinKevin seeder; we file it under both Teknologi and Rekayasa.",
          },
        ],
      },
      {
        id: "cp.lms.rekayasa",
        name: { id: "Rekayasa", en: "Engineering" },
        statements: [
          {
            id: "Murid menunjukkan kemampuan awal menggunakan dan merekayasa teknologi serta untuk mencari informasi, gagasan, dan keterampilan secara aman dan bertanggung jawab.",
            en: "The pupil shows early ability to use and engineer technology and to seek information, ideas and skills safely and responsibly.",
          },
        ],
        source: S25,
        confidence: "secondary",
        remark: "Same single statement as cp.lms.teknologi (see there).",
        previousVersions: [
          {
            decree: "032/H/KR/2024",
            year: 2024,
            statements: [
              {
                id: "Anak menunjukkan kemampuan awal menggunakan dan merekayasa teknologi serta untuk mencari informasi, gagasan, dan keterampilan secara aman dan bertanggung jawab.",
                en: "The child shows early ability to use and engineer technology and to seek information, ideas and skills safely and responsibly.",
              },
            ],
            source: S24,
          },
        ],
      },
      {
        id: "cp.lms.seni",
        name: { id: "Seni", en: "Art" },
        statements: [
          {
            id: "Murid mengeksplorasi berbagai proses seni, mengekspresikannya, serta mengapresiasi karya seni.",
            en: "The pupil explores art processes, expresses them, and appreciates works of art.",
          },
        ],
        source: S25,
        confidence: "verbatim",
        previousVersions: [
          {
            decree: "032/H/KR/2024",
            year: 2024,
            statements: [
              {
                id: "Anak mengeksplorasi berbagai proses seni, mengekspresikannya, serta mengapresiasi karya seni.",
                en: "The child explores art processes, expresses them, and appreciates works of art.",
              },
            ],
            source: S24,
            remark: "Unchanged apart from 'Anak' → 'Murid'.",
          },
        ],
      },
    ],
  },
];
