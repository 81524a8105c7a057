/**
 * Materials for the infant and toddler (Nido and Infant Community) activities in
 * ./activities-infant-toddler.ts and the primary additions in ./activities-primary-additions.ts.
 *
 * Copies are what a small TPA room for 0–3 years usually keeps: one of each large piece of furniture
 * or movement equipment (one pull-up bar, one set of low stairs, one walker wagon), two of the small
 * hand materials that babies use for a few weeks, and several of the personal care items used by
 * many children each day (small glasses, spoons, cloths). These numbers are our estimate, not a
 * source's; centres override `copies` in their own inventory.
 *
 * @module
 */
import type { MaterialInput } from "../../model/index.js";

export const INFANT_TODDLER_MATERIALS: MaterialInput[] = [
  // ── Movement ──
  { id: "mat.topponcino", name: { id: "Topponcino (kasur kecil bayi berlapis kapas)", en: "Topponcino (small quilted baby mattress)" }, copies: 2 },
  { id: "mat.movement-mat", name: { id: "Matras gerak bayi", en: "Infant movement mat" }, copies: 2 },
  { id: "mat.low-mirror", name: { id: "Cermin rendah yang aman di dinding", en: "Low, safe wall mirror" }, copies: 1 },
  { id: "mat.pull-up-bar", name: { id: "Palang rambat rendah di dinding", en: "Low wall-mounted pull-up bar" }, copies: 1 },
  { id: "mat.walker-wagon", name: { id: "Gerobak dorong kayu yang berat", en: "Heavy wooden walker wagon" }, copies: 1 },
  { id: "mat.low-stairs", name: { id: "Tangga rendah tiga anak tangga dengan pegangan", en: "Low three-step stairs with a rail" }, copies: 1 },
  { id: "mat.pull-along-toy", name: { id: "Mainan tarik dan dorong beroda", en: "Wheeled push-and-pull toy" }, copies: 2 },
  { id: "mat.rolling-drum", name: { id: "Drum gulir berlonceng", en: "Rolling drum with a bell" }, copies: 1 },

  // ── Hand and eye ──
  { id: "mat.grasping-beads", name: { id: "Manik-manik kayu genggam bertali", en: "Wooden grasping beads on a cord" }, copies: 2 },
  { id: "mat.wooden-ring-rattle", name: { id: "Cincin kayu genggam", en: "Wooden ring rattle" }, copies: 2 },
  { id: "mat.ball-cylinder", name: { id: "Silinder bola (tiga bola di dalam silinder kayu)", en: "Ball cylinder" }, copies: 1 },
  { id: "mat.bell-cylinder", name: { id: "Silinder lonceng", en: "Bell cylinder" }, copies: 1 },
  { id: "mat.nesting-cubes", name: { id: "Kubus bersarang (5–10 ukuran)", en: "Nesting cubes (5–10 sizes)" }, copies: 1 },
  { id: "mat.knobbed-puzzle-single", name: { id: "Puzzle berkenop satu keping (lingkaran)", en: "Single-piece knobbed puzzle (circle)" }, copies: 1 },
  { id: "mat.knobbed-puzzle-shapes", name: { id: "Puzzle berkenop tiga bentuk", en: "Three-shape knobbed puzzle" }, copies: 1 },
  { id: "mat.knobbed-puzzle-pieces", name: { id: "Puzzle berkenop beberapa keping (hewan, kendaraan)", en: "Multi-piece knobbed puzzles (animals, vehicles)" }, copies: 2 },
  { id: "mat.lock-and-key", name: { id: "Gembok dan kunci di nampan (kunci diikat)", en: "Padlock and key on a tray (key tied on)" }, copies: 1 },
  { id: "mat.toddler-large-beads", name: { id: "Manik kayu besar dan tali berujung kaku", en: "Large wooden beads and a stiff-tipped cord" }, copies: 2 },
  { id: "mat.toddler-colour-sorting", name: { id: "Nampan memilah dua–tiga warna (mangkuk dan benda berwarna)", en: "Two- or three-colour sorting tray (bowls and coloured objects)" }, copies: 1 },
  { id: "mat.sock-basket", name: { id: "Keranjang kaus kaki berpasangan", en: "Basket of paired socks" }, copies: 1 },

  // ── Care of self ──
  { id: "mat.weaning-table-and-chair", name: { id: "Meja dan kursi makan rendah untuk bayi (weaning table)", en: "Weaning table and chair" }, copies: 2 },
  { id: "mat.small-glass", name: { id: "Gelas kaca kecil beralas tebal", en: "Small heavy-bottomed glass" }, copies: 6 },
  { id: "mat.small-spoon-and-bowl", name: { id: "Sendok logam kecil dan mangkuk keramik kecil", en: "Small metal spoon and small ceramic bowl" }, copies: 6 },
  { id: "mat.face-cloths", name: { id: "Lap basah kecil di mangkuk", en: "Small damp cloths in a bowl" }, copies: 6 },
  { id: "mat.changing-mat", name: { id: "Matras ganti popok", en: "Changing mat" }, copies: 2 },
  { id: "mat.changing-bar", name: { id: "Palang pegangan untuk ganti popok sambil berdiri", en: "Hand bar for stand-up changing" }, copies: 1 },
  { id: "mat.nappies-and-pants", name: { id: "Popok, celana latihan, dan celana ganti per anak", en: "Nappies, training pants and spare trousers for each child" }, copies: 10 },
  { id: "mat.step-stool", name: { id: "Bangku pijakan untuk wastafel", en: "Step stool at the sink" }, copies: 1 },

  // ── Care of the environment and food preparation ──
  { id: "mat.toddler-dustpan", name: { id: "Pengki dan sikat kecil", en: "Small dustpan and brush" }, copies: 2 },
  { id: "mat.spill-cloths", name: { id: "Kain lap tumpahan di keranjang", en: "Basket of spill cloths" }, copies: 2 },
  { id: "mat.toddler-watering-can", name: { id: "Gembor mini untuk batita", en: "Toddler watering can" }, copies: 2 },
  { id: "mat.fish-food-pot", name: { id: "Wadah makanan ikan dengan takaran sekali jumput", en: "Fish-food pot with a one-pinch measure" }, copies: 1 },
  { id: "mat.toddler-place-setting", name: { id: "Alas makan, piring, gelas, dan sendok di rak rendah", en: "Place mat, plate, glass and spoon on a low shelf" }, copies: 6 },
  { id: "mat.toddler-banana-cutting-set", name: { id: "Pisau oles tumpul dan talenan kecil", en: "Blunt spreading knife and small board" }, copies: 2 },
  { id: "mat.toddler-juicer", name: { id: "Perasan jeruk manual kecil", en: "Small hand juicer" }, copies: 1 },
  { id: "mat.fruit-bowl", name: { id: "Mangkuk buah dan mangkuk kulit", en: "Fruit bowl and peel bowl" }, copies: 2 },

  // ── Language and music ──
  { id: "mat.own-day-photo-books", name: { id: "Buku foto kegiatan sehari-hari anak di TPA (dibuat pendidik)", en: "Photo books of the child's own day at the centre (made by staff)" }, copies: 6 },
  { id: "mat.music-player", name: { id: "Pemutar musik", en: "Music player" }, copies: 1 },
  { id: "mat.baby-shakers", name: { id: "Alat musik kocok kecil (marakas telur)", en: "Small shakers (egg maracas)" }, copies: 4 },
  { id: "mat.hand-drums", name: { id: "Gendang tangan kecil", en: "Small hand drums" }, copies: 2 },

  // ── Primary additions (mathematics) ──
  {
    id: "mat.snake-game-set",
    name: { id: "Set permainan ular (batang manik berwarna, emas, dan hitam-putih; penanda)", en: "Snake game set (coloured, golden and black-and-white bead bars; counter)" },
    copies: 1,
  },
  { id: "mat.grey-bead-bars", name: { id: "Batang manik abu-abu (ular pengurangan)", en: "Grey bead bars (subtraction snake)" }, copies: 1 },
];
