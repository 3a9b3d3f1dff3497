import { Button, Field, Select, Text, makeStyles } from "@fluentui/react-components";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { GenerateMatrixSummary } from "../../app/generate-matrix";
import type { EditableField } from "../../core/matrix/editable-fields";
import type { FilterChoices } from "../../core/matrix/matrix-filter";
import type { MessageKey } from "../../model/i18n/messages";
import { useTaskPane } from "../app-context";
import { useLanguage, useTranslate, type Translate } from "../i18n";
import { useSharedStyles } from "../shared-styles";
import { MATRIX_FILTERS, NO_SELECTION, choiceValues, filterFromSelection, isUprCycle, keepAvailable, type MatrixFilterName, type MatrixSelection } from "../matrix-form";

// The matrix builder and the dashboard load on demand, with the matrix chunk.
const loadMatrix = () => import(/* webpackChunkName: "matrix" */ "../../app/generate-matrix");

const usePageStyles = makeStyles({
  text: { overflowWrap: "anywhere", whiteSpace: "pre-wrap" },
});

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

/** Each filter's options from the values present in the workbook. */
function filterOptions(choices: FilterChoices, t: Translate): Record<MatrixFilterName, Option[]> {
  const plain = (values: readonly string[]) => values.map((value) => ({ value, label: value }));
  return {
    mechanism: plain(choices.mechanisms),
    cycle: choices.cycles.map((n) => ({ value: String(n), label: t(isUprCycle(n) ? "taskpane.matrix.cycleOption" : "taskpane.matrix.yearOption", { n }) })),
    cluster: choices.clusters.map((cluster) => ({ value: cluster.id, label: cluster.name ? `${cluster.id} — ${cluster.name}` : cluster.id })),
    institution: plain(choices.institutions),
    response: plain(choices.responses),
    status: plain(choices.statuses),
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
  const [summary, setSummary] = useState<GenerateMatrixSummary | null>(null);
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
    setSelection(NO_SELECTION);
  }, [workbook]);
  useEffect(() => {
    void readChoices();
    // `revision` changes whenever the workbook is replaced or written.
  }, [readChoices, revision]);
  useEffect(() => {
    if (summary) summaryHeading.current?.focus();
  }, [summary]);

  const options = choices ? filterOptions(choices, t) : null;

  if (!workbook) return <Text>{t("taskpane.needsWorkbook")}</Text>;

  const generate = async () => {
    setSummary(null);
    await runTask("taskpane.matrix.generating", async (control) => {
      const { generateMatrix, MATRIX_STEP_MESSAGES } = await loadMatrix();
      const result = await generateMatrix(workbook.port, {
        filter: filterFromSelection(selection),
        today: new Date(),
        language,
        signal: control.signal,
        onProgress: ({ step, done, total }) => control.progress(done / total, MATRIX_STEP_MESSAGES[step]),
      });
      markChanged();
      setSummary(result);
    });
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
            <Select value={selection[name]} onChange={(_, data) => setSelection((current) => ({ ...current, [name]: data.value }))} disabled={busy || !options}>
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

      {summary && (
        <section className={styles.section} aria-labelledby={summaryId}>
          <Text as="h3" size={300} weight="semibold" id={summaryId} tabIndex={-1} ref={summaryHeading}>
            {t("taskpane.matrix.summaryTitle")}
          </Text>
          <Text role="status" weight="semibold">
            {t("taskpane.matrix.done")}
          </Text>
          <MatrixSummary summary={summary} />
          {host.mode === "standalone" && <Text>{t("taskpane.matrix.downloadHint")}</Text>}
        </section>
      )}
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
        <li>{t("taskpane.matrix.count.orphans", { n: summary.orphans.length })}</li>
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
