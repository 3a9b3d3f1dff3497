import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { GenerateMatrixSummary } from "../../app/generate-matrix";
import type { EditableField } from "../../core/matrix/editable-fields";
import type { FilterChoices } from "../../core/matrix/matrix-filter";
import { cellText, type CellValue } from "../../model/cells";
import type { MessageKey } from "../../model/i18n/messages";
import { workbookLabel } from "../../model/i18n/workbook-labels";
import type { Language } from "../../model/vocabularies";
import type { SheetPlan } from "../../workbook/plan";
import { matrixInWorker } from "../matrix-worker-client";
import { TaskStatus } from "../TaskStatus";
import { useTaskPane } from "../app-context";
import { useLanguage, useTranslate, type Translate } from "../i18n";
import { useSharedStyles } from "../shared-styles";
import { MATRIX_FILTERS, NO_SELECTION, choiceValues, filterFromSelection, isUprCycle, keepAvailable, type MatrixFilterName, type MatrixSelection } from "../matrix-form";

// The matrix builder and the dashboard load on demand, with the matrix chunk.
const loadMatrix = () => import(/* webpackChunkName: "matrix" */ "../../app/generate-matrix");

const usePageStyles = makeStyles({
  text: { overflowWrap: "anywhere", whiteSpace: "pre-wrap" },
  // A native select is as wide as its longest option (a long cluster name): in a narrow pane it must shrink to fit.
  select: { minWidth: 0, maxWidth: "100%" },
  heading: { marginBlockStart: tokens.spacingVerticalS, overflowWrap: "anywhere" },
  row: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingBlock: tokens.spacingVerticalXS },
  summaryLine: { cursor: "pointer", overflowWrap: "anywhere" },
  details: { margin: `${tokens.spacingVerticalXS} 0 0 0`, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: "anywhere", whiteSpace: "pre-wrap" },
});

/** The filters chosen, in words: "Mechanism: UPR", for the summary of a filtered matrix. */
function filterWords(selection: MatrixSelection, options: Record<MatrixFilterName, Option[]> | null, t: Translate): string[] {
  return MATRIX_FILTERS.filter((name) => selection[name]).map((name) => {
    const label = options?.[name].find((option) => option.value === selection[name])?.label ?? selection[name];
    return `${t(FILTER_LABELS[name])}: ${label}`;
  });
}

/** Rows of the generated sheet shown at first, and per "show more". */
const VIEW_PAGE = 25;

/**
 * The Monitoring Matrix as it was just written, read-only, for the standalone page where no Excel
 * shows it: the cluster headings, and each row folded to its IDs and text, opening to every column.
 */
function MatrixView({ plan }: { plan: SheetPlan }) {
  const styles = { ...useSharedStyles(), ...usePageStyles() };
  const t = useTranslate();
  const titleId = useId();
  const [shown, setShown] = useState(VIEW_PAGE);
  const visible = plan.columns.map((column, index) => ({ column, index })).filter(({ column }) => !column.hidden);
  const cells = (row: readonly CellValue[]) => visible.map(({ column, index }) => ({ header: column.header, value: cellText(row[index] ?? null) })).filter((cell) => cell.value);
  const dataRows = plan.rows.filter((_, index) => plan.rowStyles?.[index] !== "heading").length;
  let dataSeen = 0;
  return (
    <section className={styles.section} aria-labelledby={titleId}>
      <Text as="h3" size={300} weight="semibold" id={titleId}>
        {t("taskpane.matrix.viewTitle")}
      </Text>
      <Text size={200}>{t("taskpane.matrix.viewHint")}</Text>
      {(plan.preamble ?? []).slice(0, 2).map((line, index) => (
        <Text key={index} size={200} className={styles.text}>
          {cellText(line[0] ?? null)}
        </Text>
      ))}
      <div>
        {plan.rows.map((row, index) => {
          if (plan.rowStyles?.[index] === "heading") {
            if (dataSeen >= shown) return null;
            const [title, counts] = cells(row);
            return (
              <Text as="h4" key={index} weight="semibold" className={styles.heading} block>
                {title?.value}
                {counts && <Text size={200} block>{counts.value}</Text>}
              </Text>
            );
          }
          dataSeen += 1;
          if (dataSeen > shown) return null;
          const [first, second, ...rest] = cells(row);
          return (
            <details key={index} className={styles.row}>
              <summary className={styles.summaryLine}>
                <Text weight="semibold">{first?.value}</Text> {second ? shortText(second.value) : ""}
              </summary>
              <dl className={styles.details}>
                {[first, second, ...rest].filter(Boolean).map((cell) => (
                  <div key={cell!.header}>
                    <dt className={styles.term}>{cell!.header}</dt>
                    <dd className={styles.value}>{cell!.value}</dd>
                  </div>
                ))}
              </dl>
            </details>
          );
        })}
      </div>
      {dataRows > shown && (
        <div>
          <Button size="small" onClick={() => setShown((count) => count + VIEW_PAGE)}>
            {t("taskpane.matrix.viewMore", { shown, total: dataRows })}
          </Button>
        </div>
      )}
    </section>
  );
}

