/**
 * Every word the CLI prints, in Bahasa Indonesia (the default) and English (`--lang en`).
 *
 * The English object is typed by the Indonesian one, so a message added in one language and
 * forgotten in the other is a type error. Problems found by the library (`Issue.message`) are in
 * English; the CLI frames them in the chosen language and explains each issue code in a legend,
 * and words every problem that carries a detail key (`IssueDetail`) in the chosen language.
 *
 * @module
 */
import type { IssueCode, IssueDetail, IssueDetailKey } from "../errors/index.js";
import type { ScreeningDueReason } from "../screening/index.js";
import type { JsonSyntaxKind } from "../io/json.js";

/** The languages of the CLI. */
export type Lang = "id" | "en";

const q = (s: string) => JSON.stringify(s);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** A count with the language's digit grouping: 199.980 in Indonesian, 199,980 in English. */
const num = (n: number, lang: Lang = "id") => n.toLocaleString(lang === "id" ? "id-ID" : "en-US");

/** The values of an issue detail, read leniently (a missing value shows as "?"). */
type DetailValues = Readonly<Record<string, string | number>>;
const v = (values: DetailValues, key: string) => String(values[key] ?? "?");
const qv = (values: DetailValues, key: string) => q(v(values, key));

const WHAT_ID: Readonly<Record<string, string>> = { child: "anak", educator: "pendidik", group: "kelompok", indicator: "indikator", activity: "kegiatan" };
const FIELD_ID: Readonly<Record<string, string>> = { id: "id", date: "tanggal", child: "anak", author: "guru" };
const KIND_ID: Readonly<Record<string, string>> = { assessment: "penilaian", lesson: "pelajaran", anecdote: "anekdot", growth: "pertumbuhan" };

const ISSUES_ID = {
  "date.twoDigitYear": (x) => `${qv(x, "value")} memakai tahun dua angka: tulis tahunnya lengkap, mis. 28/11/2026`,
  "date.expected": (x) => `seharusnya tanggal seperti 28/11/2026 atau 2026-11-28, bukan ${qv(x, "value")}`,
  "date.yearRange": (x) => `tahun di luar jangkauan dalam ${qv(x, "value")}: tumbuh membaca tanggal dari tahun ${v(x, "min")} sampai ${v(x, "max")}`,
  "date.noMonth": (x) => `bulan ${v(x, "month")} tidak ada dalam ${qv(x, "value")}`,
  "date.noDay": (x) => `tanggal ${v(x, "day")} tidak ada di bulan itu: ${qv(x, "value")}`,
  "boolean.expected": (x) => `seharusnya ya atau tidak, bukan ${qv(x, "value")}`,
  "number.decimalComma": (x) => `${qv(x, "value")}: di berkas berpemisah koma pakai titik desimal (16.5), atau simpan berkas dengan pemisah ;`,
  "number.expected": (x) => `seharusnya angka seperti 16,5 atau 16.5 (tanpa satuan, tanpa pemisah ribuan), bukan ${qv(x, "value")}`,
  "csv.unclosedQuote": (x) =>
    `tanda kutip yang dibuka di baris ${v(x, "from")} tidak pernah ditutup, jadi ${x.to === x.from ? `baris ${v(x, "from")}` : `baris ${v(x, "from")}–${v(x, "to")}`} terbaca sebagai satu sel dan tidak diimpor; tutup tanda kutipnya (tulis "" untuk tanda kutip di dalam sel)`,
  "csv.badQuote": () => "tanda kutip salah tempat: sel yang memuat tanda kutip harus diapit tanda kutip, dan tanda kutip di dalamnya ditulis dua kali",
  "csv.extraCells": (x) => `${v(x, "cells")} sel padahal judulnya ${v(x, "header")} kolom: ${qv(x, "value")} tidak punya kolom (ada pemisah di dalam sel tanpa tanda kutip?)`,
  "csv.duplicateColumn": (x) => `kolom ${qv(x, "first")} dan ${qv(x, "second")} sama-sama berarti ${v(x, "field")}; pakai salah satu`,
  "csv.noHeader": (x) => `tidak ada baris judul: baris pertama harus menamai kolom, mis. ${v(x, "example")}`,
  "csv.missingColumn": (x) => `tidak ada kolom ${v(x, "column")}${x.closest === undefined ? "" : ` (apakah ${qv(x, "closest")} maksudnya kolom itu?)`}`,
  "csv.kind.notImportable": (x) => `catatan ${v(x, "kind")} tidak bisa diimpor dari CSV (hanya penilaian, pelajaran, anekdot, pertumbuhan)`,
  "csv.kind.unknown": (x) => `jenis tidak dikenal ${qv(x, "value")}: pilih penilaian, pelajaran, anekdot atau pertumbuhan`,
  "csv.kind.empty": () => "jenis kosong: isi kolom jenis (penilaian, pelajaran, anekdot, pertumbuhan)",
  "csv.kind.ambiguous": (x) => `jenis tidak bisa ditebak: baris ini berisi sel untuk ${v(x, "kinds").split(", ").map((k) => KIND_ID[k] ?? k).join(" dan ")}; isi kolom jenis`,
  "csv.reference.unknown": (x) => `${WHAT_ID[v(x, "what")] ?? v(x, "what")} ${qv(x, "value")} tidak dikenal`,
  "csv.reference.ambiguous": (x) => `ada beberapa ${WHAT_ID[v(x, "what")] ?? v(x, "what")} bernama ${qv(x, "value")}: tulis id-nya`,
  "csv.visibility.expected": (x) => `seharusnya ya/tidak (dibagikan ke keluarga atau tidak), atau family/staff, bukan ${qv(x, "value")}`,
  "csv.empty": (x) => `${FIELD_ID[v(x, "field")] ?? v(x, "field")} kosong: isi sel ini`,
  "csv.indicator.onePerRow": (x) => `satu indikator per baris penilaian, ini ada ${v(x, "count")}`,
  "csv.level.unknown": (x) => `capaian tidak dikenal ${qv(x, "value")}: pilih BB, MB, BSH, BSB, belum muncul atau sudah muncul`,
  "csv.stage.unknown": (x) => `tahap tidak dikenal ${qv(x, "value")}: pilih dipresentasikan, berlatih atau dikuasai`,
  "csv.threePeriod.expected": (x) => `seharusnya 1, 2 atau 3, bukan ${qv(x, "value")}`,
  "csv.cell.otherKind": (x) => `${qv(x, "value")} bukan isian baris ${KIND_ID[v(x, "kind")] ?? v(x, "kind")}: kosongkan sel ini`,
  "csv.conflict.child": (x) => `anak ${qv(x, "id")} sudah ada dengan ${v(x, "columns")} yang berbeda; impor tidak pernah menimpa data anak, jadi ubah di aplikasi`,
  "csv.conflict.observation": (x) => `catatan ${qv(x, "id")} sudah ada di jurnal dengan ${v(x, "columns")} yang berbeda; pakai koreksi untuk mengubahnya`,
  "csv.conflict.idUsed": (x) => `id ${qv(x, "id")} sudah dipakai catatan lain di jurnal`,
  "csv.duplicateRow": (x) => `id ${qv(x, "id")} juga ada di baris ${v(x, "row")} dengan isi yang berbeda`,
  "csv.group.create": (x) => `kelompok ${qv(x, "value")} tidak bisa dibuat`,
  before_birth: (x) => `tanggal ${v(x, "date")} sebelum tanggal lahir anak (${v(x, "birth")})`,
  unknown_reference: (x) => `${WHAT_ID[v(x, "what")] ?? v(x, "what")} ${qv(x, "value")} tidak dikenal`,
} satisfies Record<IssueDetailKey, (values: DetailValues) => string>;

