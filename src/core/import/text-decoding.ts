/**
 * Text files from outside arrive in whatever encoding the program that saved them chose:
 * UTF-8 with or without BOM, UTF-16 ("Unicode text" from Excel), Windows-1252 (Excel on
 * Windows), Mac Roman (Excel for Mac, with CR-only line endings). This finds which, so an `é`
 * arrives as `é`, and decodes in chunks so a large file is never held twice as one string.
 * Uses the platform TextDecoder, present in Node and every browser.
 */

import { textDecoderFor } from "./single-byte-decoding";

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252" | "macintosh";

const CHUNK_BYTES = 1 << 20;

export function detectEncoding(bytes: Uint8Array): TextEncodingName {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  const sixteen = utf16WithoutBom(bytes);
  if (sixteen) return sixteen;
  if (isValidUtf8(bytes)) return "utf-8";
  return singleByteEncoding(bytes);
}

/** ASCII text in UTF-16 has a zero in every other byte. */
function utf16WithoutBom(bytes: Uint8Array): TextEncodingName | undefined {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 4) return undefined;
  let zeroOdd = 0;
  let zeroEven = 0;
  for (let index = 0; index < sample; index += 2) {
    if (bytes[index] === 0) zeroEven++;
    if (bytes[index + 1] === 0) zeroOdd++;
  }
  const pairs = sample / 2;
  if (zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.05) return "utf-16le";
  if (zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.05) return "utf-16be";
  return undefined;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
      decoder.decode(bytes.subarray(start, start + CHUNK_BYTES), { stream: true });
    }
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

/**
 * Windows-1252 or Mac Roman: both put accented letters above 0x7F, in different places. The
 * one that reads those bytes as lower-case letters (or, for Windows, closing quotes) right after
 * a letter (Comit|é|, l|’|enfant) is the right one; CR-only line endings, which only classic Mac
 * software writes, tip the balance.
 */
function singleByteEncoding(bytes: Uint8Array): TextEncodingName {
  const sample = bytes.subarray(0, Math.min(bytes.length, 1 << 18));
  const windows = textDecoderFor("windows-1252").decode(sample);
  const mac = new TextDecoder("macintosh").decode(sample);
  let score = 0;
  for (let index = 1; index < sample.length; index++) {
    if (sample[index] < 0x80 || !/\p{L}/u.test(windows[index - 1])) continue;
    // A closing quote or apostrophe right after a letter (l’enfant, “ukrepi”) is Windows punctuation
    // that Mac Roman would read as í or î: count it for Windows, as a lower-case letter is.
    if (/[\p{Ll}’”]/u.test(windows[index])) score--;
    if (/\p{Ll}/u.test(mac[index])) score++;
  }
  if (hasOnlyCrLineEndings(sample)) score += 2;
  return score > 0 ? "macintosh" : "windows-1252";
}

function hasOnlyCrLineEndings(bytes: Uint8Array): boolean {
  return bytes.includes(0x0d) && !bytes.includes(0x0a);
}

/** The text in chunks of about a megabyte, BOM removed. */
export function* decodeChunks(bytes: Uint8Array, encoding: TextEncodingName = detectEncoding(bytes)): Generator<string> {
  const decoder = textDecoderFor(encoding);
  for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
    const chunk = decoder.decode(bytes.subarray(start, start + CHUNK_BYTES), { stream: true });
    if (chunk) yield chunk;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

export function decodeText(bytes: Uint8Array): string {
  return [...decodeChunks(bytes)].join("");
}
