/**
 * Daily routines of a daycare (TPA) or kindergarten (TK/KB) through which STPPA 137/2014 indicators
 * are observed, and the growth indicators that are evidenced by a measurement instead of an
 * observation.
 *
 * Much of what STPPA asks for — praying, greeting, washing, eating, resting, tidying, staying safe,
 * getting along — is not taught with a Montessori material but lived in the day's routines. Linking
 * routines to indicators lets an educator record evidence where it actually happens, so that, with
 * the Montessori catalog, every 4–5 and 5–6 year indicator has at least one way to be evidenced.
 *
 * The routines, their descriptions and the links are ours (written from common Indonesian daycare
 * and TK practice: penyambutan, doa, makan bersama, sikat gigi, tidur siang, recalling, and so on).
 * A link is listed only where the routine really gives the child the chance to show the behaviour.
 * Indicator ids refer to {@link STPPA_2014_BANDS}.
 *
 * @module
 */

/** A routine that evidences indicators. @category Curricula */
export type RoutineData = {
  /** `routine.<slug>`. */
  readonly id: string;
  readonly name: { readonly id: string; readonly en: string };
  readonly description: { readonly id: string; readonly en: string };
  /** STPPA indicator ids this routine lets an educator observe. */
  readonly supports: readonly string[];
};

/** Growth measure used to evidence a "… sesuai usia" indicator. @category Curricula */
export type GrowthMeasure = "weight" | "height" | "headCircumference" | "weightForHeight";

/** An indicator evidenced by a growth measurement. @category Curricula */
export type MeasurementIndicator = {
  /** STPPA indicator id. */
  readonly indicator: string;
  readonly measure: GrowthMeasure;
};

/** Prefixes short ids (`"nam.a.3"`) with the band: `stppa2014.48-60.nam.a.3`. */
function inBand(band: string, ...short: readonly string[]): string[] {
  return short.map((s) => `stppa2014.${band}.${s}`);
}
const age45 = (...s: readonly string[]) => inBand("48-60", ...s);
const age56 = (...s: readonly string[]) => inBand("60-72", ...s);

/**
 * Daily routines and the STPPA indicators each one lets an educator observe.
 *
 * @example
 * ```ts
 * ROUTINES.find((r) => r.id === "routine.hari-besar-agama")?.supports.includes("stppa2014.60-72.nam.a.5"); // => true
 * ```
 * @category Curricula
 */
