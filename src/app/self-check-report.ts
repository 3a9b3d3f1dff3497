import type { MessageKey, MessageParams } from "../model/i18n/messages";
import type { Language } from "../model/vocabularies";
import { DOCUMENTED_REQUEST_LIMIT_BYTES, type FeatureOutcome, type ProbeCell, type SelfCheckResults } from "../workbook/self-check";

/**
 * "Check this Excel" in words: what each probe found, and, where it contradicts what the add-in
 * assumes, what the add-in does about it. Pure: the probes run in the Excel adapter, the page
 * shows these lines and copies them as text.
 */

/** ok: as the add-in assumes; info: worth knowing, handled; attention: contradicts an assumption. */
export type ReportTone = "ok" | "info" | "attention";

export interface ReportMessage {
  key: MessageKey;
  params?: MessageParams;
}

export interface ReportLine extends ReportMessage {
  tone: ReportTone;
  /** What the add-in does about it (lines that are not "ok"). */
  consequence?: ReportMessage;
}

export interface ReportSection {
  title: MessageKey;
  lines: ReportLine[];
}

/** The budget the adapter aims at per request, counted as UTF-16 (request-cost.ts). */
export const ADAPTER_REQUEST_TARGET_BYTES = 4_500_000;

const CELL_NAME: Record<ProbeCell, MessageKey> = { text: "selfCheck.cell.text", general: "selfCheck.cell.general" };

function megabytes(bytes: number, language: Language): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1_000_000);
}

/** A sample as quoted in running text: English quotes, Spanish and French guillemets. */
function quoted(value: unknown, language: Language): string {
  if (language === "fr") return `«\u00a0${String(value)}\u00a0»`;
  return language === "es" ? `«${String(value)}»` : `“${String(value)}”`;
}

export function selfCheckReport(results: SelfCheckResults, language: Language, translate: (key: MessageKey, params?: MessageParams) => string): ReportSection[] {
  return [
    { title: "selfCheck.section.excel", lines: environmentLines(results) },
    { title: "selfCheck.section.text", lines: [...textLines(results, language, translate), ...longTextLines(results, language, translate)] },
    { title: "selfCheck.section.requests", lines: requestLines(results, language) },
    {
      title: "selfCheck.section.features",
      lines: [
        featureLine(results.tableResize, "selfCheck.tableResize"),
        featureLine(results.rowGroups, "selfCheck.rowGroups"),
        featureLine(results.offsetListValidation, "selfCheck.listValidation"),
        eventLine(results),
      ],
    },
    {
      title: "selfCheck.section.cleanup",
      lines: [results.temporarySheetRemoved ? { tone: "ok", key: "selfCheck.cleanup.removed" } : { tone: "attention", key: "selfCheck.cleanup.left" }],
    },
  ];
}

function environmentLines(results: SelfCheckResults): ReportLine[] {
  const { host, platform, version, requirementSets } = results.environment;
  const unknown = "?";
  const supported = requirementSets.filter((set) => set.supported).map((set) => set.version);
  const missing = requirementSets.filter((set) => !set.supported).map((set) => set.version);
  const lines: ReportLine[] = [
    { tone: "info", key: "selfCheck.environment", params: { host: host ?? unknown, platform: platform ?? unknown, version: version ?? unknown } },
    { tone: "info", key: "selfCheck.requirementSets", params: { supported: supported.join(", ") || "-", missing: missing.join(", ") || "-" } },
  ];
  if (!supported.includes("1.9")) lines.push({ tone: "attention", key: "selfCheck.requirementSets.tooOld", consequence: { key: "selfCheck.requirementSets.tooOldDoes" } });
  return lines;
}

function textLines(results: SelfCheckResults, language: Language, translate: (key: MessageKey, params?: MessageParams) => string): ReportLine[] {
  const samples = [...new Set(results.textRoundTrips.map((trip) => trip.sample))];
  return samples.map((sample): ReportLine => {
    const trips = results.textRoundTrips.filter((trip) => trip.sample === sample);
    const changed = trips.filter((trip) => trip.refused !== undefined || trip.returned !== sample);
    if (changed.length === 0) return { tone: "ok", key: "selfCheck.text.unchanged", params: { sample: quoted(sample, language) } };
    const first = changed[0];
    return {
      tone: "attention",
      key: first.refused !== undefined ? "selfCheck.text.refused" : "selfCheck.text.changed",
      params: { sample: quoted(sample, language), cell: translate(CELL_NAME[first.cell]), returned: quoted(first.returned ?? "", language), reason: first.refused ?? "" },
      consequence: { key: first.cell === "text" ? "selfCheck.text.textCellDoes" : "selfCheck.text.generalCellDoes", params: { first: quoted(sample.charAt(0), language) } },
    };
  });
}

