import {
  Button,
  Checkbox,
  Field,
  Input,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { ImportResult } from "../../app/import-recommendations";
import type { ImportChoices, RecommendationField, RowProblem } from "../../core/import/source-types";
import { cellText } from "../../model/cells";
import { UserFacingError, type MessageKey, type MessageParams } from "../../model/i18n/messages";
import { useTaskPane, type TaskControl } from "../app-context";
import { errorMessage } from "../errors";
import { useLanguage, useTranslate, type Translate } from "../i18n";
import { RECOMMENDATION_FIELDS, editMapping, fileCounts, mappingProblem, pastedSourceName, readyToImport, type PendingSource } from "../import-form";
import { TaskStatus } from "../TaskStatus";
import { paneMessage } from "../pane-wording";
import { WorkbookStructure } from "../WorkbookStructure";
import { useSharedStyles } from "../shared-styles";
import { useFileDrop } from "../use-file-drop";
import { newStandaloneWorkbook } from "../workbook-session";

type ImportFlow = typeof import("../import-flow");
const loadImportFlow = (): Promise<ImportFlow> => import(/* webpackChunkName: "import" */ "../import-flow");

const ACCEPTED_FILES = ".xlsx,.xls,.csv,.tsv,.txt,.docx,text/csv,text/plain";

const usePageStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  cardHeader: { display: "flex", justifyContent: "space-between", alignItems: "flex-start", gap: tokens.spacingHorizontalS, overflowWrap: "anywhere" },
  text: { overflowWrap: "anywhere", whiteSpace: "pre-wrap", verticalAlign: "top" },
  id: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere", verticalAlign: "top" },
  idColumn: { width: "7.5em" },
  problem: { color: tokens.colorPaletteRedForeground1 },
  scrollTarget: { scrollMarginBlockStart: tokens.spacingVerticalL },
});

/** Step 1: a structured workbook; step 2: recommendations imported into it, from files or pasted text. */
export function ImportPage() {
  const { workbook, host } = useTaskPane();
  if (!workbook && host.mode === "standalone") {
    return (
      <>
        <StepsOverview />
        <StartForImport />
      </>
    );
  }
  return (
    <>
      <WorkbookStructure />
      {workbook && <ImportRecommendations />}
    </>
  );
}

const OVERVIEW: MessageKey[] = [
  "taskpane.steps.open",
  "taskpane.steps.import",
  "taskpane.steps.review",
  "taskpane.steps.check",
  "taskpane.steps.generate",
  "taskpane.steps.export",
];

