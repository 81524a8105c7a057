/**
 * Materials for part A of the bundled Montessori catalogue (practical life + sensorial), one entry
 * per physical material with the number of copies a typical PAUD classroom keeps: one of each
 * sensorial material (a classroom has ONE pink tower), two to ten of duplicated trays, mats,
 * aprons and consumables, one per child for personal items (toothbrushes). Centres override
 * `copies` in their own inventory.
 *
 * Used by `PRACTICAL_SENSORIAL_ACTIVITIES` in ./activities-practical-sensorial.ts.
 *
 * @module
 */
import type { MaterialInput } from "../../model/index.js";

export const PRACTICAL_SENSORIAL_MATERIALS: MaterialInput[] = [
  // ── Shared classroom basics ──
  { id: "mat.work-mat", name: { id: "Karpet kerja", en: "Work mat (rug)" }, copies: 10 },
  {
    id: "mat.carrying-tray",
    name: { id: "Nampan latihan membawa", en: "Practice carrying tray" },
    copies: 2,
  },
  { id: "mat.child-chair", name: { id: "Kursi anak", en: "Child-sized chair" }, copies: 10 },
  { id: "mat.apron", name: { id: "Celemek", en: "Apron" }, copies: 6 },
  { id: "mat.blindfold", name: { id: "Penutup mata", en: "Blindfold" }, copies: 2 },

  // ── Practical life — preliminary and handwork ──
  {
    id: "mat.containers-with-lids",
    name: { id: "Keranjang wadah bertutup (toples, kotak, botol)", en: "Basket of containers with lids (jars, boxes, bottles)" },
    copies: 2,
  },
  {
    id: "mat.dry-pouring-set",
    name: { id: "Set menuang kering (dua teko kecil, biji-bijian, nampan)", en: "Dry pouring set (two small jugs, grains, tray)" },
    copies: 2,
  },
  {
    id: "mat.dry-pouring-multiple-set",
    name: { id: "Set menuang kering ke beberapa wadah", en: "Dry pouring set with several containers" },
    copies: 1,
  },
  {
    id: "mat.wet-pouring-set",
    name: { id: "Set menuang air (dua teko, spons, nampan)", en: "Wet pouring set (two jugs, sponge, tray)" },
    copies: 2,
  },
  {
    id: "mat.wet-pouring-multiple-set",
    name: { id: "Set menuang air ke beberapa gelas", en: "Wet pouring set with several glasses" },
    copies: 1,
  },
  {
    id: "mat.spooning-set-large",
    name: { id: "Set menyendok benda besar (dua mangkuk, sendok, nampan)", en: "Spooning set for large objects (two bowls, spoon, tray)" },
    copies: 2,
  },
  {
    id: "mat.spooning-set-small",
    name: { id: "Set menyendok benda kecil", en: "Spooning set for small objects" },
    copies: 1,
  },
  { id: "mat.tonging-set", name: { id: "Set memindahkan dengan penjepit", en: "Tonging set" }, copies: 2 },
  { id: "mat.tweezers-set", name: { id: "Set memindahkan dengan pinset", en: "Tweezers set" }, copies: 2 },
  { id: "mat.dropper-set", name: { id: "Set pipet tetes", en: "Dropper set" }, copies: 2 },
  {
    id: "mat.bead-threading-set",
    name: { id: "Set meronce manik-manik besar", en: "Large bead threading set" },
    copies: 3,
  },
  { id: "mat.sewing-cards", name: { id: "Kartu jahit dan tali", en: "Sewing cards with laces" }, copies: 3 },
  {
    id: "mat.cross-stitch-set",
    name: { id: "Set menjahit silang (kain strimin, jarum tumpul, benang)", en: "Cross-stitch set (canvas, blunt needle, thread)" },
    copies: 2,
  },
  {
    id: "mat.weaving-set",
    name: { id: "Set menganyam (pita kertas atau daun pandan)", en: "Weaving set (paper or pandan-leaf strips)" },
    copies: 3,
  },
  { id: "mat.child-scissors", name: { id: "Gunting anak", en: "Child's scissors" }, copies: 6 },
  {
    id: "mat.cutting-strips",
    name: { id: "Potongan kertas bergaris untuk digunting", en: "Paper strips with lines for cutting" },
    copies: 10,
  },

  // ── Practical life — infant and toddler movement ──
  { id: "mat.bell-rattle", name: { id: "Genggaman lonceng kecil", en: "Small bell rattle" }, copies: 1 },
  { id: "mat.bell-on-ribbon", name: { id: "Lonceng bertali", en: "Bell on a ribbon" }, copies: 1 },
  { id: "mat.ring-on-ribbon", name: { id: "Cincin kayu bertali", en: "Wooden ring on a ribbon" }, copies: 1 },
  { id: "mat.interlocking-discs", name: { id: "Cakram bertaut", en: "Interlocking discs" }, copies: 1 },
  { id: "mat.egg-and-cup", name: { id: "Telur dan cangkir kayu", en: "Wooden egg and cup" }, copies: 1 },
  { id: "mat.box-and-cube", name: { id: "Kotak dan kubus", en: "Box and cube" }, copies: 1 },
  { id: "mat.peg-and-ring", name: { id: "Pasak dan cincin", en: "Peg and ring" }, copies: 1 },
  { id: "mat.ring-stacker", name: { id: "Menara cincin", en: "Ring stacker" }, copies: 1 },
  {
    id: "mat.discs-vertical-dowel",
    name: { id: "Cakram pada tiang tegak", en: "Discs on a vertical dowel" },
    copies: 1,
  },
  {
    id: "mat.cubes-vertical-dowel",
    name: { id: "Kubus pada tiang tegak", en: "Cubes on a vertical dowel" },
    copies: 1,
  },
  {
    id: "mat.discs-horizontal-dowel",
    name: { id: "Cakram pada tiang mendatar", en: "Discs on a horizontal dowel" },
    copies: 1,
  },
  { id: "mat.imbucare-box", name: { id: "Kotak imbucare", en: "Imbucare posting box" }, copies: 1 },
  {
    id: "mat.pegs-and-container",
    name: { id: "Jepitan kayu dan wadah", en: "Wooden pegs and container" },
    copies: 1,
  },
  { id: "mat.nuts-and-bolts", name: { id: "Mur dan baut besar", en: "Large nuts and bolts" }, copies: 1 },
  { id: "mat.climbing-frame", name: { id: "Segitiga panjat", en: "Climbing triangle" }, copies: 1 },
  { id: "mat.balance-beam", name: { id: "Papan titian rendah", en: "Low balance beam" }, copies: 1 },
  {
    id: "mat.line-on-floor",
    name: { id: "Garis elips di lantai", en: "Ellipse line on the floor" },
    copies: 1,
  },

  // ── Practical life — care of self ──
  { id: "mat.low-sink", name: { id: "Wastafel rendah anak", en: "Child-height sink" }, copies: 1 },
  { id: "mat.hand-towels", name: { id: "Handuk tangan kecil", en: "Small hand towels" }, copies: 10 },
  { id: "mat.potty", name: { id: "Pispot", en: "Potty" }, copies: 2 },
  {
    id: "mat.child-toilet",
    name: { id: "Toilet anak dengan gayung atau semprotan air", en: "Child toilet with water dipper or bidet spray" },
    copies: 2,
  },
  {
    id: "mat.toddler-frame-large-buttons",
    name: { id: "Bingkai kancing besar batita", en: "Toddler large-button frame" },
    copies: 1,
  },
  {
    id: "mat.toddler-frame-snaps",
    name: { id: "Bingkai kancing jepret batita", en: "Toddler snap frame" },
    copies: 1,
  },
  {
    id: "mat.dressing-frame-velcro",
    name: { id: "Bingkai berpakaian: perekat", en: "Dressing frame: velcro" },
    copies: 1,
  },
  {
    id: "mat.dressing-frame-large-buttons",
    name: { id: "Bingkai berpakaian: kancing besar", en: "Dressing frame: large buttons" },
    copies: 1,
  },
  {
    id: "mat.dressing-frame-small-buttons",
    name: { id: "Bingkai berpakaian: kancing kecil", en: "Dressing frame: small buttons" },
    copies: 1,
  },
  {
    id: "mat.dressing-frame-snaps",
    name: { id: "Bingkai berpakaian: kancing jepret", en: "Dressing frame: snaps" },
    copies: 1,
  },
  {
    id: "mat.dressing-frame-zipper",
    name: { id: "Bingkai berpakaian: ritsleting", en: "Dressing frame: zipper" },
    copies: 1,
  },
  {
    id: "mat.dressing-frame-buckles",
    name: { id: "Bingkai berpakaian: gesper", en: "Dressing frame: buckles" },
    copies: 1,
  },
  {
    id: "mat.dressing-frame-lacing",
    name: { id: "Bingkai berpakaian: tali silang", en: "Dressing frame: lacing" },
    copies: 1,
  },
  {
    id: "mat.dressing-frame-bow",
    name: { id: "Bingkai berpakaian: pita", en: "Dressing frame: bow tying" },
    copies: 1,
  },
  {
    id: "mat.hand-washing-set",
    name: { id: "Set mencuci tangan (baskom, teko, sabun, sikat kuku, handuk)", en: "Hand-washing set (basin, jug, soap, nail brush, towel)" },
    copies: 2,
  },
  {
    id: "mat.face-washing-set",
    name: { id: "Set mencuci muka (baskom, teko, waslap, handuk)", en: "Face-washing set (basin, jug, washcloth, towel)" },
    copies: 1,
  },
  {
    id: "mat.toothbrush-and-cup",
    name: { id: "Sikat gigi dan gelas kumur pribadi", en: "Personal toothbrush and rinsing cup" },
    copies: 20,
  },
  {
    id: "mat.comb-and-mirror",
    name: { id: "Sisir dan cermin setinggi anak", en: "Comb and child-height mirror" },
    copies: 2,
  },
  {
    id: "mat.tissue-box",
    name: { id: "Kotak tisu dan tempat sampah kecil", en: "Tissue box and small bin" },
    copies: 4,
  },
  {
    id: "mat.practice-jacket",
    name: { id: "Jaket latihan ukuran anak", en: "Child-sized practice jacket" },
    copies: 2,
  },
  { id: "mat.shoe-polishing-set", name: { id: "Set menyemir sepatu", en: "Shoe-polishing set" }, copies: 1 },
  {
    id: "mat.healthy-habits-cards",
    name: { id: "Kartu gambar kebiasaan sehat dan tidak sehat", en: "Picture cards of healthy and unhealthy habits" },
    copies: 1,
  },
  {
    id: "mat.emergency-bell",
    name: { id: "Lonceng atau sirene tanda bahaya", en: "Emergency bell or siren" },
    copies: 1,
  },
  {
    id: "mat.traffic-sign-cards",
    name: { id: "Kartu rambu lalu lintas", en: "Traffic sign cards" },
    copies: 1,
  },
  { id: "mat.zebra-crossing-mat", name: { id: "Tikar zebra cross", en: "Zebra-crossing mat" }, copies: 1 },

  // ── Practical life — care of the environment ──
  {
    id: "mat.toddler-table-scrubbing-set",
    name: { id: "Set menggosok meja batita", en: "Toddler table-scrubbing set" },
    copies: 1,
  },
  {
    id: "mat.toddler-mirror-polishing-set",
    name: { id: "Set mengelap cermin batita", en: "Toddler mirror-polishing set" },
    copies: 1,
  },
  {
    id: "mat.dusting-set",
    name: { id: "Set membersihkan debu (kemoceng, lap)", en: "Dusting set (feather duster, cloth)" },
    copies: 2,
  },
  { id: "mat.child-broom", name: { id: "Sapu anak", en: "Child-sized broom" }, copies: 2 },
  { id: "mat.dustpan-and-brush", name: { id: "Pengki dan sikat", en: "Dustpan and brush" }, copies: 2 },
  {
    id: "mat.mopping-set",
    name: { id: "Set mengepel (pel kecil, ember)", en: "Mopping set (small mop, bucket)" },
    copies: 1,
  },
  {
    id: "mat.table-scrubbing-set",
    name: { id: "Set menyikat meja (ember, sikat, sabun, spons, lap)", en: "Table-scrubbing set (bucket, brush, soap, sponge, cloth)" },
    copies: 1,
  },
  {
    id: "mat.window-washing-set",
    name: { id: "Set membersihkan kaca (botol semprot, karet pembersih, lap)", en: "Window-washing set (spray bottle, squeegee, cloth)" },
    copies: 1,
  },
  {
    id: "mat.mirror-polishing-set",
    name: { id: "Set mengelap cermin", en: "Mirror-polishing set" },
    copies: 1,
  },
  {
    id: "mat.metal-polishing-set",
    name: { id: "Set menggosok logam (benda kuningan, pasta, lap)", en: "Metal-polishing set (brass object, paste, cloth)" },
    copies: 1,
  },
  { id: "mat.watering-can", name: { id: "Gembor kecil", en: "Small watering can" }, copies: 2 },
  { id: "mat.classroom-plants", name: { id: "Tanaman pot kelas", en: "Classroom potted plants" }, copies: 6 },
  { id: "mat.leaf-polishing-set", name: { id: "Set mengelap daun", en: "Leaf-polishing set" }, copies: 1 },
  {
    id: "mat.flower-arranging-set",
    name: { id: "Set merangkai bunga (vas, gunting bunga, corong, alas)", en: "Flower-arranging set (vases, flower scissors, funnel, doilies)" },
    copies: 1,
  },
  {
    id: "mat.folding-cloths",
    name: { id: "Keranjang serbet dan kain lipat bergaris", en: "Basket of napkins and cloths with fold lines" },
    copies: 2,
  },
  {
    id: "mat.cloth-washing-set",
    name: { id: "Set mencuci kain (baskom, papan cuci, sabun, jemuran, jepitan)", en: "Cloth-washing set (basins, washboard, soap, drying rack, pegs)" },
    copies: 1,
  },
  {
    id: "mat.classroom-animal",
    name: { id: "Hewan kelas (ikan atau kura-kura) dan makanannya", en: "Classroom animal (fish or turtle) and its food" },
    copies: 1,
  },

  // ── Practical life — food preparation and grace and courtesy ──
  {
    id: "mat.toddler-pitcher-and-glass",
    name: { id: "Teko kecil dan gelas batita", en: "Toddler pitcher and glass" },
    copies: 2,
  },
  {
    id: "mat.apple-peeler-slicer",
    name: { id: "Pengupas dan pemotong apel", en: "Apple peeler and slicer" },
    copies: 1,
  },
  { id: "mat.cutting-board", name: { id: "Talenan anak", en: "Child's cutting board" }, copies: 3 },
  {
    id: "mat.child-knife",
    name: { id: "Pisau anak (ujung tumpul)", en: "Child's knife (blunt tip)" },
    copies: 3,
  },
  {
    id: "mat.spreading-set",
    name: { id: "Set mengoles (pisau oles, piring, wadah selai)", en: "Spreading set (spreader, plate, jam pot)" },
    copies: 2,
  },
  {
    id: "mat.peeling-set",
    name: { id: "Set mengupas (mangkuk dan piring kulit)", en: "Peeling set (bowl and peel dish)" },
    copies: 1,
  },
  { id: "mat.citrus-juicer", name: { id: "Alat peras jeruk", en: "Citrus juicer" }, copies: 1 },
  { id: "mat.grater", name: { id: "Parutan anak", en: "Child's grater" }, copies: 1 },
  { id: "mat.whisk-and-bowl", name: { id: "Pengocok dan mangkuk", en: "Whisk and bowl" }, copies: 1 },
  {
    id: "mat.table-setting-set",
    name: { id: "Set menata meja (alas makan bergambar, piring, gelas, sendok, garpu)", en: "Table-setting set (outlined placemat, plate, glass, spoon, fork)" },
    copies: 4,
  },
  {
    id: "mat.serving-set",
    name: { id: "Set mengambil makanan (mangkuk saji, sendok saji, centong)", en: "Serving set (serving bowls, serving spoon, rice paddle)" },
    copies: 2,
  },
  { id: "mat.dish-tub", name: { id: "Baskom piring kotor", en: "Dish tub" }, copies: 1 },
  { id: "mat.peace-rose", name: { id: "Bunga damai", en: "Peace rose" }, copies: 1 },

  // ── Sensorial — infant and toddler ──
  { id: "mat.munari-mobile", name: { id: "Mobile Munari", en: "Munari mobile" }, copies: 1 },
  { id: "mat.octahedron-mobile", name: { id: "Mobile oktahedron", en: "Octahedron mobile" }, copies: 1 },
  { id: "mat.gobbi-mobile", name: { id: "Mobile Gobbi", en: "Gobbi mobile" }, copies: 1 },
  { id: "mat.dancers-mobile", name: { id: "Mobile penari", en: "Dancers mobile" }, copies: 1 },
  {
    id: "mat.treasure-basket",
    name: { id: "Keranjang harta karun (benda alami dan rumah tangga)", en: "Treasure basket (natural and household objects)" },
    copies: 2,
  },
  {
    id: "mat.object-permanence-box-tray",
    name: { id: "Kotak permanensi objek dengan baki", en: "Object permanence box with tray" },
    copies: 1,
  },
  {
    id: "mat.object-permanence-box-drawer",
    name: { id: "Kotak permanensi objek dengan laci", en: "Object permanence box with drawer" },
    copies: 1,
  },
  { id: "mat.coin-box", name: { id: "Kotak koin", en: "Coin box" }, copies: 1 },
  {
    id: "mat.sorting-dish",
    name: { id: "Piring sekat tiga dan benda untuk dipilah", en: "Three-section dish with objects to sort" },
    copies: 1,
  },

  // ── Sensorial — primary ──
  {
    id: "mat.button-sorting-set",
    name: { id: "Set memilah kancing (warna, bentuk, ukuran)", en: "Button sorting set (colour, shape, size)" },
    copies: 1,
  },
  {
    id: "mat.knobbed-cylinder-block-1",
    name: { id: "Balok silinder berkenop 1", en: "Knobbed cylinder block 1" },
    copies: 1,
  },
  {
    id: "mat.knobbed-cylinder-block-2",
    name: { id: "Balok silinder berkenop 2", en: "Knobbed cylinder block 2" },
    copies: 1,
  },
  {
    id: "mat.knobbed-cylinder-block-3",
    name: { id: "Balok silinder berkenop 3", en: "Knobbed cylinder block 3" },
    copies: 1,
  },
  {
    id: "mat.knobbed-cylinder-block-4",
    name: { id: "Balok silinder berkenop 4", en: "Knobbed cylinder block 4" },
    copies: 1,
  },
  { id: "mat.pink-tower", name: { id: "Menara merah muda", en: "Pink tower" }, copies: 1 },
  { id: "mat.brown-stair", name: { id: "Tangga cokelat", en: "Brown stair" }, copies: 1 },
  { id: "mat.red-rods", name: { id: "Batang merah", en: "Red rods" }, copies: 1 },
  {
    id: "mat.knobless-cylinders",
    name: { id: "Silinder tanpa kenop (empat kotak)", en: "Knobless cylinders (four boxes)" },
    copies: 1,
  },
  { id: "mat.colour-box-1", name: { id: "Kotak warna 1", en: "Colour box 1" }, copies: 1 },
  { id: "mat.colour-box-2", name: { id: "Kotak warna 2", en: "Colour box 2" }, copies: 1 },
  { id: "mat.colour-box-3", name: { id: "Kotak warna 3", en: "Colour box 3" }, copies: 1 },
  {
    id: "mat.geometric-cabinet-demonstration-tray",
    name: { id: "Baki peragaan lemari geometri", en: "Geometric cabinet demonstration tray" },
    copies: 1,
  },
  {
    id: "mat.geometric-cabinet",
    name: { id: "Lemari geometri (enam laci)", en: "Geometric cabinet (six drawers)" },
    copies: 1,
  },
  {
    id: "mat.geometric-cabinet-cards",
    name: { id: "Kartu lemari geometri (tiga seri)", en: "Geometric cabinet cards (three series)" },
    copies: 1,
  },
  {
    id: "mat.constructive-triangles-rectangular-box-1",
    name: { id: "Segitiga konstruktif: kotak persegi panjang 1", en: "Constructive triangles: rectangular box 1" },
    copies: 1,
  },
  {
    id: "mat.constructive-triangles-triangular-box",
    name: { id: "Segitiga konstruktif: kotak segitiga", en: "Constructive triangles: triangular box" },
    copies: 1,
  },
  {
    id: "mat.constructive-triangles-large-hexagonal-box",
    name: { id: "Segitiga konstruktif: kotak segi enam besar", en: "Constructive triangles: large hexagonal box" },
    copies: 1,
  },
  { id: "mat.binomial-cube", name: { id: "Kubus binomial", en: "Binomial cube" }, copies: 1 },
  { id: "mat.trinomial-cube", name: { id: "Kubus trinomial", en: "Trinomial cube" }, copies: 1 },
  {
    id: "mat.geometric-solids",
    name: { id: "Bangun ruang geometri dengan alasnya", en: "Geometric solids with bases" },
    copies: 1,
  },
  { id: "mat.mystery-bag", name: { id: "Kantong misteri", en: "Mystery bag" }, copies: 1 },
  {
    id: "mat.touch-boards",
    name: { id: "Papan kasar dan halus", en: "Touch boards (rough and smooth)" },
    copies: 1,
  },
  {
    id: "mat.touch-tablets",
    name: { id: "Tablet kasar bergradasi", en: "Rough gradation tablets" },
    copies: 1,
  },
  { id: "mat.fabric-box", name: { id: "Kotak kain", en: "Fabric box" }, copies: 1 },
  { id: "mat.thermic-tablets", name: { id: "Tablet termik", en: "Thermic tablets" }, copies: 1 },
  { id: "mat.thermic-bottles", name: { id: "Botol termik", en: "Thermic bottles" }, copies: 1 },
  { id: "mat.baric-tablets", name: { id: "Tablet barik", en: "Baric tablets" }, copies: 1 },
  {
    id: "mat.sound-cylinders",
    name: { id: "Silinder bunyi (dua kotak)", en: "Sound cylinders (two boxes)" },
    copies: 1,
  },
  { id: "mat.smelling-bottles", name: { id: "Botol penciuman", en: "Smelling bottles" }, copies: 1 },
  { id: "mat.tasting-bottles", name: { id: "Botol pengecap rasa", en: "Tasting bottles" }, copies: 1 },
];
