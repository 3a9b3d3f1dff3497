/**
 * A UPR Info database export of every session, shaped as UPR Info writes it: one row per
 * recommending State, the States under review and recommending States spelt UPR Info's way
 * ("DPR Korea", "Macedonia FYR", "St Lucia", "Antigua & Barbuda"...). The spellings are the
 * fixture test/fixtures/import/state-names/upr-info-states.tsv, passed in by the caller.
 */
const RESPONSES = ["Accepted", "Noted", "Accepted", "Accepted", ""];
const ISSUES = ["International instruments", "Women's rights", "Torture and other CID treatment", "Children", "Justice", "Migrants"];

const quoted = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** `rows` rows; every State is reviewed and every State recommends. Deterministic. */
export function uprInfoExportCsv(states: readonly string[], rows: number): string {
  const lines = ["To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session"];
  for (let index = 0; index < rows; index++) {
    const review = Math.floor(index / 3);
    const to = states[review % states.length];
    const session = 1 + (review % 45);
    const from = states[(index * 7 + 3) % states.length];
    const text = `Take further measures to protect the rights of persons in situations of vulnerability (${review}), in line with its international obligations`;
    lines.push([to, "WEOG", "", text, from, "GRULAC", "", RESPONSES[review % RESPONSES.length], String(1 + (index % 5)), `${ISSUES[index % ISSUES.length]}, ${ISSUES[(index + 1) % ISSUES.length]}`, String(session)].map(quoted).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}