const ISSUES_EN = {
  "date.twoDigitYear": (x) => `${qv(x, "value")} has a two-digit year: write the year in full, e.g. 28/11/2026`,
  "date.expected": (x) => `expected a date like 28/11/2026 or 2026-11-28, got ${qv(x, "value")}`,
  "date.yearRange": (x) => `year out of range in ${qv(x, "value")}: tumbuh reads dates from ${v(x, "min")} to ${v(x, "max")}`,
  "date.noMonth": (x) => `month ${v(x, "month")} does not exist in ${qv(x, "value")}`,
  "date.noDay": (x) => `day ${v(x, "day")} does not exist in ${qv(x, "value")}`,
  "boolean.expected": (x) => `expected ya/tidak (yes/no, 1/0, true/false), got ${qv(x, "value")}`,
  "number.decimalComma": (x) => `${qv(x, "value")}: use a decimal point in comma-separated files (16.5), or save the file with ; separators`,
  "number.expected": (x) => `expected a number like 16,5 or 16.5 (no units, no thousands separator), got ${qv(x, "value")}`,
  "csv.unclosedQuote": (x) =>
    `a quote opened in row ${v(x, "from")} is never closed, so ${x.to === x.from ? `row ${v(x, "from")} was` : `rows ${v(x, "from")}–${v(x, "to")} were`} read as one field and not imported; close the quote (write "" for a quote inside a cell)`,
  "csv.badQuote": () => "a misplaced quote: a cell holding quotes must be quoted itself, with each quote inside written twice",
  "csv.extraCells": (x) => `${v(x, "cells")} cells but the header has ${v(x, "header")}: ${qv(x, "value")} has no column (a separator inside an unquoted cell?)`,
  "csv.duplicateColumn": (x) => `columns ${qv(x, "first")} and ${qv(x, "second")} both mean ${v(x, "field")}; keep one`,
  "csv.noHeader": (x) => `no header row: the first row must name the columns, e.g. ${v(x, "example")}`,
  "csv.missingColumn": (x) => `no ${v(x, "column")} column${x.closest === undefined ? "" : ` (is ${qv(x, "closest")} meant to be it?)`}`,
  "csv.kind.notImportable": (x) => `${v(x, "kind")} records cannot be imported from CSV (only penilaian, pelajaran, anekdot, pertumbuhan)`,
  "csv.kind.unknown": (x) => `unknown kind ${qv(x, "value")}: expected penilaian, pelajaran, anekdot or pertumbuhan (assessment, lesson, anecdote, growth)`,
  "csv.kind.empty": () => "empty kind: fill jenis / kind (penilaian, pelajaran, anekdot, pertumbuhan)",
  "csv.kind.ambiguous": (x) => `cannot tell the kind: the row has cells of ${v(x, "kinds").split(", ").join(" and ")}; fill jenis / kind`,
  "csv.reference.unknown": (x) => `unknown ${v(x, "what")} ${qv(x, "value")}`,
  "csv.reference.ambiguous": (x) => `several ${v(x, "what")}s are named ${qv(x, "value")}: use the id`,
  "csv.visibility.expected": (x) => `expected ya/tidak (share with the family or not), or family/staff, got ${qv(x, "value")}`,
  "csv.empty": (x) => `empty ${v(x, "field")}: fill this cell`,
  "csv.indicator.onePerRow": (x) => `one indicator per assessment row, got ${v(x, "count")}`,
  "csv.level.unknown": (x) => `unknown level ${qv(x, "value")}: expected BB, MB, BSH, BSB, belum muncul, sudah muncul, achieved, not-yet or not-sure`,
  "csv.stage.unknown": (x) => `unknown stage ${qv(x, "value")}: expected dipresentasikan, berlatih or dikuasai (presented, practicing, mastered)`,
  "csv.threePeriod.expected": (x) => `expected 1, 2 or 3, got ${qv(x, "value")}`,
  "csv.cell.otherKind": (x) => `${qv(x, "value")} does not belong in a ${v(x, "kind")} row: leave this cell empty`,
  "csv.conflict.child": (x) => `child ${qv(x, "id")} is already in the centre with a different ${v(x, "columns")}; an import never overwrites a child, so change it in the app`,
  "csv.conflict.observation": (x) => `observation ${qv(x, "id")} is already in the journal with a different ${v(x, "columns")}; use a correction to change it`,
  "csv.conflict.idUsed": (x) => `id ${qv(x, "id")} already belongs to another record in the journal`,
  "csv.duplicateRow": (x) => `id ${qv(x, "id")} is also on row ${v(x, "row")} with different content`,
  "csv.group.create": (x) => `cannot create group ${qv(x, "value")}`,
  before_birth: (x) => `date ${v(x, "date")} is before the child's birth date ${v(x, "birth")}`,
  unknown_reference: (x) => `unknown ${v(x, "what")} ${qv(x, "value")}`,
} satisfies Record<IssueDetailKey, (values: DetailValues) => string>;

