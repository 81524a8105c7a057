/**
 * What the CLI says about writing data safely (the lock, a file changed by hand during a command),
 * in Bahasa Indonesia and English.
 *
 * @module
 */
import type { Lang } from "./messages.js";

/** The messages of the safe data folder. */
export interface StoreMessages {
  readonly busy: (path: string, pid: number, host: string, since: string, lock: string) => string;
  readonly changedDuringWrite: (files: readonly string[], attempts: number) => string;
  readonly changedDetail: string;
  readonly interrupted: (signal: string) => string;
}

const ID: StoreMessages = {
  busy: (path, pid, host, since, lock) =>
    `${path} sedang dipakai perintah tumbuh lain (proses ${pid} di ${host}, sejak ${since}). Coba lagi sebentar lagi. Bila tidak ada tumbuh yang berjalan di ${host}, hapus ${lock}.`,
  changedDuringWrite: (files, attempts) =>
    `${files.join(", ")} diubah (mungkin dengan tangan) selagi tumbuh menulis, ${attempts} kali berturut-turut; tidak ada yang ditulis dan perubahan itu tetap ada. Simpan dulu suntingan Anda, lalu ulangi perintahnya.`,
  changedDetail: "tumbuh tidak pernah menimpa suntingan tangan: setiap berkas dibandingkan lagi isinya tepat sebelum diganti.",
  interrupted: (signal) => `Dihentikan (${signal}); tidak ada yang setengah tertulis.`,
};

const EN: StoreMessages = {
  busy: (path, pid, host, since, lock) =>
    `${path} is in use by another tumbuh command (process ${pid} on ${host}, since ${since}). Try again in a moment. If no tumbuh runs on ${host}, delete ${lock}.`,
  changedDuringWrite: (files, attempts) =>
    `${files.join(", ")} changed (by hand?) while tumbuh was writing, ${attempts} times in a row; nothing was written and the change is kept. Save your edit first, then run the command again.`,
  changedDetail: "tumbuh never overwrites a hand edit: each file's content is compared again just before it is replaced.",
  interrupted: (signal) => `Stopped (${signal}); nothing was left half written.`,
};

/** The messages in a language. */
export function storeMessages(lang: Lang): StoreMessages {
  return lang === "en" ? EN : ID;
}
