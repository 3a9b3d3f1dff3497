import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import type { FilterChoices } from "../../core/matrix/matrix-filter";
import { UserFacingError, type MessageKey, type MessageParams } from "../../model/i18n/messages";
import { workbookLabel } from "../../model/i18n/workbook-labels";
import { TABLES } from "../../model/tables";
import type { Language } from "../../model/vocabularies";
import { useTaskPane, type TaskControl } from "../app-context";
import { copyTable } from "../clipboard";
import { NO_SUBSET, exportFileName, filterOf, type ExportKind, type SubsetChoices, type TableFormat } from "../export-choices";
import { docxBlob, impactOssZip, loadClipboardTable, loadMatrixChoices, loadTableExport, loadWordReport, tableFileBlob } from "../export-files";
import { LANGUAGE_NAMES, useLanguage, useTranslate } from "../i18n";
import { TaskStatus } from "../TaskStatus";
import { saveBlob } from "../workbook-session";
import { NoWorkbook } from "./NoWorkbook";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  subset: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, border: "none", margin: 0, padding: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // A native select is as wide as its longest option; in a narrow pane it must shrink to fit.
  select: { minWidth: 0, maxWidth: "100%" },
});

const KINDS: { kind: ExportKind; label: MessageKey }[] = [
  { kind: "report", label: "taskpane.export.kind.report" },
  { kind: "impactoss", label: "taskpane.export.kind.impactoss" },
  { kind: "table", label: "taskpane.export.kind.table" },
  { kind: "matrix", label: "taskpane.export.kind.matrix" },
];

const SUBSET_FIELDS: { key: keyof SubsetChoices; label: MessageKey }[] = [
  { key: "mechanism", label: "taskpane.export.filter.mechanism" },
  { key: "cycle", label: "taskpane.export.filter.cycle" },
  { key: "cluster", label: "taskpane.export.filter.cluster" },
  { key: "institution", label: "taskpane.export.filter.institution" },
  { key: "response", label: "taskpane.export.filter.response" },
  { key: "status", label: "taskpane.export.filter.status" },
];

/** A finished export or copy, as the page confirms it. */
interface Confirmation {
  key: MessageKey;
  params: MessageParams;
}

/** The highest UPR cycle so far is 4; anything bigger in the cycle list is a year. */
const isUprCycle = (value: number) => value < 100;

/**
 * The Export step: a Word report, IMPACT OSS import files, a table or the filtered matrix as CSV
 * or XLSX, downloaded; a table or the matrix copied to the clipboard. Exporting never writes to
 * the workbook, so a cancelled export has nothing to undo.
 */
