/**
 * FNV-1a, 64-bit, over the UTF-8 bytes of a string: a small pure hash for deterministic ids of
 * imported rows. Computed on four 16-bit limbs so it needs neither BigInt nor a crypto API and
 * gives the same result in every JavaScript engine.
 *
 * Not a cryptographic hash: it only has to make accidental collisions unlikely (with 64 bits, about
 * one in 10⁷ for a million rows), and the importer still compares content when ids meet.
 *
 * @module
 */

/**
 * FNV-1a 64-bit hash of the UTF-8 encoding of a text.
 *
 * @param text - any text (lone surrogates are hashed as U+FFFD, as `TextEncoder` would)
 * @returns 16 lower-case hex digits
 */
export function fnv1a64(text: string): string {
  // Offset basis 0xcbf29ce484222325, as four 16-bit limbs (v0 lowest).
  let v0 = 0x2325;
  let v1 = 0x8422;
  let v2 = 0x9ce4;
  let v3 = 0xcbf2;
  const byte = (b: number): void => {
    v0 ^= b;
    // Multiply by the FNV prime 0x100000001b3 = 2^40 + 0x1b3, keeping 64 bits.
    const t0 = v0 * 0x1b3;
    const t1 = v1 * 0x1b3;
    const t2 = v2 * 0x1b3 + (v0 << 8);
    const t3 = v3 * 0x1b3 + (v1 << 8);
    const c1 = t1 + (t0 >>> 16);
    const c2 = t2 + (c1 >>> 16);
    v0 = t0 & 0xffff;
    v1 = c1 & 0xffff;
    v2 = c2 & 0xffff;
    v3 = (t3 + (c2 >>> 16)) & 0xffff;
  };
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      } else {
        cp = 0xfffd;
      }
    } else if (cp >= 0xd800 && cp <= 0xdfff) {
      cp = 0xfffd;
    }
    if (cp < 0x80) {
      byte(cp);
    } else if (cp < 0x800) {
      byte(0xc0 | (cp >> 6));
      byte(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      byte(0xe0 | (cp >> 12));
      byte(0x80 | ((cp >> 6) & 0x3f));
      byte(0x80 | (cp & 0x3f));
    } else {
      byte(0xf0 | (cp >> 18));
      byte(0x80 | ((cp >> 12) & 0x3f));
      byte(0x80 | ((cp >> 6) & 0x3f));
      byte(0x80 | (cp & 0x3f));
    }
  }
  const hex = (v: number) => v.toString(16).padStart(4, "0");
  return hex(v3) + hex(v2) + hex(v1) + hex(v0);
}