function longTextLines(results: SelfCheckResults, language: Language, translate: (key: MessageKey, params?: MessageParams) => string): ReportLine[] {
  return results.longText.map((trip): ReportLine => {
    const params = { length: new Intl.NumberFormat(language).format(trip.length), cell: translate(CELL_NAME[trip.cell]), reason: trip.reason ?? "" };
    if (trip.outcome === "unchanged") return { tone: "ok", key: trip.cell === "general" ? "selfCheck.long.generalAccepted" : "selfCheck.long.unchanged", params };
    // The adapter assumes the apostrophe counts: a General cell refusing 32,767 characters plus the apostrophe is that assumption holding.
    if (trip.cell === "general" && trip.outcome === "refused") return { tone: "info", key: "selfCheck.long.generalRefused", params, consequence: { key: "selfCheck.long.generalRefusedDoes" } };
    return { tone: "attention", key: trip.outcome === "refused" ? "selfCheck.long.refused" : "selfCheck.long.changed", params, consequence: { key: "selfCheck.long.textDoes" } };
  });
}

function requestLines(results: SelfCheckResults, language: Language): ReportLine[] {
  const lines: ReportLine[] = [];
  const underLimit = results.requests.filter((probe) => probe.utf16Bytes < DOCUMENTED_REQUEST_LIMIT_BYTES);
  const counting = results.requests.find((probe) => probe.utf8Bytes < DOCUMENTED_REQUEST_LIMIT_BYTES && probe.utf16Bytes > DOCUMENTED_REQUEST_LIMIT_BYTES);
  for (const probe of underLimit) {
    const params = { utf16: megabytes(probe.utf16Bytes, language), utf8: megabytes(probe.utf8Bytes, language), reason: probe.reason ?? "" };
    if (probe.accepted) lines.push({ tone: "ok", key: "selfCheck.request.accepted", params });
    else lines.push({ tone: "attention", key: "selfCheck.request.refused", params, consequence: { key: "selfCheck.request.refusedDoes", params: { target: megabytes(ADAPTER_REQUEST_TARGET_BYTES, language) } } });
  }
  const accepted = results.requests.filter((probe) => probe.accepted);
  if (accepted.length > 0) {
    const largest = accepted.reduce((best, probe) => (probe.utf16Bytes > best.utf16Bytes ? probe : best));
    lines.push({ tone: "info", key: "selfCheck.request.largest", params: { utf16: megabytes(largest.utf16Bytes, language), utf8: megabytes(largest.utf8Bytes, language) } });
  }
  if (counting) {
    const params = { utf16: megabytes(counting.utf16Bytes, language), utf8: megabytes(counting.utf8Bytes, language) };
    const smallerAccepted = underLimit.some((probe) => probe.accepted);
    if (counting.accepted) lines.push({ tone: "info", key: "selfCheck.request.countsUtf8", params, consequence: { key: "selfCheck.request.countsUtf8Does", params: { target: megabytes(ADAPTER_REQUEST_TARGET_BYTES, language) } } });
    else if (smallerAccepted) lines.push({ tone: "ok", key: "selfCheck.request.countsUtf16", params });
    else lines.push({ tone: "attention", key: "selfCheck.request.countsUnknown", params });
  }
  return lines;
}

function featureLine(outcome: FeatureOutcome, prefix: "selfCheck.tableResize" | "selfCheck.rowGroups" | "selfCheck.listValidation"): ReportLine {
  if (outcome.outcome === "works") return { tone: "ok", key: `${prefix}.works` };
  if (outcome.outcome === "unsupported") return { tone: "info", key: `${prefix}.unsupported`, params: { set: outcome.requirementSet }, consequence: { key: `${prefix}.unsupportedDoes` } };
  return { tone: "attention", key: `${prefix}.failed`, params: { reason: outcome.reason }, consequence: { key: `${prefix}.failedDoes` } };
}

function eventLine(results: SelfCheckResults): ReportLine {
  const events = results.ownWriteEvents;
  if (events.fired === null) return { tone: "attention", key: "selfCheck.events.failed", params: { reason: events.reason ?? "" }, consequence: { key: "selfCheck.events.failedDoes" } };
  if (!events.fired) return { tone: "info", key: "selfCheck.events.none", consequence: { key: "selfCheck.events.noneDoes" } };
  if (events.triggerSource === "ThisLocalAddin") return { tone: "ok", key: "selfCheck.events.marked" };
  return { tone: "info", key: "selfCheck.events.unmarked", consequence: { key: "selfCheck.events.unmarkedDoes" } };
}

/** The report as plain text, for "Copy report": a title, then each section's lines, consequences indented. */
export function selfCheckText(title: string, sections: readonly ReportSection[], translate: (key: MessageKey, params?: MessageParams) => string): string {
  const mark: Record<ReportTone, string> = { ok: "[OK]", info: "[i]", attention: "[!]" };
  const out: string[] = [title];
  for (const section of sections) {
    out.push("", translate(section.title));
    for (const line of section.lines) {
      out.push(`${mark[line.tone]} ${translate(line.key, line.params)}`);
      if (line.consequence) out.push(`    → ${translate(line.consequence.key, line.consequence.params)}`);
    }
  }
  return out.join("\n");
}