export const ROUTINES: readonly RoutineData[] = [
  {
    id: "routine.salam-pagi",
    name: { id: "Penyambutan dan salam pagi", en: "Morning welcome and greetings" },
    description: {
      id: "Pendidik menyambut anak di pintu. Anak memberi dan membalas salam, berpamitan dengan orang tuanya, menyimpan tas dan sepatu di tempatnya sendiri, lalu mencari kartu namanya dan memasangnya di papan kehadiran.",
      en: "The educator welcomes each child at the door. The child greets and returns greetings, says goodbye to the parent, puts bag and shoes in their own place, then finds their name card and puts it on the attendance board.",
    },
    supports: [
      ...age45("nam.a.5", "nam.a.6", "sosem.a.3"),
      ...age56("nam.a.3", "sosem.a.1", "sosem.b.3", "sosem.c.9", "bhs.c.5"),
    ],
  },
  {
    id: "routine.lingkaran-pagi",
    name: { id: "Lingkaran pagi", en: "Morning circle" },
    description: {
      id: "Anak duduk melingkar: membahas hari dan tanggal, cuaca hari ini (gerimis, hujan, cerah, mendung), urutan kegiatan hari ini, menyebutkan perasaannya, dan menceritakan apa yang ingin ia kerjakan.",
      en: "Children sit in a circle: they talk about the day and date, today's weather (drizzle, rain, sunny, cloudy), the order of the day's activities, say how they feel, and tell what they plan to work on.",
    },
    supports: [
      ...age45("kog.a.3", "kog.a.7", "bhs.a.1", "bhs.b.4", "bhs.b.10", "sosem.a.1"),
      ...age56("kog.b.3", "bhs.b.4", "sosem.a.3"),
    ],
  },
  {
    id: "routine.doa-harian",
    name: { id: "Berdoa sebelum dan sesudah kegiatan", en: "Prayers before and after activities" },
    description: {
      id: "Doa pembuka dan penutup hari, doa sebelum dan sesudah makan, doa sebelum tidur, menurut agama masing-masing anak. Pada bayi, pengasuh mengucapkan doa dan kata-kata baik sambil merawat dan menyusui.",
      en: "Prayers to open and close the day, before and after meals and before the nap, each child according to their own religion. With babies, the caregiver says prayers and kind words while feeding and caring for them.",
    },
    supports: [
      "stppa2014.0-3.nam.a.1",
      "stppa2014.6-9.nam.a.2",
      ...age45("nam.a.1", "nam.a.3"),
      ...age56("nam.a.1", "nam.a.6", "sosem.c.7"),
    ],
  },
  {
    id: "routine.ibadah",
    name: { id: "Praktik ibadah", en: "Practising worship" },
    description: {
      id: "Anak mengikuti praktik ibadah sederhana sesuai agama keluarganya (misalnya salat berjamaah, doa bersama, menyanyikan pujian), didampingi pendidik; anak yang berbeda agama mendapat kegiatan ibadahnya sendiri atau menunggu dengan hormat. Bayi melihat kegiatan ibadah di sekitarnya.",
      en: "Children take part in simple worship according to their family's religion (e.g. congregational prayer, praying together, singing hymns), with an educator; children of other religions have their own worship activity or wait respectfully. Babies watch the worship around them.",
    },
    supports: ["stppa2014.9-12.nam.a.1", ...age45("nam.a.2"), ...age56("nam.a.2", "nam.a.6")],
  },
  {
    id: "routine.hari-besar-agama",
    name: { id: "Memperingati hari besar agama", en: "Marking religious holidays" },
    description: {
      id: "Menjelang hari besar agama (Idulfitri, Natal, Nyepi, Waisak, Imlek, dan lainnya) anak mendengar cerita tentang perayaannya, ikut menyiapkan kegiatan sederhana, dan saling mengucapkan selamat kepada teman yang merayakan.",
      en: "Around religious holidays (Eid al-Fitr, Christmas, Nyepi, Vesak, Chinese New Year and others) children hear about the celebration, help prepare a simple activity, and wish friends who celebrate a happy holiday.",
    },
    supports: [...age45("nam.a.1", "sosem.c.3"), ...age56("nam.a.5", "nam.a.6", "sosem.c.7")],
  },
  {
    id: "routine.cuci-tangan",
    name: { id: "Cuci tangan", en: "Handwashing" },
    description: {
      id: "Anak mencuci tangan dengan sabun dan air mengalir sebelum makan, sesudah dari toilet, dan sesudah bermain di luar, lalu mengeringkannya sendiri.",
      en: "Children wash their hands with soap and running water before meals, after the toilet and after outdoor play, and dry them themselves.",
    },
    supports: age56("nam.a.4", "fm.a.5", "sosem.b.3"),
  },
  {
    id: "routine.makan-bersama",
    name: { id: "Makan bersama", en: "Eating together" },
    description: {
      id: "Anak membantu menata meja, berdoa, makan dengan sendok dan garpu, bercakap-cakap dengan teman semeja, menawarkan dan berbagi makanan, dan membereskan alat makannya sendiri.",
      en: "Children help lay the table, pray, eat with spoon and fork, talk with the others at the table, offer and share food, and clear away their own dishes.",
    },
    supports: [
      ...age45("nam.a.3", "kog.a.1", "bhs.b.10", "sosem.b.3"),
      ...age56("fm.a.4", "fm.b.4", "sosem.c.3", "sosem.c.9"),
    ],
  },
  {
    id: "routine.toilet",
    name: { id: "Ke toilet", en: "Using the toilet" },
    description: {
      id: "Anak menyatakan ingin ke toilet, memakai toilet, membersihkan diri dengan air, menyiram, dan merapikan pakaiannya dengan bantuan sesedikit mungkin.",
      en: "Children say when they need the toilet, use it, clean themselves with water, flush and put their clothes right with as little help as possible.",
    },
    supports: [...age45("fm.c.5"), ...age56("fm.a.5", "sosem.b.3")],
  },
  {
    id: "routine.sikat-gigi",
    name: { id: "Sikat gigi setelah makan siang", en: "Brushing teeth after lunch" },
    description: {
      id: "Setelah makan siang anak menyikat gigi sendiri, berkumur, lalu mencuci dan menyimpan sikat giginya.",
      en: "After lunch children brush their own teeth, rinse, and wash and put away their toothbrush.",
    },
    supports: age56("nam.a.4", "fm.a.5"),
  },
  {
    id: "routine.tidur-siang",
    name: { id: "Istirahat dan tidur siang", en: "Rest and nap time" },
    description: {
      id: "Anak menyiapkan alas tidurnya sendiri, mengikuti aturan waktu istirahat (tenang, tidak mengganggu teman), lalu merapikan alas tidurnya setelah bangun.",
      en: "Children set out their own mat, follow the rest-time rules (quiet, not disturbing others), and tidy the mat away after waking.",
    },
    supports: [...age45("sosem.a.4"), ...age56("sosem.b.2", "sosem.b.3")],
  },
  {
    id: "routine.merapikan-mainan",
    name: { id: "Merapikan mainan dan tempat bermain", en: "Tidying toys and the play area" },
    description: {
      id: "Setelah bermain anak mengembalikan mainan dan alat ke rak sesuai jenis dan tempatnya, membersihkan meja atau karpet, dan saling membantu, sering sambil menyanyikan lagu beres-beres.",
      en: "After play children return toys and materials to the shelf by kind and place, wipe the table or rug and help one another, often singing a tidy-up song.",
    },
    supports: [
      ...age45("nam.a.5", "kog.b.1", "sosem.b.3"),
      ...age56("nam.a.4", "fm.c.6", "sosem.b.2", "sosem.b.4", "sosem.c.6", "seni.a.1"),
    ],
  },
  {
    id: "routine.simulasi-menyeberang",
    name: { id: "Simulasi menyeberang jalan", en: "Road-crossing practice" },
    description: {
      id: "Di halaman atau saat berjalan-jalan, anak berlatih menyeberang: berhenti di tepi jalan, menengok kanan-kiri, menyeberang di zebra cross sambil bergandengan, dan mengenali rambu serta lampu lalu lintas.",
      en: "In the yard or on a walk, children practise crossing: stop at the kerb, look right and left, cross at the zebra crossing holding hands, and recognise traffic signs and lights.",
    },
    supports: [...age45("fm.c.7", "bhs.a.2", "bhs.c.1", "sosem.b.1"), ...age56("fm.c.7", "fm.c.8", "bhs.a.1")],
  },
  {
    id: "routine.latihan-evakuasi",
    name: { id: "Latihan evakuasi gempa, kebakaran dan banjir", en: "Earthquake, fire and flood drill" },
    description: {
      id: "Secara berkala anak mengenali bunyi tanda bahaya, berlindung di bawah meja sambil melindungi kepala saat simulasi gempa, lalu keluar dengan tertib ke titik kumpul mengikuti arahan pendidik.",
      en: "Regularly, children learn the sound of the alarm, take cover under a table protecting their head in the earthquake drill, then leave in order to the assembly point following the educator's directions.",
    },
    supports: [...age45("fm.c.6", "bhs.a.2", "sosem.b.1"), ...age56("fm.c.7", "bhs.a.1", "sosem.b.2")],
  },
  {
    id: "routine.senam-pagi",
    name: { id: "Senam pagi", en: "Morning exercise" },
    description: {
      id: "Anak senam bersama mengikuti musik: menirukan gerakan binatang dan alam, melompat, berlari di tempat, gerakan tangan kanan dan kiri, dan gerakan keseimbangan.",
      en: "Children exercise together to music: imitating animals and nature, jumping, running on the spot, right- and left-hand movements, and balance moves.",
    },
    supports: [...age45("fm.a.1", "fm.a.3", "seni.b.6"), ...age56("fm.a.1", "fm.a.2", "fm.a.4")],
  },
  {
    id: "routine.bermain-di-luar",
    name: { id: "Bermain di luar kelas", en: "Outdoor play" },
    description: {
      id: "Waktu bermain bebas di halaman: memanjat dan bergelayut, berlari, melempar, menangkap dan menendang bola, bermain air dan pasir, mengamati tanaman, serangga, angin dan hujan. Bayi diajak ke taman untuk melihat dan mendengar makhluk hidup di sekitarnya.",
      en: "Free play in the yard: climbing and hanging, running, throwing, catching and kicking balls, water and sand play, watching plants, insects, wind and rain. Babies are taken into the garden to see and hear the living things around them.",
    },
    supports: [
      "stppa2014.3-6.nam.a.1",
      "stppa2014.6-9.nam.a.1",
      ...age45("fm.a.2", "fm.a.3", "fm.a.4", "fm.a.5", "fm.a.6", "fm.a.7", "fm.a.8", "kog.a.6", "sosem.a.5"),
      ...age56("fm.a.1", "kog.a.1", "kog.b.4", "sosem.c.1"),
    ],
  },
  {
    id: "routine.permainan-tradisional",
    name: { id: "Permainan tradisional berkelompok", en: "Traditional group games" },
    description: {
      id: "Permainan berkelompok dengan aturan seperti engklek, gobak sodor, ular naga, dan balap karung: anak menunggu giliran, menaati aturan, menerima kalah-menang dengan sportif, dan memberi selamat kepada teman.",
      en: "Group games with rules such as hopscotch (engklek), gobak sodor, ular naga and sack races: children wait their turn, keep the rules, win and lose fairly and congratulate others.",
    },
    supports: [
      ...age45("fm.a.3", "fm.a.6", "sosem.b.2", "sosem.c.1", "sosem.c.2"),
      ...age56("nam.a.3", "fm.a.3", "bhs.a.3", "sosem.c.1", "sosem.c.6"),
    ],
  },
  {
    id: "routine.menyanyi-bersama",
    name: { id: "Menyanyi dan bermusik bersama", en: "Singing and making music together" },
    description: {
      id: "Anak bernyanyi bersama dan bergantian, memilih lagu kesukaan, bertepuk tangan dan bergerak mengikuti irama, dan mengiringi lagu dengan alat musik ritmis sederhana atau tradisional (rebana, angklung, kentongan). Bayi diajak bertepuk tangan mengikuti lagu.",
      en: "Children sing together and in turn, choose favourite songs, clap and move to the rhythm, and accompany songs with simple or traditional rhythm instruments (rebana, angklung, kentongan). Babies are helped to clap along.",
    },
    supports: [
      "stppa2014.9-12.fm.a.2",
      ...age45("seni.a.1", "seni.a.2", "seni.b.1", "seni.b.2", "seni.b.6"),
      ...age56("seni.a.2", "seni.b.1", "seni.b.2"),
    ],
  },
  {
    id: "routine.membaca-bersama",
    name: { id: "Membaca dan bercerita bersama", en: "Story time" },
    description: {
      id: "Pendidik membacakan buku atau mendongeng; anak menirukan kalimat yang berulang, menebak kelanjutan cerita, menjawab dan mengajukan pertanyaan tentang tokoh (baik hati, pelit, berani) dan arti kata baru, lalu menceritakannya kembali.",
      en: "The educator reads a book aloud or tells a folk tale; children join in the repeated lines, guess what happens next, answer and ask questions about the characters (kind, stingy, brave) and new words, then retell the story.",
    },
    supports: [
      ...age45("nam.a.4", "bhs.a.3", "bhs.a.4", "bhs.b.1", "bhs.b.2", "bhs.b.3", "bhs.b.5", "bhs.b.8", "bhs.b.9"),
      ...age56("bhs.a.2", "bhs.a.4", "bhs.b.1", "bhs.b.6", "bhs.b.7", "bhs.c.7"),
    ],
  },
  {
    id: "routine.recalling",
    name: { id: "Recalling (lingkaran penutup)", en: "Recalling (closing circle)" },
    description: {
      id: "Di akhir kegiatan anak menceritakan apa yang ia kerjakan dan mengapa, menunjukkan hasil karyanya, mendengarkan dan menanggapi cerita teman, serta memberi tepuk tangan untuk karya teman.",
      en: "At the end of the session children tell what they did and why, show their work, listen and respond to their friends' accounts, and applaud their friends' work.",
    },
    supports: [
      ...age45("bhs.a.1", "bhs.b.3", "bhs.b.6", "bhs.b.7", "bhs.b.10", "sosem.a.3", "sosem.a.6", "sosem.b.2"),
      ...age56("bhs.b.1", "bhs.b.3", "bhs.b.4", "bhs.b.5", "sosem.c.4"),
    ],
  },
  {
    id: "routine.sudut-damai",
    name: { id: "Menyelesaikan perselisihan di sudut damai", en: "Resolving conflicts at the peace corner" },
    description: {
      id: "Bila terjadi perselisihan, anak diajak ke sudut damai untuk menenangkan diri, menyebutkan perasaannya dan apa yang ia inginkan, mendengarkan perasaan temannya, lalu bersama-sama mencari jalan keluar dan meminta maaf bila perlu.",
      en: "When there is a quarrel, the children go to the peace corner to calm down, say how they feel and what they want, listen to how the other feels, then find a solution together and apologise if needed.",
    },
    supports: [
      ...age45("bhs.b.4", "bhs.b.7", "sosem.a.2", "sosem.c.4"),
      ...age56("kog.a.2", "sosem.a.3", "sosem.b.1", "sosem.b.4", "sosem.c.2", "sosem.c.5", "sosem.c.8"),
    ],
  },
  {
    id: "routine.antre-bergiliran",
    name: { id: "Antre dan bergiliran", en: "Queuing and taking turns" },
    description: {
      id: "Anak antre di wastafel, saat mengambil makanan dan di perosotan, menunggu gilirannya memakai alat, dan mengatakan bila gilirannya dilewati.",
      en: "Children queue at the sink, for food and at the slide, wait their turn to use a material, and speak up when their turn is skipped.",
    },
    supports: [...age45("nam.a.5", "sosem.a.4", "sosem.c.3"), ...age56("sosem.b.1", "sosem.b.2", "sosem.c.4")],
  },
  {
    id: "routine.piket-kelas",
    name: { id: "Piket kelas", en: "Class helper duties" },
    description: {
      id: "Bergiliran anak mendapat tugas harian: menata meja makan, menyapu, menyiram tanaman, memberi makan ikan, atau membagikan alat kepada teman.",
      en: "In turn children take a daily job: laying the table, sweeping, watering plants, feeding the fish, or handing out materials to friends.",
    },
    supports: [...age45("nam.a.5", "sosem.b.3"), ...age56("nam.a.4", "fm.c.6", "sosem.b.4", "sosem.c.6")],
  },
  {
    id: "routine.berkebun",
    name: { id: "Merawat tanaman dan hewan kelas", en: "Caring for plants and class animals" },
    description: {
      id: "Anak menanam, menyiram dan mengamati tanaman serta hewan peliharaan kelas, memperhatikan apa yang terjadi pada tanah yang disiram dan daun yang tertiup angin. Bayi diajak melihat ikan dan tanaman.",
      en: "Children plant, water and watch the plants and class animals, noticing what happens to watered soil and to leaves in the wind. Babies are shown the fish and plants.",
    },
    supports: [
      "stppa2014.3-6.nam.a.1",
      "stppa2014.6-9.nam.a.1",
      ...age45("kog.a.6"),
      ...age56("kog.a.1", "kog.b.4", "sosem.b.4"),
    ],
  },
  {
    id: "routine.penjemputan",
    name: { id: "Penjemputan", en: "Pick-up time" },
    description: {
      id: "Anak hanya pulang bersama orang dewasa yang tercatat sebagai penjemput; anak belajar tidak ikut orang yang belum dikenal, berpamitan kepada pendidik dan teman, dan memberi salam kepada penjemputnya.",
      en: "Children leave only with an adult registered to collect them; they learn not to go with people they do not know, say goodbye to educators and friends, and greet the person collecting them.",
    },
    supports: [...age45("nam.a.6", "sosem.b.1"), ...age56("sosem.a.2", "sosem.c.9")],
  },
  {
    id: "routine.edukasi-kesehatan",
    name: { id: "Obrolan kesehatan", en: "Health talks" },
    description: {
      id: "Secara berkala, dalam tema kesehatan atau saat kunjungan petugas Puskesmas, anak membicarakan cara menutup hidung dan mulut saat batuk atau bersin, akibat tidak mencuci tangan, bahaya rokok dan minuman keras, serta benda dan tempat yang berbahaya.",
      en: "From time to time, within a health theme or when a Puskesmas health worker visits, children talk about covering nose and mouth when coughing or sneezing, what happens if hands are not washed, the harm of smoking and alcohol, and dangerous objects and places.",
    },
    supports: [...age45("kog.b.2"), ...age56("fm.c.5", "fm.c.7", "fm.c.9")],
  },
  {
    id: "routine.penimbangan",
    name: { id: "Penimbangan dan pengukuran bulanan", en: "Monthly weighing and measuring" },
    description: {
      id: "Setiap bulan pendidik atau petugas kesehatan menimbang berat badan, mengukur tinggi badan dan lingkar kepala anak, lalu mencatatnya dan membandingkannya dengan standar pertumbuhan (Buku KIA/KMS).",
      en: "Every month an educator or health worker weighs the child and measures height and head circumference, records them and compares them with the growth standards (Buku KIA/KMS).",
    },
    supports: [...age45("fm.c.1", "fm.c.2", "fm.c.3", "fm.c.4"), ...age56("fm.c.1", "fm.c.2", "fm.c.3", "fm.c.4")],
  },
  {
    id: "routine.jurnal-pagi",
    name: { id: "Jurnal pagi", en: "Morning journal" },
    description: {
      id: "Setelah datang anak menggambar di buku jurnalnya tentang pengalaman atau benda di sekitarnya dengan berbagai warna, lalu menuliskan atau meniru menulis namanya dan hal yang ia gambar.",
      en: "After arriving children draw in their journal about an experience or something around them, using many colours, then write or copy their name and what they drew.",
    },
    supports: [
      ...age45("fm.b.5", "bhs.c.3", "bhs.c.4", "sosem.a.6", "seni.b.7", "seni.b.10"),
      ...age56("fm.b.1", "fm.b.7", "bhs.c.6", "seni.b.4"),
    ],
  },
  {
    id: "routine.bermain-peran",
    name: { id: "Bermain peran", en: "Pretend play" },
    description: {
      id: "Pada waktu bermain bebas anak memilih tema dan bermain pura-pura (rumah-rumahan, pasar, dokter, menirukan binatang): memakai benda sebagai pengganti benda lain, memerankan anggota keluarga, bercakap-cakap dalam peran, dan membedakan cerita khayalan dengan kenyataan.",
      en: "During free play children choose a theme and pretend (house, market, doctor, acting out animals): using one object for another, playing family members, talking in role, and telling make-believe from reality.",
    },
    supports: [
      ...age45("kog.a.2", "kog.a.8", "bhs.b.10", "seni.b.3", "seni.b.4", "seni.b.5", "seni.b.9"),
      ...age56("kog.b.2", "sosem.c.1", "sosem.c.6", "seni.b.3"),
    ],
  },
  {
    id: "routine.bermain-konstruksi",
    name: { id: "Bermain balok dan bahan lepas", en: "Block and loose-parts play" },
    description: {
      id: "Pada waktu bermain bebas anak membangun dengan balok, bahan lepas dan plastisin: membuat bangunan atau benda yang pernah dilihatnya, mencoba lagi ketika bangunan roboh, dan mencari cara baru bersama teman.",
      en: "During free play children build with blocks, loose parts and plasticine: making buildings or things they have seen, trying again when a tower falls, and finding new ways together with friends.",
    },
    supports: [
      ...age45("fm.b.4", "kog.a.5", "sosem.a.5", "seni.b.8"),
      ...age56("fm.b.3", "kog.a.3", "kog.a.4", "sosem.c.6", "seni.b.6"),
    ],
  },
  {
    id: "routine.waktu-tengkurap",
    name: { id: "Waktu tengkurap dan bermain di lantai (bayi)", en: "Tummy time and floor play (babies)" },
    description: {
      id: "Bayi diletakkan di alas lantai yang aman dengan mainan di dekatnya: tengkurap, menoleh mengikuti suara, berguling, duduk bersandar atau tanpa sandaran, merangkak, meraih, memukul dan menjatuhkan mainan, berdiri dan berjalan berpegangan pada perabot.",
      en: "Babies are placed on a safe floor mat with toys nearby: lying on the tummy, turning towards sounds, rolling, sitting with or without support, crawling, reaching, banging and dropping toys, standing and cruising along furniture.",
    },
    supports: [
      "stppa2014.0-3.fm.a.1",
      "stppa2014.0-3.fm.a.2",
      "stppa2014.0-3.fm.a.3",
      "stppa2014.3-6.fm.a.1",
      "stppa2014.3-6.fm.a.2",
      "stppa2014.3-6.fm.a.4",
      "stppa2014.6-9.fm.a.1",
      "stppa2014.6-9.fm.a.2",
      "stppa2014.6-9.fm.a.3",
      "stppa2014.6-9.fm.a.4",
      "stppa2014.6-9.fm.a.5",
      "stppa2014.6-9.fm.a.6",
      "stppa2014.9-12.fm.a.1",
    ],
  },
  {
    id: "routine.perawatan-bayi",
    name: { id: "Perawatan bayi: menyusu, mengganti popok, mandi", en: "Baby care: feeding, nappy change, bath" },
    description: {
      id: "Saat menyusu dari botol, mengganti popok dan mandi, pengasuh berbicara lembut dan memberi waktu bayi menggenggam jari pengasuh, memainkan jari tangan dan kakinya, dan mengangkat kedua kakinya.",
      en: "During bottle feeds, nappy changes and baths the caregiver talks gently and gives the baby time to grasp the caregiver's finger, play with fingers and toes, and lift both legs.",
    },
    supports: [
      "stppa2014.0-3.fm.b.1",
      "stppa2014.0-3.fm.b.2",
      "stppa2014.0-3.fm.b.3",
      "stppa2014.3-6.fm.a.3",
    ],
  },
];

/**
 * The "… sesuai usia" growth indicators of 4–5 and 5–6 years, evidenced by a growth measurement
 * (berat badan, tinggi badan, lingkar kepala) rather than by an observation. `weightForHeight`
 * needs both weight and height from the same measurement.
 *
 * @category Curricula
 */
export const MEASUREMENT_INDICATORS: readonly MeasurementIndicator[] = [
  { indicator: "stppa2014.48-60.fm.c.1", measure: "weight" },
  { indicator: "stppa2014.48-60.fm.c.2", measure: "height" },
  { indicator: "stppa2014.48-60.fm.c.3", measure: "weightForHeight" },
  { indicator: "stppa2014.48-60.fm.c.4", measure: "headCircumference" },
  { indicator: "stppa2014.60-72.fm.c.1", measure: "weight" },
  { indicator: "stppa2014.60-72.fm.c.2", measure: "height" },
  { indicator: "stppa2014.60-72.fm.c.3", measure: "weightForHeight" },
  { indicator: "stppa2014.60-72.fm.c.4", measure: "headCircumference" },
];
