/**
 * Sample learning goals (Tujuan Pembelajaran, TP) for four age groups, linked to CP sub-elements.
 *
 * WRITTEN BY US. These are not official texts: Kurikulum Merdeka leaves TP and ATP to each centre
 * (CP is an end-of-phase target, "tidak perlu dikunci menjadi capaian per usia"). The set is a
 * starting point that a centre replaces with its own ATP. Wording draws on common Indonesian TP
 * phrasing and on the 2025 CP statements; the progression (2–3 y simple, 5–6 y school readiness) is
 * our judgement, not a standard.
 *
 * Ids: `tp.<group>.<element>.<n>` with element nab | jd | lms and n counted per group and element.
 *
 * @module
 */
import type { CpSubElementId, CpText } from "./elements.js";

/** Age groups (months, half-open) used for the sample goals. */
export type SampleGoalGroup = "24-36" | "36-48" | "48-60" | "60-72";

export interface SampleLearningGoal {
  /** `tp.<group>.<element>.<n>` */
  id: string;
  group: SampleGoalGroup;
  subElement: CpSubElementId;
  /** Written by us. */
  text: CpText;
}

/** Notice to show wherever the sample goals are offered. */
export const SAMPLE_GOALS_NOTICE: CpText = {
  id: "Tujuan pembelajaran ini adalah CONTOH yang kami tulis, bukan teks resmi. Kurikulum Merdeka memberi keleluasaan kepada satuan PAUD untuk menyusun tujuan dan alur tujuan pembelajaran sendiri; gantilah contoh ini dengan TP/ATP satuan Anda.",
  en: "These learning goals are a SAMPLE written by us, not official text. Kurikulum Merdeka leaves each PAUD centre free to write its own learning goals and learning-goal sequence; replace this sample with your centre's own TP/ATP.",
};

/**
 * The sample learning goals (18 per group, 72 in all), with explicit ids so that editing the list
 * never renumbers existing goals. Written by us; see {@link SAMPLE_GOALS_NOTICE}.
 */