const shortText = (text: string, max = 90) => {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

interface Option {
  value: string;
  label: string;
}

// The matrix's own names for its editable columns, as its header row shows them.
const FIELD_LABELS: Record<EditableField, MessageKey> = {
  status: "matrix.field.status",
  responsibleInstitutions: "matrix.field.responsibleInstitutions",
  assessment: "matrix.field.assessment",
};

const FILTER_LABELS: Record<MatrixFilterName, MessageKey> = {
  mechanism: "taskpane.matrix.filter.mechanism",
  cycle: "taskpane.matrix.filter.cycle",
  cluster: "taskpane.matrix.filter.cluster",
  institution: "taskpane.matrix.filter.institution",
  response: "taskpane.matrix.filter.response",
  status: "taskpane.matrix.filter.status",
};

/** Each filter's options from the values present in the workbook; list values show in the pane's language. */
function filterOptions(choices: FilterChoices, t: Translate, language: Language): Record<MatrixFilterName, Option[]> {
  const plain = (values: readonly string[]) => values.map((value) => ({ value, label: value }));
  const listValues = (values: readonly string[]) => values.map((value) => ({ value, label: workbookLabel(language, value) }));
  return {
    mechanism: listValues(choices.mechanisms),
    cycle: choices.cycles.map((n) => ({ value: String(n), label: t(isUprCycle(n) ? "taskpane.matrix.cycleOption" : "taskpane.matrix.yearOption", { n }) })),
    cluster: choices.clusters.map((cluster) => ({ value: cluster.id, label: cluster.name ? `${cluster.id} — ${cluster.name}` : cluster.id })),
    institution: plain(choices.institutions),
    response: listValues(choices.responses),
    status: listValues(choices.statuses),
  };
}

/** Generates the Monitoring Matrix and Dashboard for all recommendations or a subset, and says what it did. */
export function MatrixPage() {
  const styles = { ...useSharedStyles(), ...usePageStyles() };
  const t = useTranslate();
  const { language } = useLanguage();
  const { workbook, runTask, busy, revision, markChanged, host } = useTaskPane();
  const [choices, setChoices] = useState<FilterChoices | null>(null);
  const [selection, setSelection] = useState<MatrixSelection>(NO_SELECTION);
  const [summary, setSummary] = useState<{ result: GenerateMatrixSummary; filters: string[] } | null>(null);
  const [generated, setGenerated] = useState<SheetPlan | null>(null);
  const titleId = useId();
  const summaryId = useId();
  const summaryHeading = useRef<HTMLHeadingElement>(null);

  const readChoices = useCallback(async () => {
    if (!workbook) return;
    await runTask("taskpane.matrix.readingChoices", async () => {
      const { matrixFilterChoices } = await loadMatrix();
      const read = await matrixFilterChoices(workbook.port);
      setChoices(read);
      // A value chosen before an import or a regeneration may be gone from the workbook.
      setSelection((current) => keepAvailable(current, choiceValues(read)));
    });
  }, [workbook, runTask]);

  useEffect(() => {
    setSummary(null);
    setGenerated(null);
    setSelection(NO_SELECTION);
  }, [workbook]);
  useEffect(() => {
    void readChoices();
    // `revision` changes whenever the workbook is replaced or written.
  }, [readChoices, revision]);
  useEffect(() => {
    if (summary) summaryHeading.current?.focus();
  }, [summary]);

  const options = choices ? filterOptions(choices, t, language) : null;

  if (!workbook) return <Text>{t("taskpane.needsWorkbook")}</Text>;

  const generate = async () => {
    setSummary(null);
    setGenerated(null);
    const chosen = selection;
    await runTask(
      "taskpane.matrix.generating",
      async (control) => {
        const { readMatrixInput, writeMatrix, MATRIX_STEP_MESSAGES } = await loadMatrix();
        const steps = Object.keys(MATRIX_STEP_MESSAGES);
        const step = (name: keyof typeof MATRIX_STEP_MESSAGES) => control.progress(steps.indexOf(name) / steps.length, MATRIX_STEP_MESSAGES[name]);
        step("read");
        const input = await readMatrixInput(workbook.port);
        control.signal.throwIfAborted();
        // The building runs in a Web Worker, so the pane answers while it works; only reading and writing stay here.
        const output = await matrixInWorker({ input, filter: filterFromSelection(chosen), today: new Date(), language }, control.signal, step);
        control.signal.throwIfAborted();
        step("write");
        await writeMatrix(workbook.port, output);
        markChanged();
        setSummary({ result: output.summary, filters: filterWords(chosen, options, t) });
        setGenerated(output.plans[0]);
      },
      { near: "matrix" },
    );
  };

  const noRecommendations = choices !== null && choices.mechanisms.length === 0;

  return (
    <section className={styles.section} aria-labelledby={titleId}>
      <Text as="h2" size={400} weight="semibold" id={titleId}>
        {t("taskpane.matrix.title")}
      </Text>
      <Text>{t("taskpane.matrix.intro")}</Text>
      <Text as="h3" size={300} weight="semibold">
        {t("taskpane.matrix.editsTitle")}
      </Text>
      <Text>{t("taskpane.matrix.edits")}</Text>

      {noRecommendations && <Text weight="semibold">{t("taskpane.matrix.noRecommendations")}</Text>}
      <fieldset className={styles.fieldset}>
        <legend>
          <Text as="span" size={300} weight="semibold">
            {t("taskpane.matrix.filtersTitle")}
          </Text>
        </legend>
        <Text size={200}>{t("taskpane.matrix.filtersHint")}</Text>
        {MATRIX_FILTERS.map((name) => (
          <Field key={name} label={t(FILTER_LABELS[name])}>
            <Select className={styles.select} value={selection[name]} onChange={(_, data) => setSelection((current) => ({ ...current, [name]: data.value }))} disabled={busy || !options}>
              <option value="">{t("taskpane.matrix.all")}</option>
              {(options?.[name] ?? []).map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      </fieldset>
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={generate} disabled={busy}>
          {t("taskpane.matrix.generate")}
        </Button>
      </div>
      <TaskStatus near="matrix" />

      {summary && (
        <section className={styles.section} aria-labelledby={summaryId}>
          <Text as="h3" size={300} weight="semibold" id={summaryId} tabIndex={-1} ref={summaryHeading}>
            {t("taskpane.matrix.summaryTitle")}
          </Text>
          <Text role="status" weight="semibold">
            {t("taskpane.matrix.done", { matrix: summary.result.sheets.matrix, dashboard: summary.result.sheets.dashboard })}
          </Text>
          <Text weight="semibold" className={styles.text} data-testid="matrix-filter">
            {summary.filters.length === 0 ? t("taskpane.matrix.wholeMatrix") : t("taskpane.matrix.filteredBy", { filters: summary.filters.join("; ") })}
          </Text>
          <MatrixSummary summary={summary.result} />
          {host.mode === "standalone" && <Text>{t("taskpane.matrix.downloadHint")}</Text>}
        </section>
      )}
      {generated && host.mode === "standalone" && <MatrixView plan={generated} />}
    </section>
  );
}

function MatrixSummary({ summary }: { summary: GenerateMatrixSummary }) {
  const styles = { ...useSharedStyles(), ...usePageStyles() };
  const t = useTranslate();
  const field = (name: EditableField) => t(FIELD_LABELS[name]);
  const shown = (value: string) => value || t("taskpane.matrix.empty");
  return (
    <>
      <ul className={styles.list}>
        <li>{t("taskpane.matrix.count.rows", { n: summary.rows })}</li>
        <li>{t("taskpane.matrix.count.recommendations", { n: summary.recommendations })}</li>
        <li>{t("taskpane.matrix.count.clusters", { n: summary.clusters })}</li>
        <li>{t("taskpane.matrix.count.gaps", { n: summary.gaps })}</li>
        <li>{t("taskpane.matrix.count.overdue", { n: summary.overdueActions })}</li>
        <li>{t("taskpane.matrix.count.upcoming", { n: summary.upcomingDeadlines })}</li>
        <li>{t("taskpane.matrix.count.carriedBack", { n: summary.carriedBack.length })}</li>
        <li>{t("taskpane.matrix.count.conflicts", { n: summary.conflicts.length })}</li>
        <li>{t("taskpane.matrix.count.lostEdits", { n: summary.orphans.length })}</li>
      </ul>
      {summary.carriedBack.length > 0 && (
        <div>
          <Text>{t("taskpane.matrix.carriedList")}</Text>
          <ul className={styles.list}>
            {summary.carriedBack.map((edit, index) => (
              <li key={index} className={styles.text}>
                {t("taskpane.matrix.carriedRow", { ids: edit.ids.join(", "), field: field(edit.field), value: shown(edit.edited), row: edit.sheetRow })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {summary.conflicts.length > 0 && (
        <div>
          <Text>{"⚠ "}{t("taskpane.matrix.conflictList")}</Text>
          <ul className={styles.list}>
            {summary.conflicts.map((conflict, index) => (
              <li key={index} className={styles.text}>
                {t("taskpane.matrix.conflictRow", { ids: conflict.ids.join(", "), field: field(conflict.field), kept: shown(conflict.matrixValue), old: shown(conflict.tableValue) })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {summary.orphans.length > 0 && (
        <div>
          <Text>{"⚠ "}{t("taskpane.matrix.orphanList")}</Text>
          <ul className={styles.list}>
            {summary.orphans.map((orphan, index) => (
              <li key={index} className={styles.text}>
                {t("taskpane.matrix.orphanRow", { ids: orphan.missingIds.join(", "), field: field(orphan.field), value: shown(orphan.edited), row: orphan.sheetRow })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