export function ExportPage() {
  const styles = useStyles();
  const t = useTranslate();
  const { language } = useLanguage();
  const { workbook, busy, runTask, revision } = useTaskPane();
  const titleId = useId();
  const [kind, setKind] = useState<ExportKind>("report");
  const [table, setTable] = useState<string>(TABLES[0].name);
  const [format, setFormat] = useState<TableFormat>("csv");
  const [subset, setSubset] = useState<SubsetChoices>(NO_SUBSET);
  const [reportLanguage, setReportLanguage] = useState<Language>(language);
  const [choices, setChoices] = useState<FilterChoices | null>(null);
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);

  // The report follows the interface language until someone picks another.
  const [languageTouched, setLanguageTouched] = useState(false);
  useEffect(() => {
    if (!languageTouched) setReportLanguage(language);
  }, [language, languageTouched]);

  useEffect(() => {
    let current = true;
    setChoices(null);
    if (!workbook) return;
    void (async () => {
      try {
        const { matrixFilterChoices } = await loadMatrixChoices();
        const next = await matrixFilterChoices(workbook.port);
        if (current) setChoices(next);
      } catch {
        // A workbook without the tables offers no subset; exporting then says what is missing.
      }
    })();
    return () => {
      current = false;
    };
  }, [workbook, revision]);

  if (!workbook) return <NoWorkbook title="taskpane.nav.export" />;
  const port = workbook.port;
  const filter = filterOf(subset);
  const usesSubset = kind === "report" || kind === "matrix";
  const fileName = exportFileName({ kind, filter, language: reportLanguage, table, format });
  const today = () => new Date();

  const exportAndDownload = () =>
    runTask("taskpane.export.progress.loading", async ({ signal, progress }: TaskControl) => {
      setConfirmation(null);
      if (kind === "report") {
        const { exportWordReport } = await loadWordReport();
        signal.throwIfAborted();
        const report = await exportWordReport(port, {
          filter,
          language: reportLanguage,
          today: today(),
          signal,
          onProgress: (step) => progress(step === "read" ? 0.2 : 0.5, step === "read" ? "taskpane.export.progress.read" : "taskpane.export.progress.render"),
        });
        // The docx library cannot be interrupted mid-file; a cancel while it writes still downloads nothing.
        signal.throwIfAborted();
        saveBlob(docxBlob(report.bytes), fileName);
        const clusters = report.matrix.clusters.filter((cluster) => cluster.id !== null && cluster.rows.length > 0).length;
        setConfirmation({ key: "taskpane.export.done.report", params: { file: fileName, recommendations: report.matrix.totals.recommendations, clusters } });
        return;
      }
      const tables = await loadTableExport();
      signal.throwIfAborted();
      progress(0.3, kind === "matrix" ? "taskpane.export.progress.read" : "taskpane.export.progress.table");
      if (kind === "impactoss") {
        const { files } = await tables.exportImpactOss(port, { language });
        signal.throwIfAborted();
        progress(0.7, "taskpane.export.progress.file");
        const zip = await impactOssZip(files);
        signal.throwIfAborted();
        saveBlob(zip, fileName);
        const rows = (entity: string) => files.find((file) => file.entity === entity)?.rows.length ?? 0;
        setConfirmation({
          key: "taskpane.export.done.impactoss",
          params: { file: fileName, recommendations: rows("recommendations"), measures: rows("measures"), indicators: rows("indicators") },
        });
        return;
      }
      const file =
        kind === "table" ? await tables.exportWorkbookTable(port, table, format) : await tables.exportMatrixTable(port, { filter, language, today: today() }, format);
      signal.throwIfAborted();
      progress(0.7, "taskpane.export.progress.file");
      const blob = await tableFileBlob(file, fileName);
      signal.throwIfAborted();
      saveBlob(blob, fileName);
      setConfirmation({ key: "taskpane.export.done.file", params: { file: fileName, rows: file.table.rows.length } });
    }, { near: "export" });

  const copyAsTable = () =>
    runTask("taskpane.export.progress.copy", async ({ signal }) => {
      setConfirmation(null);
      const tables = await loadTableExport();
      const { clipboardTable } = await loadClipboardTable();
      const exported = kind === "table" ? await tables.exportWorkbookTable(port, table, "csv") : await tables.exportMatrixTable(port, { filter, language, today: today() }, "csv");
      const clipboard = clipboardTable(exported.table);
      const rows = exported.table.rows.length;
      signal.throwIfAborted();
      let copied;
      try {
        copied = await copyTable(clipboard);
      } catch (error) {
        throw new UserFacingError("taskpane.export.clipboardRefused", { detail: error instanceof Error ? error.message : String(error) });
      }
      setConfirmation({ key: copied === "html" ? "taskpane.export.copied.html" : "taskpane.export.copied.text", params: { rows } });
    }, { near: "export" });

  const setChoice = (key: keyof SubsetChoices, value: string) => setSubset((previous) => ({ ...previous, [key]: value }));
  const optionsOf = (key: keyof SubsetChoices): { value: string; label: string }[] => {
    if (!choices) return [];
    switch (key) {
      case "cycle":
        return choices.cycles.map((cycle) => ({ value: String(cycle), label: isUprCycle(cycle) ? t("taskpane.export.cycleOption", { cycle }) : String(cycle) }));
      case "cluster":
        return choices.clusters.map((cluster) => ({ value: cluster.id, label: [cluster.id, cluster.name].filter(Boolean).join(" · ") }));
      case "mechanism":
        return choices.mechanisms.map((value) => ({ value, label: workbookLabel(language, value) }));
      case "institution":
        return choices.institutions.map((value) => ({ value, label: value }));
      case "response":
        return choices.responses.map((value) => ({ value, label: workbookLabel(language, value) }));
      case "status":
        return choices.statuses.map((value) => ({ value, label: workbookLabel(language, value) }));
    }
  };

  return (
    <section className={styles.section} aria-labelledby={titleId}>
      <Text as="h2" size={400} weight="semibold" id={titleId}>
        {t("taskpane.nav.export")}
      </Text>
      <Text>{t("taskpane.export.intro")}</Text>
      <Field label={t("taskpane.export.what")}>
        <RadioGroup value={kind} onChange={(_, data) => setKind(data.value as ExportKind)}>
          {KINDS.map((option) => (
            <Radio key={option.kind} value={option.kind} label={t(option.label)} />
          ))}
        </RadioGroup>
      </Field>
      {kind === "impactoss" && <Text>{t("taskpane.export.impactossHint")}</Text>}
      {kind === "table" && (
        <Field label={t("taskpane.export.table")}>
          <Select className={styles.select} value={table} onChange={(_, data) => setTable(data.value)}>
            {TABLES.map((def) => (
              <option key={def.name} value={def.name}>
                {t(`taskpane.table.${def.name}`)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {(kind === "table" || kind === "matrix") && (
        <Field label={t("taskpane.export.format")}>
          <RadioGroup value={format} onChange={(_, data) => setFormat(data.value as TableFormat)}>
            <Radio value="csv" label={t("taskpane.export.format.csv")} />
            <Radio value="xlsx" label={t("taskpane.export.format.xlsx")} />
          </RadioGroup>
        </Field>
      )}
      {usesSubset && (
        <fieldset className={styles.subset}>
          <legend>
            <Text size={300} weight="semibold">
              {t("taskpane.export.subset")}
            </Text>
          </legend>
          <Text size={200}>{t("taskpane.export.subsetHint")}</Text>
          {SUBSET_FIELDS.map((field) => (
            <Field key={field.key} label={t(field.label)}>
              <Select className={styles.select} value={subset[field.key]} onChange={(_, data) => setChoice(field.key, data.value)}>
                <option value="">{t("taskpane.export.all")}</option>
                {optionsOf(field.key).map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
        </fieldset>
      )}
      {kind === "report" && (
        <Field label={t("taskpane.export.language")} hint={t("taskpane.export.languageHint")}>
          <Select
            className={styles.select}
            value={reportLanguage}
            onChange={(_, data) => {
              setLanguageTouched(true);
              setReportLanguage(data.value as Language);
            }}
          >
            {(Object.keys(LANGUAGE_NAMES) as Language[]).map((candidate) => (
              <option key={candidate} value={candidate} lang={candidate}>
                {t(LANGUAGE_NAMES[candidate])}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={exportAndDownload} disabled={busy}>
          {t("taskpane.export.run")}
        </Button>
        {(kind === "table" || kind === "matrix") && (
          <Button onClick={copyAsTable} disabled={busy}>
            {t("taskpane.export.copy")}
          </Button>
        )}
      </div>
      <TaskStatus near="export" />
      {(kind === "table" || kind === "matrix") && <Text size={200}>{t("taskpane.export.copyHint")}</Text>}
      <div role="status" aria-live="polite">
        {confirmation && (
          <MessageBar intent="success">
            <MessageBarBody>{t(confirmation.key, confirmation.params)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