export const SAMPLE_LEARNING_GOALS: readonly SampleLearningGoal[] = [
  // ---------- 24-36 months ----------
  {
    id: "tp.24-36.nab.1",
    group: "24-36",
    subElement: "cp.nab.agama",
    text: {
      id: "Anak ikut bersikap berdoa (diam, melipat tangan, atau menirukan ucapan doa) saat doa bersama sebelum makan, sesuai kebiasaan agama keluarganya.",
      en: "Joins the group prayer before meals (being quiet, folding hands or repeating the words), following the religious practice of their family.",
    },
  },
  {
    id: "tp.24-36.nab.2",
    group: "24-36",
    subElement: "cp.nab.syukur",
    text: {
      id: "Anak mencuci tangan dengan sabun dan air mengalir sebelum makan dengan bantuan orang dewasa.",
      en: "Washes hands with soap and running water before eating, with an adult's help.",
    },
  },
  {
    id: "tp.24-36.nab.3",
    group: "24-36",
    subElement: "cp.nab.budi-pekerti",
    text: {
      id: "Anak mengucapkan atau memberi isyarat 'terima kasih' saat menerima sesuatu, dengan contoh dari orang dewasa.",
      en: "Says or signs 'thank you' when given something, following an adult's example.",
    },
  },
  {
    id: "tp.24-36.nab.4",
    group: "24-36",
    subElement: "cp.nab.budi-pekerti",
    text: {
      id: "Anak menyentuh hewan dan tanaman dengan lembut saat didampingi (misalnya mengelus kucing, menyiram tanaman dengan gembor kecil).",
      en: "Touches animals and plants gently with an adult nearby (e.g. stroking a cat, watering a plant with a small can).",
    },
  },
  {
    id: "tp.24-36.jd.1",
    group: "24-36",
    subElement: "cp.jd.identitas",
    text: {
      id: "Anak menyebutkan nama panggilannya dan menunjuk fotonya sendiri di antara foto teman-teman.",
      en: "Says their own name and points to their own photo among classmates' photos.",
    },
  },
  {
    id: "tp.24-36.jd.2",
    group: "24-36",
    subElement: "cp.jd.identitas",
    text: {
      id: "Anak mengikuti urutan kebiasaan saat datang (menaruh tas, melepas sepatu, mencuci tangan) dengan pengingat kata atau gambar.",
      en: "Follows the arrival routine (putting away the bag, taking off shoes, washing hands) with word or picture reminders.",
    },
  },
  {
    id: "tp.24-36.jd.3",
    group: "24-36",
    subElement: "cp.jd.sosem",
    text: {
      id: "Anak menunjukkan rasa senang, sedih, atau marah dengan ekspresi atau kata sederhana dan mau ditenangkan oleh pendidik.",
      en: "Shows happiness, sadness or anger with facial expressions or simple words and accepts comfort from the teacher.",
    },
  },
  {
    id: "tp.24-36.jd.4",
    group: "24-36",
    subElement: "cp.jd.sosem",
    text: {
      id: "Anak bermain berdampingan dengan teman dan mulai bergantian memakai mainan dengan bantuan pendidik.",
      en: "Plays alongside other children and begins to take turns with toys with the teacher's help.",
    },
  },
  {
    id: "tp.24-36.jd.5",
    group: "24-36",
    subElement: "cp.jd.fisik-motorik",
    text: {
      id: "Anak berjalan, berlari, dan naik-turun tangga rendah sambil berpegangan.",
      en: "Walks, runs, and climbs up and down low steps while holding on.",
    },
  },
  {
    id: "tp.24-36.jd.6",
    group: "24-36",
    subElement: "cp.jd.fisik-motorik",
    text: {
      id: "Anak makan sendiri dengan sendok, memasukkan benda ke wadah, dan menuang biji-bijian kering dari satu gelas ke gelas lain.",
      en: "Feeds themselves with a spoon, puts objects into a container, and pours dry beans from one cup to another.",
    },
  },
  {
    id: "tp.24-36.lms.1",
    group: "24-36",
    subElement: "cp.lms.literasi",
    text: {
      id: "Anak menunjuk gambar di buku saat namanya disebut dan menyebutkan nama benda yang dikenalnya.",
      en: "Points to a picture in a book when it is named and names familiar objects.",
    },
  },
  {
    id: "tp.24-36.lms.2",
    group: "24-36",
    subElement: "cp.lms.literasi",
    text: {
      id: "Anak ikut membalik halaman buku bergambar dan menyimak cerita pendek yang dibacakan.",
      en: "Helps turn the pages of a picture book and listens to a short story read aloud.",
    },
  },
  {
    id: "tp.24-36.lms.3",
    group: "24-36",
    subElement: "cp.lms.matematika",
    text: {
      id: "Anak memasangkan benda yang sama (misalnya kaus kaki, tutup dengan wadahnya).",
      en: "Matches identical objects (e.g. pairs of socks, a lid with its container).",
    },
  },
  {
    id: "tp.24-36.lms.4",
    group: "24-36",
    subElement: "cp.lms.matematika",
    text: {
      id: "Anak membedakan 'satu' dan 'banyak' serta 'besar' dan 'kecil' pada benda nyata.",
      en: "Tells 'one' from 'many' and 'big' from 'small' with real objects.",
    },
  },
  {
    id: "tp.24-36.lms.5",
    group: "24-36",
    subElement: "cp.lms.sains",
    text: {
      id: "Anak menjelajahi air, pasir, dan bahan alam dengan pancaindra dan memperhatikan apa yang terjadi (misalnya pasir basah bisa dibentuk).",
      en: "Explores water, sand and natural materials with the senses and notices what happens (e.g. wet sand can be shaped).",
    },
  },
  {
    id: "tp.24-36.lms.6",
    group: "24-36",
    subElement: "cp.lms.teknologi",
    text: {
      id: "Anak menggunakan alat sehari-hari sesuai fungsinya dengan pendampingan (sendok, sikat gigi, sekop pasir).",
      en: "Uses everyday tools for their purpose with an adult nearby (spoon, toothbrush, sand scoop).",
    },
  },
  {
    id: "tp.24-36.lms.7",
    group: "24-36",
    subElement: "cp.lms.rekayasa",
    text: {
      id: "Anak menumpuk tiga sampai empat balok dan menyusunnya lagi setelah roboh.",
      en: "Stacks three or four blocks and builds them again after they fall.",
    },
  },
  {
    id: "tp.24-36.lms.8",
    group: "24-36",
    subElement: "cp.lms.seni",
    text: {
      id: "Anak mencoret-coret dengan krayon besar dan bergerak mengikuti irama lagu anak.",
      en: "Scribbles with chunky crayons and moves to the rhythm of children's songs.",
    },
  },
  // ---------- 36-48 months ----------
  {
    id: "tp.36-48.nab.1",
    group: "36-48",
    subElement: "cp.nab.agama",
    text: {
      id: "Anak mengikuti doa pendek sebelum dan sesudah kegiatan sesuai agamanya dan menyebutkan bahwa Tuhan menciptakan manusia, hewan, dan tumbuhan.",
      en: "Joins short prayers before and after activities in their own religion and says that God created people, animals and plants.",
    },
  },
  {
    id: "tp.36-48.nab.2",
    group: "36-48",
    subElement: "cp.nab.syukur",
    text: {
      id: "Anak mencuci tangan sendiri, menggosok gigi dengan sedikit bantuan, dan memberi tahu pendidik saat ingin ke toilet.",
      en: "Washes hands independently, brushes teeth with a little help, and tells the teacher when they need the toilet.",
    },
  },
  {
    id: "tp.36-48.nab.3",
    group: "36-48",
    subElement: "cp.nab.budi-pekerti",
    text: {
      id: "Anak mengucapkan tolong, maaf, dan terima kasih dengan pengingat, dan mau bermain dengan teman yang berbeda dari dirinya.",
      en: "Says please, sorry and thank you with reminders, and is willing to play with children who are different from them.",
    },
  },
  {
    id: "tp.36-48.nab.4",
    group: "36-48",
    subElement: "cp.nab.budi-pekerti",
    text: {
      id: "Anak bergiliran membantu merawat tanaman kelas atau memberi makan hewan peliharaan kelas.",
      en: "Takes turns helping to look after the class plants or feed the class pet.",
    },
  },
  {
    id: "tp.36-48.jd.1",
    group: "36-48",
    subElement: "cp.jd.identitas",
    text: {
      id: "Anak menyebutkan nama, usia, jenis kelamin, dan nama anggota keluarganya.",
      en: "Says their name, age, gender and the names of family members.",
    },
  },
  {
    id: "tp.36-48.jd.2",
    group: "36-48",
    subElement: "cp.jd.identitas",
    text: {
      id: "Anak mengikuti aturan kelas sederhana (mengembalikan alat ke rak, menunggu giliran) dengan pengingat.",
      en: "Follows simple class rules (returning materials to the shelf, waiting for a turn) with reminders.",
    },
  },
  {
    id: "tp.36-48.jd.3",
    group: "36-48",
    subElement: "cp.jd.sosem",
    text: {
      id: "Anak menyebut perasaannya dengan kata (senang, sedih, marah, takut) dan mencoba cara menenangkan diri yang diajarkan.",
      en: "Names their feelings in words (happy, sad, angry, scared) and tries the calming strategies they have been shown.",
    },
  },
  {
    id: "tp.36-48.jd.4",
    group: "36-48",
    subElement: "cp.jd.sosem",
    text: {
      id: "Anak bermain bersama dalam kelompok kecil dan mulai berbagi serta bergantian.",
      en: "Plays together in a small group and begins to share and take turns.",
    },
  },
  {
    id: "tp.36-48.jd.5",
    group: "36-48",
    subElement: "cp.jd.fisik-motorik",
    text: {
      id: "Anak melompat dengan dua kaki, menendang bola, dan berjalan di atas garis.",
      en: "Jumps with both feet, kicks a ball, and walks along a line.",
    },
  },
  {
    id: "tp.36-48.jd.6",
    group: "36-48",
    subElement: "cp.jd.fisik-motorik",
    text: {
      id: "Anak menuang air dari teko kecil, menjepit benda dengan penjepit, meronce manik-manik besar, dan membuka-menutup kancing besar.",
      en: "Pours water from a small jug, picks things up with tongs, threads large beads, and does and undoes large buttons.",
    },
  },
  {
    id: "tp.36-48.lms.1",
    group: "36-48",
    subElement: "cp.lms.literasi",
    text: {
      id: "Anak menceritakan pengalamannya dengan kalimat sederhana dan menjawab pertanyaan apa, siapa, dan di mana.",
      en: "Tells about their experiences in simple sentences and answers what, who and where questions.",
    },
  },
  {
    id: "tp.36-48.lms.2",
    group: "36-48",
    subElement: "cp.lms.literasi",
    text: {
      id: "Anak memegang buku dengan benar, membalik halaman satu per satu, dan 'membaca' gambar.",
      en: "Holds a book the right way up, turns pages one at a time, and 'reads' the pictures.",
    },
  },
  {
    id: "tp.36-48.lms.3",
    group: "36-48",
    subElement: "cp.lms.matematika",
    text: {
      id: "Anak membilang benda sampai lima sambil menunjuk satu per satu.",
      en: "Counts objects up to five, pointing to each one.",
    },
  },
  {
    id: "tp.36-48.lms.4",
    group: "36-48",
    subElement: "cp.lms.matematika",
    text: {
      id: "Anak mengelompokkan benda menurut warna, bentuk, atau ukuran dan melanjutkan pola dua unsur (merah-biru-merah-biru).",
      en: "Sorts objects by colour, shape or size and continues a two-part pattern (red-blue-red-blue).",
    },
  },
  {
    id: "tp.36-48.lms.5",
    group: "36-48",
    subElement: "cp.lms.sains",
    text: {
      id: "Anak mengamati perubahan sederhana (es mencair, benda tenggelam atau terapung) dan menyebutkan apa yang dilihatnya.",
      en: "Watches simple changes (ice melting, objects sinking or floating) and says what they see.",
    },
  },
  {
    id: "tp.36-48.lms.6",
    group: "36-48",
    subElement: "cp.lms.teknologi",
    text: {
      id: "Anak menggunakan gunting anak untuk menggunting lurus dan memakai alat sesuai fungsinya dengan aman.",
      en: "Uses child scissors to cut in a straight line and uses tools for their purpose safely.",
    },
  },
  {
    id: "tp.36-48.lms.7",
    group: "36-48",
    subElement: "cp.lms.rekayasa",
    text: {
      id: "Anak membangun menara atau jembatan dari balok dan mencoba cara lain ketika bangunannya roboh.",
      en: "Builds a tower or bridge from blocks and tries another way when it falls down.",
    },
  },
  {
    id: "tp.36-48.lms.8",
    group: "36-48",
    subElement: "cp.lms.seni",
    text: {
      id: "Anak menggambar, melukis dengan jari atau kuas, dan menyanyikan lagu anak sambil bertepuk mengikuti irama.",
      en: "Draws, paints with fingers or a brush, and sings children's songs while clapping the rhythm.",
    },
  },
  // ---------- 48-60 months ----------
  {
    id: "tp.48-60.nab.1",
    group: "48-60",
    subElement: "cp.nab.agama",
    text: {
      id: "Anak melafalkan doa-doa pendek sesuai agamanya, menirukan gerakan ibadah sederhana, dan menyebutkan hari besar agamanya.",
      en: "Recites short prayers of their religion, imitates simple acts of worship, and names the holy days of their religion.",
    },
  },
  {
    id: "tp.48-60.nab.2",
    group: "48-60",
    subElement: "cp.nab.syukur",
    text: {
      id: "Anak membiasakan hidup bersih dan sehat (mencuci tangan, menggosok gigi, membuang sampah pada tempatnya) dan mengenali benda yang berbahaya.",
      en: "Keeps clean and healthy habits (washing hands, brushing teeth, putting rubbish in the bin) and recognises dangerous objects.",
    },
  },
  {
    id: "tp.48-60.nab.3",
    group: "48-60",
    subElement: "cp.nab.budi-pekerti",
    text: {
      id: "Anak berperilaku sopan, menolong teman, dan menghargai teman yang berbeda agama, suku, atau kemampuan.",
      en: "Behaves politely, helps friends, and respects friends of a different religion, ethnic group or ability.",
    },
  },
  {
    id: "tp.48-60.nab.4",
    group: "48-60",
    subElement: "cp.nab.budi-pekerti",
    text: {
      id: "Anak menyiram tanaman, memilah sampah organik dan anorganik dengan bimbingan, dan menyayangi hewan.",
      en: "Waters plants, sorts organic and inorganic rubbish with guidance, and treats animals kindly.",
    },
  },
  {
    id: "tp.48-60.jd.1",
    group: "48-60",
    subElement: "cp.jd.identitas",
    text: {
      id: "Anak menceritakan hal yang disukai dan tidak disukainya serta ciri-ciri dirinya.",
      en: "Talks about what they like and dislike and describes their own features.",
    },
  },
  {
    id: "tp.48-60.jd.2",
    group: "48-60",
    subElement: "cp.jd.identitas",
    text: {
      id: "Anak mengetahui perannya di keluarga dan di kelas (misalnya petugas piket) dan mengikuti aturan bersama.",
      en: "Knows their role in the family and in class (e.g. helper of the day) and follows shared rules.",
    },
  },
  {
    id: "tp.48-60.jd.3",
    group: "48-60",
    subElement: "cp.jd.sosem",
    text: {
      id: "Anak mengungkapkan keinginan dan perasaannya dengan kalimat dan menyelesaikan perebutan mainan dengan bantuan pendidik.",
      en: "Expresses wishes and feelings in sentences and settles a quarrel over a toy with the teacher's help.",
    },
  },
  {
    id: "tp.48-60.jd.4",
    group: "48-60",
    subElement: "cp.jd.sosem",
    text: {
      id: "Anak menunggu giliran, bekerja sama dalam kelompok kecil, dan menunjukkan empati saat teman sedih.",
      en: "Waits for a turn, cooperates in a small group, and shows empathy when a friend is sad.",
    },
  },
  {
    id: "tp.48-60.jd.5",
    group: "48-60",
    subElement: "cp.jd.fisik-motorik",
    text: {
      id: "Anak melompat dengan satu kaki, menangkap bola besar, dan meniti papan titian.",
      en: "Hops on one foot, catches a large ball, and walks along a balance beam.",
    },
  },
  {
    id: "tp.48-60.jd.6",
    group: "48-60",
    subElement: "cp.jd.fisik-motorik",
    text: {
      id: "Anak memakai dan melepas baju serta sepatu sendiri, menjahit kartu jelujur, dan menggunting mengikuti garis.",
      en: "Puts on and takes off clothes and shoes independently, laces a sewing card, and cuts along a line.",
    },
  },
  {
    id: "tp.48-60.lms.1",
    group: "48-60",
    subElement: "cp.lms.literasi",
    text: {
      id: "Anak menceritakan kembali isi cerita sederhana dengan urutan awal, tengah, dan akhir.",
      en: "Retells a simple story with a beginning, middle and end.",
    },
  },
  {
    id: "tp.48-60.lms.2",
    group: "48-60",
    subElement: "cp.lms.literasi",
    text: {
      id: "Anak mengenali bunyi awal kata (misalnya /b/ pada 'bola'), mengenali beberapa huruf pada namanya, dan membuat coretan yang menyerupai tulisan.",
      en: "Hears the first sound of words (e.g. /b/ in 'bola'), recognises some letters of their name, and makes writing-like marks.",
    },
  },
  {
    id: "tp.48-60.lms.3",
    group: "48-60",
    subElement: "cp.lms.matematika",
    text: {
      id: "Anak membilang benda sampai sepuluh dan memasangkan banyak benda dengan lambang bilangannya.",
      en: "Counts objects up to ten and matches a quantity with its numeral.",
    },
  },
  {
    id: "tp.48-60.lms.4",
    group: "48-60",
    subElement: "cp.lms.matematika",
    text: {
      id: "Anak mengurutkan benda dari yang terkecil ke terbesar atau terpendek ke terpanjang dan mengenal lingkaran, segitiga, dan segi empat.",
      en: "Orders objects from smallest to largest or shortest to longest and knows circles, triangles and rectangles.",
    },
  },
  {
    id: "tp.48-60.lms.5",
    group: "48-60",
    subElement: "cp.lms.sains",
    text: {
      id: "Anak melakukan percobaan sederhana (mencampur warna, menanam biji), menebak hasilnya, dan menyebutkan alasan sederhana.",
      en: "Does simple experiments (mixing colours, planting seeds), predicts the result, and gives a simple reason.",
    },
  },
  {
    id: "tp.48-60.lms.6",
    group: "48-60",
    subElement: "cp.lms.teknologi",
    text: {
      id: "Anak menggunakan alat sederhana (pelubang kertas, pipet, kaca pembesar) untuk mencari tahu dan berkarya dengan aman.",
      en: "Uses simple tools (hole punch, dropper, magnifying glass) to find things out and make things safely.",
    },
  },
  {
    id: "tp.48-60.lms.7",
    group: "48-60",
    subElement: "cp.lms.rekayasa",
    text: {
      id: "Anak merencanakan dan membangun bangunan dari balok atau bahan bekas, lalu memperbaikinya bila belum berhasil.",
      en: "Plans and builds a structure from blocks or recycled materials, then improves it if it does not work.",
    },
  },
  {
    id: "tp.48-60.lms.8",
    group: "48-60",
    subElement: "cp.lms.seni",
    text: {
      id: "Anak membuat karya dengan berbagai bahan (kolase, plastisin), menari mengikuti irama, dan menceritakan karyanya.",
      en: "Makes works with different materials (collage, play dough), dances to a rhythm, and talks about what they made.",
    },
  },
  // ---------- 60-72 months ----------
  {
    id: "tp.60-72.nab.1",
    group: "60-72",
    subElement: "cp.nab.agama",
    text: {
      id: "Anak berdoa sebelum dan sesudah kegiatan secara mandiri, melakukan ibadah sesuai agamanya dengan bimbingan, dan mengenal tempat ibadah agama lain.",
      en: "Prays before and after activities independently, performs worship of their religion with guidance, and knows the places of worship of other religions.",
    },
  },
  {
    id: "tp.60-72.nab.2",
    group: "60-72",
    subElement: "cp.nab.syukur",
    text: {
      id: "Anak menjaga kebersihan diri dan memakai toilet secara mandiri, memilih makanan sehat, dan mengikuti aturan keselamatan (menyeberang jalan, menjauhi benda berbahaya).",
      en: "Keeps themselves clean and uses the toilet independently, chooses healthy food, and follows safety rules (crossing the road, staying away from dangerous things).",
    },
  },
  {
    id: "tp.60-72.nab.3",
    group: "60-72",
    subElement: "cp.nab.budi-pekerti",
    text: {
      id: "Anak berkata jujur, meminta maaf secara spontan, dan bersikap toleran terhadap perbedaan teman.",
      en: "Tells the truth, says sorry without being prompted, and is tolerant of friends' differences.",
    },
  },
  {
    id: "tp.60-72.nab.4",
    group: "60-72",
    subElement: "cp.nab.budi-pekerti",
    text: {
      id: "Anak merawat tanaman atau hewan secara bertanggung jawab dan menjelaskan mengapa makhluk hidup perlu dijaga.",
      en: "Looks after plants or animals responsibly and explains why living things need care.",
    },
  },
  {
    id: "tp.60-72.jd.1",
    group: "60-72",
    subElement: "cp.jd.identitas",
    text: {
      id: "Anak menyebutkan nama lengkap, nama orang tua, dan alamat sederhananya, serta menceritakan kelebihannya dengan bangga.",
      en: "Says their full name, their parents' names and a simple address, and talks proudly about their strengths.",
    },
  },
  {
    id: "tp.60-72.jd.2",
    group: "60-72",
    subElement: "cp.jd.identitas",
    text: {
      id: "Anak mengenal simbol negara (bendera, lagu kebangsaan), menyebutkan budaya daerahnya, dan mengetahui adanya negara lain.",
      en: "Knows national symbols (flag, national anthem), names features of their regional culture, and knows that other countries exist.",
    },
  },
  {
    id: "tp.60-72.jd.3",
    group: "60-72",
    subElement: "cp.jd.sosem",
    text: {
      id: "Anak mengelola emosi dengan cara yang sesuai (menarik napas, meminta waktu tenang, berbicara) dan beradaptasi dengan situasi baru.",
      en: "Manages emotions in suitable ways (deep breaths, asking for quiet time, talking) and adapts to new situations.",
    },
  },
  {
    id: "tp.60-72.jd.4",
    group: "60-72",
    subElement: "cp.jd.sosem",
    text: {
      id: "Anak bekerja sama menyelesaikan tugas kelompok, membuat kesepakatan, dan menyelesaikan konflik kecil dengan berunding.",
      en: "Works with others to finish a group task, makes agreements, and settles small conflicts by talking it through.",
    },
  },
  {
    id: "tp.60-72.jd.5",
    group: "60-72",
    subElement: "cp.jd.fisik-motorik",
    text: {
      id: "Anak melakukan gerakan terkoordinasi dalam permainan beraturan (lompat tali, bermain bola, senam) dengan seimbang dan lincah.",
      en: "Moves with coordination in rule-based games (skipping rope, ball games, exercises) with balance and agility.",
    },
  },
  {
    id: "tp.60-72.jd.6",
    group: "60-72",
    subElement: "cp.jd.fisik-motorik",
    text: {
      id: "Anak memegang pensil dengan benar, mengancingkan baju, mengikat tali sepatu, dan menggunting bentuk.",
      en: "Holds a pencil correctly, buttons clothes, ties shoelaces, and cuts out shapes.",
    },
  },
  {
    id: "tp.60-72.lms.1",
    group: "60-72",
    subElement: "cp.lms.literasi",
    text: {
      id: "Anak menyimak dan mengikuti instruksi bertahap, bertanya, dan menyampaikan pendapat dalam percakapan kelompok.",
      en: "Listens to and follows multi-step instructions, asks questions, and gives opinions in group conversations.",
    },
  },
  {
    id: "tp.60-72.lms.2",
    group: "60-72",
    subElement: "cp.lms.literasi",
    text: {
      id: "Anak mengenali sebagian besar huruf beserta bunyinya, membaca gambar dan beberapa kata yang bermakna baginya, dan menulis namanya sendiri.",
      en: "Recognises most letters and their sounds, reads pictures and some words that matter to them, and writes their own name.",
    },
  },
  {
    id: "tp.60-72.lms.3",
    group: "60-72",
    subElement: "cp.lms.matematika",
    text: {
      id: "Anak membilang sampai dua puluh, membandingkan banyak benda (lebih banyak, lebih sedikit, sama), dan menggabungkan serta memisahkan kumpulan benda sampai sepuluh.",
      en: "Counts to twenty, compares quantities (more, fewer, the same), and combines and separates sets of objects up to ten.",
    },
  },
  {
    id: "tp.60-72.lms.4",
    group: "60-72",
    subElement: "cp.lms.matematika",
    text: {
      id: "Anak mengukur dengan satuan tidak baku (jengkal, langkah), membuat dan melanjutkan pola, dan memakai kata waktu (kemarin, hari ini, besok).",
      en: "Measures with non-standard units (hand spans, steps), makes and continues patterns, and uses time words (yesterday, today, tomorrow).",
    },
  },
  {
    id: "tp.60-72.lms.5",
    group: "60-72",
    subElement: "cp.lms.sains",
    text: {
      id: "Anak mengamati, membandingkan, dan mencatat hasil pengamatan dengan gambar, lalu menjelaskan sebab-akibat sederhana (misalnya tanaman layu tanpa air).",
      en: "Observes, compares and records observations in drawings, then explains simple cause and effect (e.g. a plant wilts without water).",
    },
  },
  {
    id: "tp.60-72.lms.6",
    group: "60-72",
    subElement: "cp.lms.teknologi",
    text: {
      id: "Anak memilih dan memakai alat yang sesuai untuk suatu tugas (timbangan, kaca pembesar, penggaris) secara aman dan bertanggung jawab, dan meminta izin orang dewasa sebelum memakai perangkat digital.",
      en: "Chooses and uses the right tool for a task (scales, magnifying glass, ruler) safely and responsibly, and asks an adult before using a digital device.",
    },
  },
  {
    id: "tp.60-72.lms.7",
    group: "60-72",
    subElement: "cp.lms.rekayasa",
    text: {
      id: "Anak menggambar rencana, membuat, menguji, dan memperbaiki karya dari bahan bekas untuk memecahkan masalah sederhana.",
      en: "Draws a plan, builds, tests and improves a model from recycled materials to solve a simple problem.",
    },
  },
  {
    id: "tp.60-72.lms.8",
    group: "60-72",
    subElement: "cp.lms.seni",
    text: {
      id: "Anak mengekspresikan gagasan lewat gambar, musik, gerak, atau bermain peran, dan mengapresiasi karya teman dengan kata-kata yang baik.",
      en: "Expresses ideas through drawing, music, movement or role play, and appreciates friends' work with kind words.",
    },
  },
];
