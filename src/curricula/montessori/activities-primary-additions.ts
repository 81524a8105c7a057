/**
 * Bundled Montessori catalogue, part D: primary (3–6) mathematics lessons missing from the research
 * notes' rows although the AMI primary sequence names them: the concept-of-zero game after the
 * spindle box, and the addition and subtraction (negative) snake games at the start of
 * memorisation.
 *
 * Order (InfoMontessori's AMI primary guide, as summarised in the project's catalogue review):
 * number rods → sandpaper numbers → rods and cards → spindle boxes → concept of zero → cards and
 * counters; memorisation: addition snake game → addition strip board → charts. Ages: the zero game
 * is exercise 2 of the spindle-box lesson (Childhood Institute knowledge base), so it opens with the
 * spindle box; the addition snake game is "5+" (Montessori Album) and is given "toward the beginning
 * of the child's 3rd year of a Montessori primary program (around the age of 5)", the subtraction
 * snake game "later in the year" (Reach for Montessori). Windows follow part A's rule for primary
 * rows (open to the end of PAUD). The existing edge spindle box → cards and counters and the strip
 * board's own prerequisite are left as they were, so no record made before these lessons existed
 * changes meaning.
 *
 * @module
 */
import type { ActivityInput } from "../../model/index.js";

export const PRIMARY_ADDITION_ACTIVITIES: ActivityInput[] = [
  {
    id: "mont.mathematics.zero-game",
    name: { id: "Permainan Nol", en: "The zero game (concept of zero)" },
    area: "mathematics",
    subArea: "numeration",
    ageMonths: { from: 42, to: 72 },
    prerequisites: ["mont.mathematics.spindle-box"],
    materials: [],
    directAims: [{ id: "Memahami nol sebagai tidak ada dengan melakukan suatu gerakan sebanyak nol kali", en: "Understanding zero as none by doing an action zero times" }],
    indirectAims: [{ id: "Menyimak dan mengendalikan diri", en: "Listening and self-control" }],
    masterable: true,
    threePeriod: false,
    grouping: "small-group",
    maxChildren: 4,
    minutes: 10,
    parentExplanation: {
      id: "Dalam kelompok kecil anak diminta bertepuk 4 kali, melompat 2 kali, lalu menepuk paha 0 kali, dan tertawa saat menyadari bahwa nol berarti tidak melakukan apa-apa.",
      en: "In a small group your child is asked to clap 4 times, jump twice, then pat their legs 0 times, and laughs on realising that zero means doing nothing at all.",
    },
    supports: ["stppa2014.48-60.kog.c.2", "cp.lms.matematika"],
    origin: "montessori",
    sources: ["http://childhoodinstitute.org/knowledge-base/spindle-boxes/", "http://www.infomontessori.com/mathematics/numbers-through-ten-sandpaper-numbers.htm"],
  },
  {
    id: "mont.mathematics.addition-snake-game",
    name: { id: "Permainan Ular Penjumlahan", en: "Addition snake game" },
    area: "mathematics",
    subArea: "memorization",
    ageMonths: { from: 60, to: 84 },
    prerequisites: ["mont.mathematics.coloured-bead-bars", "mont.mathematics.golden-beads-exchange"],
    materials: ["mat.snake-game-set"],
    directAims: [
      { id: "Menukar \"ular\" manik berwarna dengan batang sepuluh emas sambil mencari pasangan yang berjumlah sepuluh", en: "Exchanging a snake of coloured bead bars for golden ten-bars while finding the pairs that make ten" },
    ],
    indirectAims: [
      { id: "Hafalan fakta penjumlahan", en: "Memorising addition facts" },
      { id: "Persiapan perkalian", en: "Preparation for multiplication" },
    ],
    masterable: true,
    threePeriod: false,
    grouping: "individual",
    maxChildren: 1,
    minutes: 20,
    parentExplanation: {
      id: "Anak menyusun \"ular\" dari manik berwarna, menghitung sampai sepuluh, lalu menukarnya dengan manik emas sampai ularnya menjadi emas; ia hafal pasangan bilangan yang berjumlah sepuluh.",
      en: "Your child lays a 'snake' of coloured beads, counts to ten and exchanges for golden beads until the snake turns gold, learning the pairs that make ten.",
    },
    supports: ["stppa2014.60-72.kog.c.2", "cp.lms.matematika"],
    origin: "montessori",
    sources: [
      "https://www.montessorialbum.com/montessori/index.php?title=Addition_Snake_Game",
      "https://reachformontessori.com/snake-game/",
      "http://carrotsareorange.com/montessori-math-addition-snake-game/",
    ],
  },
  {
    id: "mont.mathematics.subtraction-snake-game",
    name: { id: "Permainan Ular Pengurangan", en: "Subtraction (negative) snake game" },
    area: "mathematics",
    subArea: "memorization",
    ageMonths: { from: 66, to: 84 },
    prerequisites: ["mont.mathematics.addition-snake-game"],
    materials: ["mat.snake-game-set", "mat.grey-bead-bars"],
    directAims: [{ id: "Mengurangkan batang manik abu-abu dari ular dan menukar sisanya", en: "Taking grey bead bars away from the snake and exchanging what is left" }],
    indirectAims: [{ id: "Hafalan fakta pengurangan", en: "Memorising subtraction facts" }],
    masterable: true,
    threePeriod: false,
    grouping: "individual",
    maxChildren: 1,
    minutes: 20,
    parentExplanation: {
      id: "Dalam ular pengurangan, manik abu-abu berarti \"ambil\"; anak mengurangkan dan menukar manik sampai menemukan hasilnya.",
      en: "In the subtraction snake, grey beads mean 'take away'; your child subtracts and exchanges beads until the answer appears.",
    },
    supports: ["stppa2014.60-72.kog.c.2", "cp.lms.matematika"],
    origin: "montessori",
    sources: ["https://reachformontessori.com/snake-game/"],
  },
];