/** Where to start: the whole work in numbered steps, before any workbook is open. */
function StepsOverview() {
  const styles = useSharedStyles();
  const t = useTranslate();
  const titleId = useId();
  return (
    <section className={styles.section} aria-labelledby={titleId}>
      <Text as="h2" size={400} weight="semibold" id={titleId}>
        {t("taskpane.steps.title")}
      </Text>
      <ol className={styles.list}>
        {OVERVIEW.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ol>
    </section>
  );
}

/** Standalone mode without a workbook: the import can start from an empty one. */
function StartForImport() {
  const styles = { ...useSharedStyles(), ...usePageStyles() };
  const t = useTranslate();
  const { runTask, busy, openWorkbook } = useTaskPane();
  const titleId = useId();
  const start = () => runTask("taskpane.loading", async () => openWorkbook(await newStandaloneWorkbook(t("taskpane.file.newName"))));
  return (
    <section className={styles.section} aria-labelledby={titleId}>
      <Text as="h3" size={300} weight="semibold" id={titleId}>
        {t("taskpane.import.title")}
      </Text>
      <Text>{t("taskpane.import.noWorkbook")}</Text>
      <div className={styles.buttons}>
        <Button onClick={start} disabled={busy}>
          {t("taskpane.import.startEmpty")}
        </Button>
      </div>
    </section>
  );
}

interface Options {
  countryTyped: string;
  /** ISO3 resolved from what was typed, or undefined when the source says. */
  country?: string;
  countryError?: string;
  mechanism: string;
  skipInvalid: boolean;
  includeObservations: boolean;
}

type Outcome = { result: ImportResult } | { refused: RowProblem[] };

function problemLine(t: Translate, problem: RowProblem): string {
  const message = paneMessage(problem.key, problem.params as MessageParams);
  return t("import.problemLine", { ...problem.location, problem: t(message.key, message.params) });
}

function ImportRecommendations() {
  const styles = { ...useSharedStyles(), ...usePageStyles() };
  const t = useTranslate();
  const { language } = useLanguage();
  const { workbook, runTask, busy, markChanged } = useTaskPane();
  const [flow, setFlow] = useState<ImportFlow | null>(null);
  const [sources, setSources] = useState<PendingSource[]>([]);
  const [options, setOptions] = useState<Options>({ countryTyped: "", mechanism: "", skipInvalid: false, includeObservations: false });
  const [pasted, setPasted] = useState("");
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const nextKey = useRef(1);
  const input = useRef<HTMLInputElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const sourcesHeading = useRef<HTMLHeadingElement>(null);
  const [sourcesAdded, setSourcesAdded] = useState(0);
  const titleId = useId();
  const sourcesId = useId();
  const resultId = useId();

  useEffect(() => {
    let live = true;
    void loadImportFlow().then((loaded) => live && setFlow(loaded));
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    if (!outcome) return;
    resultHeading.current?.scrollIntoView?.({ block: "start" });
    resultHeading.current?.focus({ preventScroll: true });
  }, [outcome]);
  // Files just chosen: their list, with how many recommendations each holds, comes into view at once.
  useEffect(() => {
    if (sourcesAdded === 0) return;
    sourcesHeading.current?.scrollIntoView?.({ block: "start" });
    sourcesHeading.current?.focus({ preventScroll: true });
  }, [sourcesAdded]);

  const choices = useCallback(
    (current: Options): ImportChoices => ({ country: current.country, mechanism: current.mechanism || undefined, includeObservations: current.includeObservations }),
    [],
  );

  /** Reads the first rows of each source again (after a change of sources or options). */
  const preview = useCallback(
    async (list: PendingSource[], current: Options, control: TaskControl): Promise<PendingSource[]> => {
      const loaded = flow ?? (await loadImportFlow());
      const previewed: PendingSource[] = [];
      for (const [index, pending] of list.entries()) {
        control.signal.throwIfAborted();
        control.progress(index / list.length, { key: "taskpane.import.reading", params: { name: pending.source.name } });
        try {
          previewed.push({ ...pending, preview: await loaded.previewImport(pending.source, choices(current)), previewError: undefined });
        } catch (error) {
          if (!(error instanceof UserFacingError)) throw error;
          previewed.push({ ...pending, preview: undefined, previewError: errorMessage(error, language) });
        }
      }
      return previewed;
    },
    [flow, choices, language],
  );

  /** Adds sources (read by `read` inside the task, so its progress bar covers the reading too) and previews them. */
  const addSources = (read: (loaded: ImportFlow) => Promise<PendingSource["source"][]>) =>
    runTask("taskpane.loading", async (control) => {
      const loaded = flow ?? (await loadImportFlow());
      const fresh = (await read(loaded)).map((source) => ({ key: nextKey.current++, source }));
      const previewed = await preview(fresh, options, control);
      setSources((list) => [...list, ...previewed]);
      setOutcome(null);
      setSourcesAdded((count) => count + 1);
    }, { near: "import.sources" });

  const addFiles = (files: FileList | null) => {
    const picked = [...(files ?? [])];
    if (picked.length > 0) void addSources((loaded) => Promise.all(picked.map((file) => loaded.fileSource(file))));
  };

  const addPasted = () => {
    if (!pasted.trim()) return;
    const name = pastedSourceName(sources, (n) => t("taskpane.import.pastedName", { n }));
    void addSources(async () => [{ name, text: pasted }]).then((ok) => ok && setPasted(""));
  };

  const changeOptions = (next: Options) => {
    setOptions(next);
    if (sources.length === 0) return;
    void runTask("taskpane.loading", async (control) => setSources(await preview(sources, next, control)), { near: "import.sources" });
  };

  const commitCountry = () => {
    if (!flow) return;
    let country: string | undefined;
    let countryError: string | undefined;
    try {
      country = flow.resolveCountry(options.countryTyped);
    } catch (error) {
      countryError = errorMessage(error, language);
    }
    if (country === options.country && countryError === options.countryError) return;
    const next = { ...options, country, countryError };
    if (countryError) setOptions(next);
    else changeOptions(next);
  };

  const changeMapping = (key: number, header: string, field: RecommendationField | "") => {
    const pending = sources.find((candidate) => candidate.key === key);
    const current = pending?.source.mapping ?? pending?.preview?.mapping;
    if (!pending || !current) return;
    const mapping = editMapping(current, header, field);
    const changed: PendingSource = { ...pending, source: { ...pending.source, mapping } };
    setSources((list) => list.map((candidate) => (candidate.key === key ? changed : candidate)));
    if (mappingProblem(mapping)) return; // said next to the mapping; nothing to read yet
    void runTask({ key: "taskpane.import.reading", params: { name: pending.source.name } }, async (control) => {
      const [previewed] = await preview([changed], options, control);
      setSources((list) => list.map((candidate) => (candidate.key === key ? previewed : candidate)));
    }, { near: "import.sources" });
  };

  const remove = (key: number) => {
    setSources((list) => list.filter((candidate) => candidate.key !== key));
    setOutcome(null);
  };

  const runImport = async () => {
    if (!workbook) return;
    setOutcome(null);
    await runTask("taskpane.loading", async (control) => {
      const loaded = flow ?? (await loadImportFlow());
      try {
        const result = await loaded.importRecommendations(
          workbook.port,
          sources.map((pending) => pending.source),
          {
            ...choices(options),
            skipInvalid: options.skipInvalid,
            signal: control.signal,
            onProgress(progress) {
              if (progress.phase === "reading") {
                control.progress(progress.fileIndex / progress.fileCount, {
                  key: "taskpane.import.progress.reading",
                  params: { file: progress.file ?? "", index: progress.fileIndex + 1, count: progress.fileCount },
                });
              } else if (progress.phase === "writing") control.progress(null, "taskpane.import.progress.writing");
            },
          },
        );
        setOutcome({ result });
        if (result.written) markChanged();
      } catch (error) {
        if (error instanceof loaded.ImportRejectedError) {
          setOutcome({ refused: error.problems });
          throw new UserFacingError("taskpane.import.refused", { count: error.problems.length });
        }
        throw error;
      }
    }, { near: "import.run" });
  };

  const { dragging, handlers: dropHandlers } = useFileDrop(addFiles, !busy);

  const ready = readyToImport(sources) && !options.countryError;
  const foundTotal = sources.reduce((sum, pending) => sum + (pending.preview?.totals.recommendations ?? 0), 0);

  return (
    <section className={styles.section} aria-labelledby={titleId}>
      <Text as="h2" size={400} weight="semibold" id={titleId}>
        {t("taskpane.import.title")}
      </Text>
      <Text>{t("taskpane.import.intro")}</Text>

      <div
        className={mergeClasses(styles.dropZone, dragging && styles.dragging)}
        {...dropHandlers}
      >
        <div className={styles.buttons}>
          <Button appearance={sources.length === 0 ? "primary" : "secondary"} onClick={() => input.current?.click()} disabled={busy}>
            {t(sources.length === 0 ? "taskpane.import.choose" : "taskpane.import.chooseMore")}
          </Button>
        </div>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          multiple
          accept={ACCEPTED_FILES}
          aria-label={t("taskpane.import.fileInput")}
          onChange={(event) => {
            const files = event.target.files;
            addFiles(files);
            event.target.value = "";
          }}
        />
        <Text size={200} role="status">
          {dragging ? t("taskpane.import.dropActive") : t("taskpane.import.drop")}
        </Text>
      </div>
      <TaskStatus near="import.sources" />

      {sources.length > 0 && (
        <section className={styles.section} aria-labelledby={sourcesId}>
          <Text as="h3" size={300} weight="semibold" id={sourcesId} tabIndex={-1} ref={sourcesHeading} className={styles.scrollTarget}>
            {t("taskpane.import.sourcesTitle")}
          </Text>
          <Text role="status" weight="semibold">
            {t("taskpane.import.found", { files: sources.length, recommendations: foundTotal })}
          </Text>
          {sources.map((pending) => (
            <SourcePreview key={pending.key} pending={pending} onMapping={changeMapping} onRemove={remove} busy={busy} />
          ))}
        </section>
      )}

      <Field label={t("taskpane.import.pasteLabel")} hint={t("taskpane.import.pasteHint")}>
        <Textarea value={pasted} onChange={(_, data) => setPasted(data.value)} resize="vertical" rows={4} />
      </Field>
      <div className={styles.buttons}>
        <Button onClick={addPasted} disabled={busy || !pasted.trim()}>
          {t("taskpane.import.pasteAdd")}
        </Button>
      </div>

      <Text as="h3" size={300} weight="semibold">
        {t("taskpane.import.optionsTitle")}
      </Text>
      <Field
        label={t("taskpane.import.country")}
        hint={options.country ? t("taskpane.import.countryResolved", { code: options.country }) : t("taskpane.import.countryHint")}
        validationMessage={options.countryError}
        validationState={options.countryError ? "error" : "none"}
      >
        <Input
          value={options.countryTyped}
          onChange={(_, data) => setOptions((current) => ({ ...current, countryTyped: data.value }))}
          onBlur={commitCountry}
          onKeyDown={(event) => {
            if (event.key === "Enter") commitCountry();
          }}
          disabled={!flow}
        />
      </Field>
      <Field label={t("taskpane.import.mechanism")} hint={t("taskpane.import.mechanismHint")}>
        <Select value={options.mechanism} onChange={(_, data) => changeOptions({ ...options, mechanism: data.value })} disabled={!flow || busy}>
          <option value="">{t("taskpane.import.mechanismFromSource")}</option>
          {(flow?.MECHANISM_CODES ?? []).map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </Select>
      </Field>
      <Checkbox
        checked={options.skipInvalid}
        onChange={(_, data) => setOptions((current) => ({ ...current, skipInvalid: data.checked === true }))}
        label={t("taskpane.import.skipInvalid")}
      />
      <Checkbox
        checked={options.includeObservations}
        onChange={(_, data) => changeOptions({ ...options, includeObservations: data.checked === true })}
        label={t("taskpane.import.observations")}
        disabled={busy}
      />

      <div className={styles.buttons}>
        <Button appearance={sources.length > 0 ? "primary" : "secondary"} onClick={runImport} disabled={busy || !ready}>
          {t("taskpane.import.run")}
        </Button>
      </div>
      {!ready && <Text size={200}>{t("taskpane.import.runDisabled")}</Text>}
      <TaskStatus near="import.run" />

      {outcome && (
        <section className={styles.section} aria-labelledby={resultId}>
          <Text as="h3" size={300} weight="semibold" id={resultId} tabIndex={-1} ref={resultHeading}>
            {t("taskpane.import.resultTitle")}
          </Text>
          {"refused" in outcome ? (
            <>
              <Text weight="semibold">{t("taskpane.import.refusedTitle")}</Text>
              <ul className={styles.list}>
                {outcome.refused.map((problem, index) => (
                  <li key={index} className={styles.text}>
                    {problemLine(t, problem)}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <ImportSummary result={outcome.result} />
          )}
        </section>
      )}
    </section>
  );
}

function SourcePreview({
  pending,
  onMapping,
  onRemove,
  busy,
}: {
  pending: PendingSource;
  onMapping(key: number, header: string, field: RecommendationField | ""): void;
  onRemove(key: number): void;
  busy: boolean;
}) {
  const styles = { ...useSharedStyles(), ...usePageStyles() };
  const t = useTranslate();
  const titleId = useId();
  const { preview, source } = pending;
  const mapping = source.mapping ?? preview?.mapping;
  const problem = source.mapping ? mappingProblem(source.mapping) : null;
  return (
    <section className={styles.card} aria-labelledby={titleId}>
      <div className={styles.cardHeader}>
        <Text as="h4" weight="semibold" id={titleId}>
          {t("taskpane.import.previewTitle", { name: source.name })}
        </Text>
        <Button size="small" onClick={() => onRemove(pending.key)} disabled={busy} aria-label={t("taskpane.import.remove", { name: source.name })}>
          ✕
        </Button>
      </div>
      {pending.previewError && (
        <Text className={mergeClasses(styles.text, styles.problem)} role="alert">
          {"⚠ "}
          {t("taskpane.import.previewFailed", { message: pending.previewError })}
        </Text>
      )}
      {preview && (
        <>
          <Text weight="semibold">
            {t("taskpane.import.sourceFound", { n: preview.totals.recommendations })}
            {preview.totals.problems > 0 && ` ${t("taskpane.import.sourceUnreadable", { n: preview.totals.problems })}`}
          </Text>
          <Text>{t("taskpane.import.detected", { format: t(`taskpane.import.format.${preview.format}`) })}</Text>
          {preview.encoding && <Text>{t("taskpane.import.encoding", { encoding: preview.encoding })}</Text>}
        </>
      )}
      {preview?.format === "csv" && preview.headers && mapping && (
        <fieldset className={styles.fieldset}>
          <legend>
            <Text weight="semibold">{t("taskpane.import.mappingTitle")}</Text>
          </legend>
          <Text size={200}>{t("taskpane.import.mappingIntro")}</Text>
          {preview.headers.map((header) => (
            <Field key={header} label={t("taskpane.import.mappingColumn", { column: header })}>
              <Select value={mapping[header] ?? ""} onChange={(_, data) => onMapping(pending.key, header, data.value as RecommendationField | "")} disabled={busy}>
                <option value="">{t("taskpane.import.mappingNone")}</option>
                {RECOMMENDATION_FIELDS.map((field) => (
                  <option key={field} value={field}>
                    {t(`taskpane.import.field.${field}`)}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
          {problem && (
            <Text className={styles.problem} role="alert">
              {"⚠ "}
              {problem.kind === "noText" ? t("taskpane.import.mappingNoText") : t("taskpane.import.mappingDuplicate", { field: t(`taskpane.import.field.${problem.field}`) })}
            </Text>
          )}
        </fieldset>
      )}
      {preview && !problem && (
        <>
          {preview.rows.length === 0 ? (
            <Text>{t("taskpane.import.previewNone")}</Text>
          ) : (
            <>
              <Text>{t("taskpane.import.previewRows")}</Text>
              <Table size="extra-small" aria-label={t("taskpane.import.previewTitle", { name: source.name })}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell className={styles.idColumn}>{t("taskpane.import.column.id")}</TableHeaderCell>
                    <TableHeaderCell>{t("taskpane.import.column.text")}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {preview.rows.map((row, index) => (
                    <TableRow key={`${cellText(row.id)}-${index}`}>
                      <TableCell className={styles.id}>{cellText(row.id)}</TableCell>
                      <TableCell className={styles.text}>{cellText(row.text)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </>
          )}
          {preview.problems.length > 0 && <ProblemList title={t("taskpane.import.previewProblems")} problems={preview.problems} />}
        </>
      )}
    </section>
  );
}

function ProblemList({ title, problems }: { title: string; problems: readonly RowProblem[] }) {
  const styles = { ...useSharedStyles(), ...usePageStyles() };
  const t = useTranslate();
  return (
    <div>
      <Text>{title}</Text>
      <ul className={styles.list}>
        {problems.map((problem, index) => (
          <li key={index} className={styles.text}>
            {problemLine(t, problem)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function ImportSummary({ result }: { result: ImportResult }) {
  const styles = { ...useSharedStyles(), ...usePageStyles() };
  const t = useTranslate();
  return (
    <>
      <Text role="status" weight="semibold">
        {t(result.written ? "taskpane.import.resultWritten" : "taskpane.import.resultNothing", { rows: result.totalRows })}
      </Text>
      {result.files.map((file, index) => {
        const counts = fileCounts(file);
        return (
          <div key={`${file.file}-${index}`} className={styles.card}>
            <Text as="h4" weight="semibold" className={styles.text}>
              {file.file} — {t(`taskpane.import.format.${file.format}`)}
            </Text>
            <ul className={styles.list}>
              <li>{t("taskpane.import.count.added", { n: counts.added })}</li>
              <li>{t("taskpane.import.count.updated", { n: counts.updated })}</li>
              <li>{t("taskpane.import.count.unchanged", { n: counts.unchanged })}</li>
              <li>{t("taskpane.import.count.skipped", { n: counts.skipped })}</li>
            </ul>
            {file.updated.length > 0 && (
              <div>
                <Text>{t("taskpane.import.updatedList")}</Text>
                <ul className={styles.list}>
                  {file.updated.map((change) => (
                    <li key={change.id} className={styles.text}>
                      {t("taskpane.import.updatedRow", { id: change.id, row: change.row, columns: change.columns.join(", ") })}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {file.skipped.length > 0 && <ProblemList title={t("taskpane.import.skippedList")} problems={file.skipped} />}
          </div>
        );
      })}
      {result.written && <Text>{t("taskpane.import.nextSteps")}</Text>}
    </>
  );
}
