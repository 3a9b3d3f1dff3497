/** Worksheet addresses as findings and change events carry them ("'My sheet'!C7", "A5:F9", "7:9"). */

/** Splits "Actions!C7" or "'My sheet'!C7" into the sheet name (unquoted) and the address on it. */
export function splitCellAddress(cell: string): { sheet: string; address: string } | null {
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(cell);
  if (quoted) return { sheet: quoted[1].replace(/''/g, "'"), address: quoted[2] };
  const plain = /^([^!']+)!(.+)$/.exec(cell);
  return plain ? { sheet: plain[1], address: plain[2] } : null;
}

/**
 * The worksheet rows an A1 range covers ("C7" → 7..7, "A5:F9" → 5..9, "7:9" → 7..9); null for
 * whole columns ("C:C") or anything else, which callers treat as "could be any row".
 */
export function rowSpan(address: string): { first: number; last: number } | null {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const parts = bare.replace(/\$/g, "").split(":");
  if (parts.length > 2) return null;
  const rows = parts.map((part) => /^[A-Za-z]{0,3}(\d+)$/.exec(part)?.[1]);
  if (rows.some((row) => row === undefined)) return null;
  const numbers = rows.map(Number);
  const first = Math.min(...numbers);
  const last = Math.max(...numbers);
  return first >= 1 ? { first, last } : null;
}