const ID = {
  errorPrefix: "Kesalahan",
  /** A problem in words: from its detail key when it has one, else the library's English message. */
  issue: ISSUES_ID as Readonly<Record<IssueDetailKey, (values: DetailValues) => string>>,
  helpHint: (command: string | undefined) => `Bantuan: tumbuh ${command === undefined ? "" : `${command} `}--help`,
  unexpected: (message: string) => `Kesalahan tak terduga: ${message}. Jalankan lagi dengan TUMBUH_DEBUG=1 untuk rinciannya, lalu laporkan.`,

  usage: {
    unknownCommand: (name: string) => `perintah tidak dikenal: ${q(name)}`,
    noCommand: "perintah belum ditulis",
    unknownOption: (name: string) => `pilihan tidak dikenal: ${name}`,
    missingValue: (name: string) => `pilihan ${name} memerlukan nilai`,
    noValueWanted: (name: string) => `pilihan ${name} tidak memakai nilai`,
    badArguments: (detail: string) => `perintah tidak bisa dibaca: ${detail}`,
    missingPositional: (what: string) => `${what} belum ditulis`,
    extraPositional: (value: string) => `argumen berlebih: ${q(value)}`,
    missingOption: (name: string) => `pilihan ${name} wajib diisi`,
    badLang: (value: string) => `bahasa tidak dikenal: ${q(value)} (pilih id atau en)`,
    badDate: (name: string, value: string) => `tanggal tidak valid untuk ${name}: ${q(value)} (tulis YYYY-MM-DD dari 1900-01-01 sampai 2999-12-31, mis. 2026-11-27)`,
    badMonth: (name: string, value: string) => `bulan tidak valid untuk ${name}: ${q(value)} (tulis YYYY-MM, mis. 2026-12)`,
    badChoice: (name: string, value: string, choices: readonly string[]) => `nilai tidak dikenal untuk ${name}: ${q(value)} (pilih ${choices.join(", ")})`,
    badCount: (name: string, value: string, max: number) => `${name} harus bilangan bulat 1 sampai ${max}, bukan ${q(value)}`,
    conflicting: (a: string, b: string) => `${a} dan ${b} tidak bisa dipakai bersama`,
    oneOf: (a: string, b: string) => `tulis ${a} atau ${b}`,
  },

  data: {
    notFound: (path: string) => `folder atau berkas tidak ditemukan: ${path}`,
    notDataFolder: (path: string) => `${path} bukan folder data tumbuh: tidak ada settings.json di dalamnya. Buat folder data dengan: tumbuh init ${path}`,
    notFileOrFolder: (path: string) => `${path} bukan folder maupun berkas biasa`,
    cannotRead: (path: string, reason: string) => `tidak bisa membaca ${path}: ${reason}`,
    cannotWrite: (path: string, reason: string) => `tidak bisa menulis ${path}: ${reason}`,
    reasons: {
      EACCES: "tidak ada izin",
      EPERM: "tidak ada izin",
      EEXIST: "ada berkas dengan nama itu (bukan folder)",
      ENOTDIR: "ada berkas dengan nama itu (bukan folder)",
      EISDIR: "itu sebuah folder, bukan berkas",
      ENOSPC: "disk penuh",
      EROFS: "disk hanya bisa dibaca",
      ENOENT: "folder atau berkas tidak ada",
      ENAMETOOLONG: "nama terlalu panjang",
      ELOOP: "tautan berputar",
      EBUSY: "sedang dipakai program lain",
      EMFILE: "terlalu banyak berkas terbuka",
      EINVAL: "nama atau tujuan tidak valid",
      EXDEV: "tujuan ada di disk lain",
      ETXTBSY: "berkas sedang dijalankan",
    } as Readonly<Record<string, string>>,
    fileMissing: "berkas tidak ada (tulis [] di dalamnya bila belum ada anak)",
    notAnObject: "isi berkas harus berupa objek JSON { … }",
    belongsElsewhere: (key: string, file: string) => `${q(key)} tidak boleh ada di settings.json; tempatnya di ${file}`,
    malformedJson: (line: number, column: number) => `JSON rusak di baris ${line}, kolom ${column}`,
    invalid: (count: number, path: string) => `${plural(count, "masalah", "masalah")} di ${path}; perbaiki dulu. Daftar lengkapnya: tumbuh validate ${path}`,
    more: (count: number) => `… dan ${num(count)} masalah lain`,
    moreInFile: (count: number, file: string, cap: number) =>
      `… dan ${num(count)} masalah lain di ${file} (hanya ${cap} masalah pertama per berkas yang ditampilkan; setelah itu tiap baris bermasalah dihitung satu)`,
    decoded: (file: string, encoding: string) =>
      `Perhatian: ${file} tidak disimpan sebagai UTF-8; dibaca sebagai ${encoding}. Periksa huruf seperti é dan ñ, lalu simpan sebagai UTF-8 (Excel: Simpan Sebagai → "CSV UTF-8 (Comma delimited)").`,
    saved: (files: readonly string[]) => (files.length === 0 ? "Tidak ada berkas yang berubah." : `Disimpan: ${files.join(", ")}`),
  },

  json: {
    empty: () => "berkas kosong",
    "unexpected-end": (_found: string, closer: string | undefined) => `berkas berakhir terlalu cepat${closer === undefined ? "" : `: tanda penutup ${q(closer)} hilang`}`,
    "expected-value": (found: string) => `di sini seharusnya ada nilai (teks dalam "tanda kutip ganda", angka, true, false, null, [ atau {), bukan ${q(found)}`,
    "expected-key": (found: string) => `di sini seharusnya ada nama isian dalam "tanda kutip ganda", bukan ${q(found)}`,
    "expected-colon": () => 'setelah nama isian seharusnya ada ":"',
    "expected-comma": (found: string, closer: string | undefined) => `seharusnya ada "," atau ${q(closer ?? "")} di sini, bukan ${q(found)} (koma hilang?)`,
    "trailing-comma": (_found: string, closer: string | undefined) => `koma berlebih sebelum ${q(closer ?? "")}`,
    "unterminated-string": () => "teks dalam tanda kutip tidak ditutup (di baris yang sama)",
    "bad-escape": () => 'garis miring terbalik \\ di dalam teks harus diikuti " \\ / b f n r t atau uXXXX',
    "control-character": () => "ada karakter kendali (mis. tab) di dalam teks; tulis \\t",
    "bad-number": () => "angka tidak valid (tanpa nol di depan; desimal memakai titik, mis. 16.5)",
    "extra-text": (found: string) => `ada tulisan setelah akhir data JSON: ${q(found)}`,
  } satisfies Record<JsonSyntaxKind, (found: string, closer: string | undefined) => string>,

  codes: {
    invalid_type: "jenis nilai salah (mis. teks di tempat angka)",
    invalid_date: "tanggal tidak ada atau tidak ditulis YYYY-MM-DD",
    invalid_value: "nilai tidak diterima",
    invalid_format: "format salah",
    missing: "isian wajib kosong atau tidak ada",
    unrecognized_key: "nama isian tidak dikenal (salah ketik?)",
    forbidden_key: "nama isian terlarang",
    too_big: "terlalu besar atau terlalu panjang",
    too_small: "terlalu kecil atau terlalu pendek",
    unsupported_version: "versi berkas tidak dibaca oleh versi tumbuh ini",
    duplicate_id: "id yang sama dipakai dua kali",
    unknown_reference: "merujuk id yang tidak ada (anak, kelompok, pendidik, indikator, kegiatan atau bahan)",
    before_birth: "tanggal catatan sebelum tanggal lahir anak",
    after_as_of: "tanggal catatan setelah --as-of",
    cycle: "prasyarat kegiatan berputar",
    conflict: "bertentangan dengan data yang sudah ada",
    invalid_json: "bukan JSON yang benar",
    allergen: "menu memuat alergen anak",
  } satisfies Record<IssueCode, string>,
  codesHeading: "Arti kode:",

  progress: {
    reports: "Rapor",
  },

  init: {
    what: "folder data",
    exists: (path: string) => `${path} sudah ada; init tidak menimpa data. Pilih folder lain atau hapus berkas itu dulu.`,
    defaultName: "Lembaga PAUD saya",
    created: (path: string) => `Folder data dibuat: ${path}`,
    files: {
      settings: "pengaturan, kelompok, pendidik, kurikulum",
      roster: (n: number) => `${plural(n, "anak", "anak")} (daftar anak)`,
      inventory: (n: number) => `${plural(n, "bahan", "bahan")} (jumlah alat per bahan)`,
      journal: (n: number) => `${plural(n, "catatan", "catatan")} (jurnal pengamatan, satu per baris)`,
      readme: "penjelasan singkat isi folder",
    },
    sampleNote: (asOf: string) => `Berisi contoh lembaga (anak-anak rekaan) dengan jurnal sampai ${asOf}.`,
    emptyNote: "Folder kosong: tambahkan pendidik dan kelompok di settings.json, lalu anak di roster.json atau dengan tumbuh import.",
    next: "Langkah berikutnya:",
  },

  validate: {
    what: "folder data atau berkas JSON",
    ok: (path: string, c: { children: number; groups: number; educators: number; entries: number }) =>
      `Data baik: ${path} — ${c.children} anak, ${c.groups} kelompok, ${c.educators} pendidik, ${c.entries} catatan jurnal.`,
    asOfNote: (date: string) => `Catatan bertanggal setelah ${date} ikut diperiksa.`,
    found: (count: number, path: string) => `${plural(count, "masalah", "masalah")} ditemukan di ${path}.`,
  },

  report: {
    what: "folder data",
    outForAll: "--all menulis satu berkas per anak: --out harus berupa folder",
    unknownChild: (id: string, roster: string) => `anak ${q(id)} tidak ada di ${roster}`,
    unknownGroup: (id: string) => `kelompok ${q(id)} tidak ada di settings.json`,
    noChildren: "tidak ada anak yang bisa dibuatkan rapor pada tanggal itu",
    written: (file: string, name: string) => `Rapor ditulis: ${file} (${name})`,
    allWritten: (count: number, dir: string, index: string) => `${plural(count, "rapor", "rapor")} ditulis di ${dir}; daftar isi: ${index}`,
    skipped: (count: number) => `${plural(count, "anak", "anak")} dilewati (belum masuk, sudah keluar, atau belum lahir pada tanggal itu).`,
    failed: (id: string, message: string) => `rapor ${id} gagal: ${message}`,
    failedCount: (count: number) => `${plural(count, "rapor", "rapor")} gagal dibuat`,
    indexTitle: (centre: string) => `Rapor — ${centre}`,
    indexIntro: (period: string, asOf: string) => `${period}. Dibuat dengan data sampai ${asOf}.`,
    indexColumns: { child: "Id anak", name: "Nama", group: "Kelompok", file: "Rapor" },
    open: "buka",
  },

  plan: {
    what: "folder data",
    unknownGroup: (id: string, groups: readonly string[]) => `kelompok ${q(id)} tidak ada di settings.json (yang ada: ${groups.join(", ") || "belum ada"})`,
    written: (file: string, group: string, week: string) => `RPPM ditulis: ${file} (${group}, minggu ${week})`,
    dayWritten: (file: string, group: string, day: string) => `RPPH ditulis: ${file} (${group}, ${day})`,
    failed: (group: string) => `rencana kelompok ${group} tidak bisa dibuat`,
  },

  screenings: {
    what: "folder data",
    title: (month: string, asOf: string) => `Skrining KPSP bulan ${month} (per ${asOf})`,
    none: "Tidak ada skrining yang jatuh tempo.",
    columns: { due: "Jatuh tempo", child: "Id anak", name: "Nama", group: "Kelompok", form: "Formulir KPSP", reason: "Alasan" },
    form: (months: number) => `${months} bulan`,
    reasons: {
      "screening-age": "usia skrining",
      recheck: "skrining ulang (setelah Meragukan)",
      "recheck-overdue": "skrining ulang TERLAMBAT",
    } satisfies Record<ScreeningDueReason, string>,
    total: (count: number, overdue: number) => `${plural(count, "skrining", "skrining")}${overdue > 0 ? `, ${overdue} terlambat` : ""}.`,
  },

  import: {
    what: "berkas CSV",
    kinds: { roster: "daftar anak", observations: "catatan pengamatan" },
    detected: (file: string, kind: string) => `${file} dibaca sebagai ${kind}.`,
    result: (added: number, skipped: number, problems: number) =>
      `${added} baris ditambahkan, ${skipped} dilewati (sudah ada), ${problems} baris bermasalah.`,
    problem: (file: string, row: number, column: string | undefined) => `${file}: baris ${row}${column === undefined ? "" : `, kolom ${column}`}`,
    ignored: (columns: readonly string[]) => `Kolom yang diabaikan: ${columns.join(", ")}`,
    hint: (column: string, closest: string) => `Kolom ${q(column)} tidak dikenal; maksudnya ${q(closest)}? Ubah judulnya lalu impor lagi.`,
    createdGroups: (groups: readonly string[]) => `Kelompok baru: ${groups.join(", ")} (tambahkan pendidiknya di settings.json)`,
    dryRun: "--dry-run: tidak ada yang disimpan.",
    fixAndRepeat: "Perbaiki baris yang bermasalah lalu impor lagi berkas yang sama: baris yang sudah masuk akan dilewati.",
  },

  out: {
    notRegular: (path: string, kind: string) => `--out ${path} adalah ${kind}, bukan berkas biasa: tidak ditimpa. Tulis nama berkas, atau --out - untuk layar`,
    dataFile: (path: string) => `--out ${path} adalah berkas data tumbuh sendiri: tidak ditimpa. Pilih nama berkas lain`,
    kinds: { folder: "sebuah folder", device: "sebuah perangkat", fifo: "sebuah pipa (FIFO)", socket: "sebuah soket", other: "bukan berkas biasa (tautan rusak?)" },
    dashNotHere: (command: string) => `${command} menulis beberapa berkas: --out - (layar) tidak bisa dipakai, tulis sebuah folder`,
    caseClash: (a: string, b: string) => `nama berkas ${a} dan ${b} hanya berbeda huruf besar/kecil; ${b} ditulis dengan nama lain`,
  },

  export: {
    what: "folder data",
    written: (files: readonly string[]) => `Ditulis: ${files.join(", ")}`,
    pseudonymous: "Tanpa nama anak dan tanpa teks bebas (--pseudonymous).",
  },

  stppaBands: {
    what: "folder data",
    templateWritten: (file: string) =>
      `Templat ditulis: ${file}. Ketik butir STPPA dari salinan cetak Lampiran I Permendikbud 137/2014, lalu muat dengan: tumbuh stppa-bands <folder> --load ${file}`,
    failed: (file: string) => `${file} tidak bisa dimuat`,
    loaded: (file: string, items: number, bands: readonly string[]) =>
      bands.length === 0 ? `${file}: belum ada butir yang diisi.` : `${file}: ${plural(items, "butir", "butir")} dimuat untuk kelompok usia ${bands.join(", ")}.`,
    dryRun: "--dry-run: tidak ada yang disimpan.",
  },

  erase: {
    what: "folder data atau berkas JSON",
    unknownChild: (id: string) => `anak ${q(id)} tidak ada di daftar anak maupun di jurnal`,
    confirm: (id: string, name: string | undefined, entries: number) =>
      `Menghapus ${id}${name === undefined ? "" : ` (${name})`} dan ${plural(entries, "catatan", "catatan")} jurnalnya untuk selamanya. Ketik id anak (${id}) untuk melanjutkan:`,
    cancelled: "Dibatalkan: tidak ada yang dihapus.",
    failed: (id: string) => `anak ${q(id)} tidak bisa dihapus`,
    removed: (id: string, inRoster: boolean, entries: number) =>
      `Dihapus: ${id}${inRoster ? " dari daftar anak" : ""} dan ${plural(entries, "catatan", "catatan")} jurnal tentang dia.`,
    tombstone: (date: string | undefined) =>
      `Tanda penghapusan (hanya id anak${date === undefined ? "" : ` dan tanggal ${date}`}) disimpan, supaya penggabungan dengan cadangan atau tablet lama tidak mengembalikan catatannya.`,
    remaining: (count: number) => `${plural(count, "sebutan", "sebutan")} anak ini masih ada di catatan anak lain (belum dihapus):`,
    scrubbed: (count: number) => `${plural(count, "sebutan", "sebutan")} anak ini di catatan anak lain diganti dengan […]:`,
    matched: { id: "id anak", name: "nama lengkap", nickname: "nama panggilan", "given-name": "nama depan" },
    scrubHint: (path: string, id: string) => `Periksa, lalu hapus sebutan itu dengan: tumbuh erase ${path} --child ${id} --scrub --yes (atau ubah sendiri).`,
    files: "Berkas foto atau hasil karya yang dirujuk ada di luar tumbuh: hapus atau sunting berkasnya sendiri.",
    copies: "Hapus juga salinan lain: ekspor CSV, rapor yang sudah dibuat, cadangan lama (atau gabungkan dulu dengan data ini), dan riwayat git bila folder data disimpan di git.",
  },

  help: {
    main: `tumbuh — catatan perkembangan anak untuk satuan PAUD (STPPA, Kurikulum Merdeka, Montessori)

Pemakaian: tumbuh <perintah> [pilihan]

Perintah:
  init <folder>               membuat folder data baru (dengan contoh, atau kosong)
  validate <folder|berkas>    memeriksa data dan menampilkan setiap masalah
  report <folder>             rapor satu anak (--child) atau semua anak (--all)
  plan <folder>               RPPM (rencana mingguan) atau RPPH (harian) satu kelompok
  screenings <folder>         skrining KPSP yang jatuh tempo dalam satu bulan
  import <berkas.csv>         memasukkan daftar anak atau catatan dari CSV / Excel
  export <folder>             menyimpan daftar anak dan catatan sebagai CSV
  stppa-bands <folder>        memuat butir STPPA 0–4 tahun yang diketik dari salinan cetak (CSV)
  erase <folder> --child ID   menghapus seorang anak dan semua catatannya (UU PDP)

Pilihan umum:
  --lang en                   pesan dan hasil dalam bahasa Inggris (bawaan: Bahasa Indonesia)
  -h, --help                  bantuan; "tumbuh <perintah> --help" untuk satu perintah
  -v, --version               versi tumbuh

Tanggal ditulis YYYY-MM-DD. tumbuh tidak membaca jam komputer: tanggal "hari ini" selalu
Anda berikan sendiri (--as-of, --week, --month).
Kode keluar: 0 berhasil, 1 data bermasalah atau masukan salah, 2 perintah atau pilihan salah.
Panduan: docs/getting-started-educators.md di repositori tumbuh`,
    init: `Pemakaian: tumbuh init <folder> [pilihan]

Membuat folder data baru: settings.json, roster.json, inventory.json, journal.jsonl dan README.md.
Tanpa --empty, folder berisi contoh lembaga dengan anak-anak rekaan untuk dicoba.
Berkas yang sudah ada tidak pernah ditimpa.

Pilihan:
  --empty                folder kosong (hanya pengaturan), tanpa contoh
  --name <nama>          nama lembaga
  --children <n>         jumlah anak contoh (bawaan 60)
  --seed <n>             benih acak contoh (bawaan 2026; sama = contoh yang sama)
  --as-of <tanggal>      hari terakhir jurnal contoh (bawaan 2026-11-27)
  --lang en              pesan dalam bahasa Inggris

Contoh:
  tumbuh init data
  tumbuh init lembaga-saya --empty --name "TK Melati"`,
    validate: `Pemakaian: tumbuh validate <folder|berkas.json> [pilihan]

Memeriksa folder data (atau satu berkas lembaga .json) dan menampilkan setiap masalah dengan
berkasnya dan letaknya: "berkas: letak: pesan [kode]" (baris dan kolom untuk JSON yang rusak).
Keluar dengan kode 1 bila ada masalah.

Pilihan:
  --as-of <tanggal>      juga laporkan catatan bertanggal setelah tanggal ini
  --lang en              pesan dalam bahasa Inggris

Contoh:
  tumbuh validate data
  tumbuh validate data --as-of 2026-11-28`,
    report: `Pemakaian: tumbuh report <folder> (--child <id> | --all) --as-of <tanggal> [pilihan]

Membuat rapor (laporan perkembangan) untuk semester yang memuat --as-of.

Pilihan:
  --child <id>           satu anak (id dari roster.json, mis. c-00001)
  --all                  semua anak; --out harus berupa folder: satu berkas per anak
                         (nama berkas dari id anak, bukan nama) dan index.html
  --group <id>           bersama --all: hanya anak dari kelompok ini
  --as-of <tanggal>      tanggal rapor (wajib); catatan setelahnya tidak dipakai
  --audience family      versi untuk keluarga: tanpa catatan khusus staf (bawaan: staff)
  --framework <id>       stppa2014 (bawaan, per lingkup perkembangan) atau merdeka-cp (per elemen CP)
  --format <f>           html (bawaan), md atau json
  --out <berkas|folder>  tujuan; tanpa --out, rapor satu anak dicetak ke layar
  --progress             tampilkan bilah kemajuan walau keluaran bukan terminal
  --lang en              rapor dan pesan dalam bahasa Inggris

Contoh:
  tumbuh report data --child c-00001 --as-of 2026-11-27 --out rapor-c-00001.html
  tumbuh report data --all --as-of 2026-11-27 --audience family --out rapor`,
    plan: `Pemakaian: tumbuh plan <folder> --group <id> --week <tanggal> [pilihan]

Membuat RPPM (rencana pelaksanaan pembelajaran mingguan) untuk satu kelompok: pelajaran
Montessori tiap anak, dikelompokkan dan dijadwalkan tanpa melebihi jumlah alat, dengan alasannya.

Pilihan:
  --group <id>           kelompok (id dari settings.json, mis. g-45)
  --week <tanggal>       tanggal mana pun di minggu itu (minggu dimulai hari Senin)
  --day <tanggal>        RPPH: rencana harian untuk satu hari di minggu itu
  --as-of <tanggal>      catatan setelah tanggal ini tidak dipakai (bawaan: hari sebelum Senin)
  --theme <teks>         tema minggu ini
  --subtheme <teks>      subtema
  --format <f>           html (bawaan), md atau json
  --out <berkas>         tujuan; tanpa --out, rencana dicetak ke layar
  --lang en              rencana dan pesan dalam bahasa Inggris

Contoh:
  tumbuh plan data --group g-45 --week 2026-11-30 --out rppm-g-45.html
  tumbuh plan data --group g-45 --week 2026-11-30 --day 2026-12-01 --format md`,
    screenings: `Pemakaian: tumbuh screenings <folder> --month <yyyy-mm> [pilihan]

Daftar skrining KPSP (Kemenkes SDIDTK) bulan itu: anak yang mencapai usia skrining, skrining
ulang setelah hasil Meragukan, dan skrining ulang yang sudah terlambat.

Pilihan:
  --month <yyyy-mm>      bulannya, mis. 2026-12
  --as-of <tanggal>      tanggal daftar dibuat (bawaan: hari pertama bulan itu); skrining
                         ulang sebelum tanggal ini terhitung terlambat
  --group <id>           hanya anak dari kelompok ini
  --format <f>           text (bawaan) atau json
  --lang en              pesan dalam bahasa Inggris

Contoh:
  tumbuh screenings data --month 2026-12`,
    import: `Pemakaian: tumbuh import <berkas.csv> --into <folder> [pilihan]

Memasukkan daftar anak atau catatan pengamatan dari CSV (juga CSV dari Excel Indonesia:
pemisah ";", tanggal 28/11/2026). Baris yang baik disimpan; baris yang bermasalah ditampilkan
dengan nomor baris dan kolomnya (kode keluar 1). Mengimpor berkas yang sama lagi tidak
menambah apa pun.

Pilihan:
  --into <folder>        folder data tujuan (atau berkas lembaga .json)
  --kind <jenis>         roster (daftar anak) atau observations (catatan); bawaan: ditebak
                         dari judul kolom (ada tanggal_lahir = daftar anak)
  --create-groups        daftar anak: buat kelompok yang belum ada
  --author <id>          catatan: pendidik untuk baris yang kolom guru-nya kosong
  --visibility <v>       catatan: staff (bawaan) atau family untuk baris tanpa bagikan_ke_keluarga
  --dry-run              periksa saja, tanpa menyimpan
  --lang en              pesan dalam bahasa Inggris

Contoh:
  tumbuh import daftar-anak.csv --into data --create-groups
  tumbuh import catatan-november.csv --into data --author e-001`,
    export: `Pemakaian: tumbuh export <folder> --format csv --out <folder> [pilihan]

Menyimpan daftar anak (roster.csv) dan catatan pengamatan (observations.csv) sebagai CSV yang
bisa dibuka di Excel dan diimpor kembali.

Pilihan:
  --format <f>           csv (bawaan) atau json (seluruh lembaga dalam satu centre.json)
  --out <folder>         folder tujuan (dibuat bila belum ada)
  --excel                untuk Excel Indonesia: pemisah ";", BOM, tanggal DD/MM/YYYY, koma desimal
  --pseudonymous         tanpa nama anak dan tanpa teks bebas, untuk dibagikan ke luar lembaga
  --lang en              judul kolom dan pesan dalam bahasa Inggris

Contoh:
  tumbuh export data --format csv --out ekspor --excel`,
    "stppa-bands": `Pemakaian: tumbuh stppa-bands --template <berkas.csv>
          tumbuh stppa-bands <folder> --load <berkas.csv> [pilihan]

tumbuh tidak memuat teks resmi STPPA untuk 12–48 bulan (dan sebagian 0–12 bulan), karena
salinannya tidak ditemukan; teks itu tidak dikarang. Satuan PAUD yang memegang salinan cetak
Lampiran I Permendikbud 137/2014 dapat mengetiknya ke templat CSV lalu memuatnya. Setiap baris
diperiksa (kelompok usia, lingkup, sub-lingkup, nomor urut, tanpa duplikat); baris yang salah
ditampilkan semuanya. Id butir mengikuti pola data bawaan (stppa2014.24-36.bhs.a.1), jadi
catatan yang dibuat kemudian tetap sah bila berkas dimuat ulang.

Pilihan:
  --template <berkas>    menulis templat kosong (kelompok_usia, lingkup, sub_lingkup, nomor, teks)
  --load <berkas>        memuat berkas yang sudah diisi ke folder data (menggantikan muatan sebelumnya)
  --source <teks>        asal salinan, mis. "Salinan cetak Lampiran I, arsip TPA Melati"
  --complete <usia,…>    kelompok usia yang diketik lengkap (mis. 24-36,36-48)
  --excel                templat untuk Excel Indonesia (pemisah ";")
  --dry-run              periksa saja, tanpa menyimpan
  --lang en              judul kolom templat dan pesan dalam bahasa Inggris

Contoh:
  tumbuh stppa-bands --template stppa-0-4.csv
  tumbuh stppa-bands data --load stppa-0-4.csv --source "Salinan cetak Lampiran I, arsip TPA Melati"`,
    erase: `Pemakaian: tumbuh erase <folder|berkas.json> --child <id> [pilihan]

Menghapus seorang anak (hak penghapusan, UU PDP Pasal 8): dari daftar anak, dan setiap catatan
jurnal tentang dia. Sebuah tanda penghapusan (hanya id anak dan tanggal) disimpan di erased.json
supaya penggabungan dengan cadangan atau tablet lama tidak mengembalikannya. Sebutan anak ini di
catatan anak lain (nama, id, rujukan foto) dilaporkan, atau diganti dengan --scrub.

Pilihan:
  --child <id>           anak yang dihapus (wajib)
  --yes                  tanpa pertanyaan konfirmasi
  --scrub                ganti sebutan anak ini di catatan anak lain dengan […]
  --date <YYYY-MM-DD>    tanggal penghapusan yang dicatat di tanda penghapusan
  --lang en              pesan dalam bahasa Inggris

Contoh:
  tumbuh erase data --child c-007 --date 2026-12-04`,
  },

  readme: (name: string) => `# Data tumbuh — ${name}

Folder ini dibaca dan ditulis oleh \`tumbuh\` (lihat \`tumbuh --help\`).

| Berkas | Isi |
|---|---|
| \`settings.json\` | pengaturan lembaga, pendidik, kelompok, kurikulum yang dipakai |
| \`roster.json\` | daftar anak (satu objek per anak), termasuk izin orang tua |
| \`inventory.json\` | jumlah alat per bahan Montessori |
| \`journal.jsonl\` | jurnal pengamatan: satu catatan JSON per baris, tidak pernah ditimpa |

Periksa setelah mengubah apa pun: \`tumbuh validate <folder ini>\`.
Catatan baru paling mudah dimasukkan dari CSV: \`tumbuh import catatan.csv --into <folder ini>\`.
Data anak adalah data pribadi yang bersifat spesifik (UU PDP No. 27/2022): simpan folder ini
di tempat yang aman dan jangan membagikannya.

---

This folder is read and written by \`tumbuh\` (see \`tumbuh --help --lang en\`): settings, the
roster of children, the inventory of materials and the journal (one observation per line).
Children's data is specific personal data under Indonesia's UU PDP: keep this folder safe.
`,
};

