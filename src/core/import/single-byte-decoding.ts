/**
 * Windows-1252 as the Encoding Standard defines it, in Node as in browsers. Node 20's
 * TextDecoder("windows-1252") reads 0x80-0x9F as Latin-1 control characters, so "š", "ž", "€"
 * and curly quotes would arrive as invisible controls; browsers read them right. Every decoder
 * of 8-bit text in the import goes through here.
 */

/** What Windows-1252 puts at 0x80-0x9F (0 where it has no character: those bytes stay as they are). */
const WINDOWS_1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function windows1252Character(control: string): string {
  return String.fromCharCode(WINDOWS_1252_HIGH[control.charCodeAt(0) - 0x80] || control.charCodeAt(0));
}

/** Decodes like TextDecoder, with `stream` support, reading Windows-1252 right on every platform. */
export interface TextDecoding {
  decode(bytes?: Uint8Array, options?: { stream?: boolean }): string;
}

export function textDecoderFor(label: string): TextDecoding {
  const decoder = new TextDecoder(label);
  if (decoder.encoding !== "windows-1252") return decoder;
  return {
    decode: (bytes, options) => decoder.decode(bytes, options).replace(/[\u0080-\u009f]/g, windows1252Character),
  };
}