/** The shape of the CLI's messages (taken from the Indonesian ones). */
export type Messages = typeof ID;

const EN: Messages = {
  errorPrefix: "Error",
  issue: ISSUES_EN,
  helpHint: (command) => `Help: tumbuh ${command === undefined ? "" : `${command} `}--help --lang en`,
  unexpected: (message) => `Unexpected error: ${message}. Run again with TUMBUH_DEBUG=1 for details, and please report it.`,

  usage: {
    unknownCommand: (name) => `unknown command: ${q(name)}`,
    noCommand: "no command given",
    unknownOption: (name) => `unknown option: ${name}`,
    missingValue: (name) => `option ${name} needs a value`,
    noValueWanted: (name) => `option ${name} takes no value`,
    badArguments: (detail) => `cannot read the command line: ${detail}`,
    missingPositional: (what) => `missing ${what}`,
    extraPositional: (value) => `unexpected argument: ${q(value)}`,
    missingOption: (name) => `option ${name} is required`,
    badLang: (value) => `unknown language: ${q(value)} (choose id or en)`,
    badDate: (name, value) => `invalid date for ${name}: ${q(value)} (write YYYY-MM-DD from 1900-01-01 to 2999-12-31, e.g. 2026-11-27)`,
    badMonth: (name, value) => `invalid month for ${name}: ${q(value)} (write YYYY-MM, e.g. 2026-12)`,
    badChoice: (name, value, choices) => `unknown value for ${name}: ${q(value)} (choose ${choices.join(", ")})`,
    badCount: (name, value, max) => `${name} must be a whole number from 1 to ${max}, not ${q(value)}`,
    conflicting: (a, b) => `${a} and ${b} cannot be used together`,
    oneOf: (a, b) => `give ${a} or ${b}`,
  },

  data: {
    notFound: (path) => `no such folder or file: ${path}`,
    notDataFolder: (path) => `${path} is not a tumbuh data folder: it has no settings.json. Create a data folder with: tumbuh init ${path}`,
    notFileOrFolder: (path) => `${path} is neither a folder nor a regular file`,
    cannotRead: (path, reason) => `cannot read ${path}: ${reason}`,
    cannotWrite: (path, reason) => `cannot write ${path}: ${reason}`,
    reasons: {
      EACCES: "permission denied",
      EPERM: "permission denied",
      EEXIST: "a file of that name is in the way (not a folder)",
      ENOTDIR: "a file of that name is in the way (not a folder)",
      EISDIR: "it is a folder, not a file",
      ENOSPC: "the disk is full",
      EROFS: "the disk is read-only",
      ENOENT: "no such folder or file",
      ENAMETOOLONG: "the name is too long",
      ELOOP: "the links go round in a loop",
      EBUSY: "another program is using it",
      EMFILE: "too many files are open",
      EINVAL: "the name or target is not valid",
      EXDEV: "the target is on another disk",
      ETXTBSY: "the file is being run",
    },
    fileMissing: "the file is missing (write [] in it when there are no children yet)",
    notAnObject: "the file must hold a JSON object { … }",
    belongsElsewhere: (key, file) => `${q(key)} does not belong in settings.json; it goes in ${file}`,
    malformedJson: (line, column) => `malformed JSON at line ${line}, column ${column}`,
    invalid: (count, path) => `${plural(count, "problem", "problems")} in ${path}; fix them first. The full list: tumbuh validate ${path}`,
    more: (count) => `… and ${num(count, "en")} more problems`,
    moreInFile: (count, file, cap) =>
      `… and ${num(count, "en")} more problems in ${file} (only the first ${cap} problems of a file are shown; past them each line with a problem counts once)`,
    decoded: (file, encoding) =>
      `Note: ${file} was not saved as UTF-8; it was read as ${encoding}. Check letters such as é and ñ, then save it as UTF-8 (Excel: Save As → "CSV UTF-8 (Comma delimited)").`,
    saved: (files) => (files.length === 0 ? "No file changed." : `Saved: ${files.join(", ")}`),
  },

  json: {
    empty: () => "the file is empty",
    "unexpected-end": (_found, closer) => `the file ends too early${closer === undefined ? "" : `: a closing ${q(closer)} is missing`}`,
    "expected-value": (found) => `a value belongs here (text in "double quotes", a number, true, false, null, [ or {), not ${q(found)}`,
    "expected-key": (found) => `a field name in "double quotes" belongs here, not ${q(found)}`,
    "expected-colon": () => 'a ":" belongs after the field name',
    "expected-comma": (found, closer) => `a "," or ${q(closer ?? "")} belongs here, not ${q(found)} (a missing comma?)`,
    "trailing-comma": (_found, closer) => `a comma too many before ${q(closer ?? "")}`,
    "unterminated-string": () => "a text in quotes is not closed (on the same line)",
    "bad-escape": () => 'a backslash \\ inside text must be followed by " \\ / b f n r t or uXXXX',
    "control-character": () => "a control character (e.g. a tab) inside text; write \\t",
    "bad-number": () => "an invalid number (no leading zeros; decimals with a point, e.g. 16.5)",
    "extra-text": (found) => `text after the end of the JSON data: ${q(found)}`,
  },

  codes: {
    invalid_type: "the wrong kind of value (e.g. text where a number belongs)",
    invalid_date: "a date that does not exist or is not written YYYY-MM-DD",
    invalid_value: "a value that is not accepted",
    invalid_format: "the wrong format",
    missing: "a required field is empty or missing",
    unrecognized_key: "an unknown field name (a typo?)",
    forbidden_key: "a forbidden field name",
    too_big: "too large or too long",
    too_small: "too small or too short",
    unsupported_version: "a file version this version of tumbuh does not read",
    duplicate_id: "the same id used twice",
    unknown_reference: "an id that does not exist (child, group, educator, indicator, activity or material)",
    before_birth: "an observation dated before the child's birth",
    after_as_of: "an observation dated after --as-of",
    cycle: "activity prerequisites that go round in a circle",
    conflict: "contradicts data already there",
    invalid_json: "not valid JSON",
    allergen: "the menu names an allergen of the child",
  },
  codesHeading: "What the codes mean:",

  progress: {
    reports: "Reports",
  },

  init: {
    what: "a data folder",
    exists: (path) => `${path} already exists; init never overwrites data. Choose another folder or remove that file first.`,
    defaultName: "My PAUD centre",
    created: (path) => `Data folder created: ${path}`,
    files: {
      settings: "settings, groups, educators, curriculum",
      roster: (n) => `${plural(n, "child", "children")} (the roster)`,
      inventory: (n) => `${plural(n, "material", "materials")} (copies per material)`,
      journal: (n) => `${plural(n, "entry", "entries")} (the observation journal, one per line)`,
      readme: "what the folder holds",
    },
    sampleNote: (asOf) => `It holds a sample centre (made-up children) with a journal up to ${asOf}.`,
    emptyNote: "An empty folder: add educators and groups in settings.json, then children in roster.json or with tumbuh import.",
    next: "Next steps:",
  },

  validate: {
    what: "a data folder or JSON file",
    ok: (path, c) => `OK: ${path} — ${plural(c.children, "child", "children")}, ${plural(c.groups, "group", "groups")}, ${plural(c.educators, "educator", "educators")}, ${plural(c.entries, "journal entry", "journal entries")}.`,
    asOfNote: (date) => `Observations dated after ${date} were checked too.`,
    found: (count, path) => `${plural(count, "problem", "problems")} found in ${path}.`,
  },

  report: {
    what: "a data folder",
    outForAll: "--all writes one file per child: --out must be a folder",
    unknownChild: (id, roster) => `no child ${q(id)} in ${roster}`,
    unknownGroup: (id) => `no group ${q(id)} in settings.json`,
    noChildren: "no child can have a report on that date",
    written: (file, name) => `Report written: ${file} (${name})`,
    allWritten: (count, dir, index) => `${plural(count, "report", "reports")} written in ${dir}; index: ${index}`,
    skipped: (count) => `${plural(count, "child", "children")} skipped (not yet enrolled, already left, or not yet born on that date).`,
    failed: (id, message) => `report ${id} failed: ${message}`,
    failedCount: (count) => `${plural(count, "report", "reports")} failed`,
    indexTitle: (centre) => `Progress reports — ${centre}`,
    indexIntro: (period, asOf) => `${period}. Made with the data up to ${asOf}.`,
    indexColumns: { child: "Child id", name: "Name", group: "Group", file: "Report" },
    open: "open",
  },

  plan: {
    what: "a data folder",
    unknownGroup: (id, groups) => `no group ${q(id)} in settings.json (there are: ${groups.join(", ") || "none yet"})`,
    written: (file, group, week) => `Weekly plan written: ${file} (${group}, week of ${week})`,
    dayWritten: (file, group, day) => `Daily plan written: ${file} (${group}, ${day})`,
    failed: (group) => `cannot make the plan of group ${group}`,
  },

  screenings: {
    what: "a data folder",
    title: (month, asOf) => `KPSP screenings for ${month} (as of ${asOf})`,
    none: "No screening is due.",
    columns: { due: "Due", child: "Child id", name: "Name", group: "Group", form: "KPSP form", reason: "Reason" },
    form: (months) => `${months} months`,
    reasons: {
      "screening-age": "screening age",
      recheck: "re-screen (after Meragukan)",
      "recheck-overdue": "re-screen OVERDUE",
    },
    total: (count, overdue) => `${plural(count, "screening", "screenings")}${overdue > 0 ? `, ${overdue} overdue` : ""}.`,
  },

  import: {
    what: "a CSV file",
    kinds: { roster: "a roster", observations: "observations" },
    detected: (file, kind) => `${file} read as ${kind}.`,
    result: (added, skipped, problems) => `${added} rows added, ${skipped} skipped (already there), ${problems} rows with problems.`,
    problem: (file, row, column) => `${file}: row ${row}${column === undefined ? "" : `, column ${column}`}`,
    ignored: (columns) => `Columns ignored: ${columns.join(", ")}`,
    hint: (column, closest) => `Column ${q(column)} is not known; did you mean ${q(closest)}? Rename it and import again.`,
    createdGroups: (groups) => `New groups: ${groups.join(", ")} (add their educators in settings.json)`,
    dryRun: "--dry-run: nothing was saved.",
    fixAndRepeat: "Fix the rows with problems and import the same file again: rows already in are skipped.",
  },

  out: {
    notRegular: (path, kind) => `--out ${path} is ${kind}, not a regular file: not overwritten. Give a file name, or --out - for the screen`,
    dataFile: (path) => `--out ${path} is one of tumbuh's own data files: not overwritten. Choose another file name`,
    kinds: { folder: "a folder", device: "a device", fifo: "a pipe (FIFO)", socket: "a socket", other: "not a regular file (a broken link?)" },
    dashNotHere: (command) => `${command} writes several files: --out - (the screen) cannot be used, give a folder`,
    caseClash: (a, b) => `the file names ${a} and ${b} differ only in upper/lower case; ${b} is written under another name`,
  },

  export: {
    what: "a data folder",
    written: (files) => `Written: ${files.join(", ")}`,
    pseudonymous: "Without children's names and free text (--pseudonymous).",
  },

  stppaBands: {
    what: "a data folder",
    templateWritten: (file) =>
      `Template written: ${file}. Type the STPPA items from the printed Lampiran I of Permendikbud 137/2014, then load it with: tumbuh stppa-bands <folder> --load ${file}`,
    failed: (file) => `${file} cannot be loaded`,
    loaded: (file, items, bands) => (bands.length === 0 ? `${file}: no item filled in yet.` : `${file}: ${plural(items, "item", "items")} loaded for age bands ${bands.join(", ")}.`),
    dryRun: "--dry-run: nothing was saved.",
  },

  erase: {
    what: "a data folder or JSON file",
    unknownChild: (id) => `child ${q(id)} is neither in the roster nor in the journal`,
    confirm: (id, name, entries) =>
      `This erases ${id}${name === undefined ? "" : ` (${name})`} and ${plural(entries, "journal entry", "journal entries")} for good. Type the child's id (${id}) to go on:`,
    cancelled: "Cancelled: nothing was erased.",
    failed: (id) => `child ${q(id)} cannot be erased`,
    removed: (id, inRoster, entries) => `Erased: ${id}${inRoster ? " from the roster" : ""} and ${plural(entries, "journal entry", "journal entries")} about them.`,
    tombstone: (date) =>
      `An erasure mark (the child's id only${date === undefined ? "" : ` and the day ${date}`}) is kept, so that merging an old backup or tablet does not bring the entries back.`,
    remaining: (count) => `${plural(count, "mention", "mentions")} of this child remain in other children's records (not removed):`,
    scrubbed: (count) => `${plural(count, "mention", "mentions")} of this child in other children's records replaced with […]:`,
    matched: { id: "child id", name: "full name", nickname: "nickname", "given-name": "given name" },
    scrubHint: (path, id) => `Check them, then remove them with: tumbuh erase ${path} --child ${id} --scrub --yes (or edit them yourself).`,
    files: "Photo and work-sample files named by references are outside tumbuh: delete or edit the files yourself.",
    copies: "Delete the other copies too: CSV exports, reports already made, old backups (or merge them with this data first), and git history if the data folder is kept in git.",
  },

  help: {
    main: `tumbuh — child development records for PAUD centres (STPPA, Kurikulum Merdeka, Montessori)

Usage: tumbuh <command> [options]

Commands:
  init <folder>               create a new data folder (with a sample, or empty)
  validate <folder|file>      check the data and print every problem
  report <folder>             progress report (rapor) of one child (--child) or all (--all)
  plan <folder>               weekly plan (RPPM) or daily plan (RPPH) of a group
  screenings <folder>         KPSP screenings due in a month
  import <file.csv>           bring in a roster or observations from CSV / Excel
  export <folder>             save the roster and observations as CSV
  stppa-bands <folder>        load STPPA 0–4 year items typed from the printed regulation (CSV)
  erase <folder> --child ID   erase a child and every record about them (UU PDP)

Common options:
  --lang en                   messages and output in English (default: Bahasa Indonesia)
  -h, --help                  help; "tumbuh <command> --help" for one command
  -v, --version               tumbuh's version

Dates are written YYYY-MM-DD. tumbuh never reads the computer's clock: you always give
"today" yourself (--as-of, --week, --month).
Exit codes: 0 success, 1 problems in the data or bad input, 2 wrong command or option.
Guide: docs/getting-started-educators.md in the tumbuh repository`,
    init: `Usage: tumbuh init <folder> [options]

Creates a new data folder: settings.json, roster.json, inventory.json, journal.jsonl and README.md.
Without --empty, the folder holds a sample centre with made-up children to try things on.
Existing files are never overwritten.

Options:
  --empty                an empty folder (settings only), no sample
  --name <name>          the centre's name
  --children <n>         number of sample children (default 60)
  --seed <n>             the sample's random seed (default 2026; same seed = same sample)
  --as-of <date>         last day of the sample journal (default 2026-11-27)
  --lang en              messages in English

Examples:
  tumbuh init data
  tumbuh init my-centre --empty --name "TK Melati"`,
    validate: `Usage: tumbuh validate <folder|file.json> [options]

Checks a data folder (or a single centre .json file) and prints every problem with its file and
place: "file: place: message [code]" (line and column for malformed JSON). Exits with code 1
when there is any problem.

Options:
  --as-of <date>         also report observations dated after this date
  --lang en              messages in English

Examples:
  tumbuh validate data
  tumbuh validate data --as-of 2026-11-28`,
    report: `Usage: tumbuh report <folder> (--child <id> | --all) --as-of <date> [options]

Makes the progress report (rapor) for the semester that contains --as-of.

Options:
  --child <id>           one child (the id in roster.json, e.g. c-00001)
  --all                  every child; --out must be a folder: one file per child (file names
                         from child ids, never names) and index.html
  --group <id>           with --all: only the children of this group
  --as-of <date>         the report date (required); later observations are not used
  --audience family      the family version: without staff-only observations (default: staff)
  --framework <id>       stppa2014 (default, per development aspect) or merdeka-cp (per CP element)
  --format <f>           html (default), md or json
  --out <file|folder>    where to write; without --out one child's report goes to the screen
  --progress             show the progress bar even when the output is not a terminal
  --lang en              report and messages in English

Examples:
  tumbuh report data --child c-00001 --as-of 2026-11-27 --out report-c-00001.html --lang en
  tumbuh report data --all --as-of 2026-11-27 --audience family --out reports`,
    plan: `Usage: tumbuh plan <folder> --group <id> --week <date> [options]

Makes the weekly plan (RPPM) of a group: each child's Montessori lessons, grouped and scheduled
without using more copies of a material than the inventory has, each with its reasons.

Options:
  --group <id>           the group (the id in settings.json, e.g. g-45)
  --week <date>          any date of the week (weeks start on Monday)
  --day <date>           daily plan (RPPH) for one day of that week
  --as-of <date>         observations after this date are not used (default: the day before Monday)
  --theme <text>         the week's theme
  --subtheme <text>      the subtheme
  --format <f>           html (default), md or json
  --out <file>           where to write; without --out the plan goes to the screen
  --lang en              plan and messages in English

Examples:
  tumbuh plan data --group g-45 --week 2026-11-30 --out plan-g-45.html --lang en
  tumbuh plan data --group g-45 --week 2026-11-30 --day 2026-12-01 --format md`,
    screenings: `Usage: tumbuh screenings <folder> --month <yyyy-mm> [options]

The month's KPSP screening list (Kemenkes SDIDTK): children who reach a screening age,
re-screens after a Meragukan result, and re-screens already overdue.

Options:
  --month <yyyy-mm>      the month, e.g. 2026-12
  --as-of <date>         the day the list is made (default: the first day of the month);
                         re-screens due before it are overdue
  --group <id>           only the children of this group
  --format <f>           text (default) or json
  --lang en              messages in English

Examples:
  tumbuh screenings data --month 2026-12 --lang en`,
    import: `Usage: tumbuh import <file.csv> --into <folder> [options]

Brings in a roster or observations from CSV (also CSV saved by Indonesian Excel: ";" separators,
dates like 28/11/2026). Good rows are saved; rows with problems are listed with their row and
column (exit code 1). Importing the same file again adds nothing.

Options:
  --into <folder>        the data folder (or a centre .json file)
  --kind <kind>          roster or observations; default: guessed from the column headers
                         (a birth date column means a roster)
  --create-groups        roster: create the groups that do not exist yet
  --author <id>          observations: the educator for rows whose author cell is empty
  --visibility <v>       observations: staff (default) or family for rows without a visibility
  --dry-run              check only, save nothing
  --lang en              messages in English

Examples:
  tumbuh import roster.csv --into data --create-groups
  tumbuh import november.csv --into data --author e-001`,
    export: `Usage: tumbuh export <folder> --format csv --out <folder> [options]

Saves the roster (roster.csv) and the observations (observations.csv) as CSV that opens in
Excel and imports back.

Options:
  --format <f>           csv (default) or json (the whole centre in one centre.json)
  --out <folder>         where to write (created when missing)
  --excel                for Indonesian Excel: ";" separators, BOM, DD/MM/YYYY, decimal commas
  --pseudonymous         without children's names and free text, for sharing outside the centre
  --lang en              column headers and messages in English

Examples:
  tumbuh export data --format csv --out export --excel --lang en`,
    "stppa-bands": `Usage: tumbuh stppa-bands --template <file.csv>
       tumbuh stppa-bands <folder> --load <file.csv> [options]

tumbuh ships no official STPPA text for 12–48 months (and only part of 0–12 months), because no
copy of it was found; the text is never made up. A centre that holds the printed Lampiran I of
Permendikbud 137/2014 types it into the CSV template and loads it. Every row is checked (age band,
aspect, sub-scope, numbering, no duplicates) and every bad row is listed. Item ids follow the
bundled scheme (stppa2014.24-36.bhs.a.1), so records made later stay valid when the file is
loaded again.

Options:
  --template <file>      write the empty template (band, aspect, sub_scope, number, text)
  --load <file>          load the filled-in file into the data folder (replaces an earlier load)
  --source <text>        where the copy comes from, e.g. "Printed Lampiran I, TPA Melati archive"
  --complete <band,…>    bands typed in full (e.g. 24-36,36-48)
  --excel                template for Indonesian Excel (";" separators)
  --dry-run              check only, save nothing
  --lang en              template headers and messages in English

Examples:
  tumbuh stppa-bands --template stppa-0-4.csv --lang en
  tumbuh stppa-bands data --load stppa-0-4.csv --source "Printed Lampiran I, TPA Melati archive"`,
    erase: `Usage: tumbuh erase <folder|file.json> --child <id> [options]

Erases a child (the right to erasure, UU PDP Art. 8): from the roster, with every journal entry
about them. An erasure mark (the child's id and the day only) is kept in erased.json, so that
merging an old backup or tablet does not bring them back. Mentions of the child in other
children's records (name, id, photo references) are reported, or replaced with --scrub.

Options:
  --child <id>           the child to erase (required)
  --yes                  no confirmation question
  --scrub                replace mentions of the child in other children's records with […]
  --date <YYYY-MM-DD>    the day of erasure kept in the erasure mark
  --lang en              messages in English

Examples:
  tumbuh erase data --child c-007 --date 2026-12-04 --lang en`,
  },

  readme: ID.readme,
};

/** The messages of each language. */
export const MESSAGES: Readonly<Record<Lang, Messages>> = { id: ID, en: EN };

/**
 * A problem in the CLI's language: worded from its detail key when it has one, else the library's
 * English message (problems of the document's shape have no key yet; the legend of codes below
 * them is in the CLI's language).
 */
export function wordIssue(m: Messages, problem: { readonly message: string; readonly detail?: IssueDetail | undefined }): string {
  const detail = problem.detail;
  if (detail === undefined || !Object.hasOwn(m.issue, detail.key)) return problem.message;
  return m.issue[detail.key](detail.values);
}
