import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { WorkbookStatus } from "../app/workbook-status";
import { workbookStatus } from "../app/workbook-status";
import { useTaskPane } from "./app-context";
import { STRUCTURE_SHEETS } from "./live-validation";
import { TaskStatus } from "./TaskStatus";
import { useSheetChanges } from "./use-sheet-changes";
import { useLanguage, useTranslate } from "./i18n";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  name: { fontWeight: tokens.fontWeightSemibold },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * Which monitoring tables the workbook has, and the button that creates what is missing.
 * Everything shown from the workbook (sheet names, column headers) is rendered as text.
 */
export function WorkbookStructure() {
  const styles = useStyles();
  const t = useTranslate();
  const { language } = useLanguage();
  const { workbook, runTask, busy, revision, markChanged } = useTaskPane();
  const [status, setStatus] = useState<WorkbookStatus | null>(null);
  const [justCreated, setJustCreated] = useState(false);
  const titleId = useId();
  const summary = useRef<HTMLParagraphElement>(null);

  const refresh = useCallback(async () => {
    if (!workbook) return;
    await runTask("taskpane.structure.reading", async () => setStatus(await workbookStatus(workbook.port)));
  }, [workbook, runTask]);

  useEffect(() => {
    setStatus(null);
    setJustCreated(false);
  }, [workbook]);
  // The create button disappears once the tables exist: keyboard focus moves to the result.
  useEffect(() => {
    if (justCreated && status?.complete) summary.current?.focus();
  }, [justCreated, status]);
  useEffect(() => {
    void refresh();
    // `revision` changes whenever the workbook is replaced or written.
  }, [refresh, revision]);
  // In Excel, co-authors (and the user, outside the pane) change the tables too: re-read quietly, no progress bar.
  useSheetChanges(workbook?.port, STRUCTURE_SHEETS, () => {
    if (workbook) void workbookStatus(workbook.port).then(setStatus, () => undefined);
  });

  if (!workbook) return <Text>{t("taskpane.needsWorkbook")}</Text>;

  const presentCount = status?.tables.filter((table) => table.state === "present").length ?? 0;
  const nothingThere = status !== null && presentCount === 0 && !status.listsPresent;

  const create = async () => {
    const ok = await runTask("taskpane.structure.writing", async () => {
      // Loaded on demand: the structure carries every vocabulary (SDG targets, themes).
      const { ensureStructure, initWorkbook } = await import(/* webpackChunkName: "structure" */ "../app/init-workbook");
      // A workbook with none of our sheets gets the whole structure in one go, in the pane's
      // language (sheet names, headers, list values); otherwise only what is missing is added,
      // in the language of the tables already there, and existing tables keep their rows.
      await (nothingThere ? initWorkbook(workbook.port, language) : ensureStructure(workbook.port, language));
    }, { near: "structure" });
    if (ok) {
      markChanged();
      setJustCreated(true);
    }
  };

  return (
    <section className={styles.section} aria-labelledby={titleId}>
      <Text as="h2" size={400} weight="semibold" id={titleId}>
        {t("taskpane.structure.title")}
      </Text>
      <Text>{t("taskpane.structure.intro")}</Text>
      {status && (
        <>
          <Text as="p" role="status" weight="semibold" tabIndex={-1} ref={summary}>
            {justCreated && status.complete ? t("taskpane.structure.created") : t("taskpane.structure.present", { count: presentCount, total: status.tables.length })}
          </Text>
          <ul className={styles.list} aria-label={t("taskpane.structure.title")}>
            {status.tables.map((table) => (
              <li key={table.table}>
                <span className={styles.name}>{t(`taskpane.table.${table.table}`)}</span>
                {" — "}
                {table.state === "present"
                  ? t("taskpane.structure.tablePresent", { rows: table.rowCount })
                  : table.state === "missing"
                    ? t("taskpane.structure.tableMissing")
                    : t("taskpane.structure.tableDamaged", { problem: table.problem.localized(language) })}
                {table.state === "present" && table.missingColumns.length > 0 && (
                  <div>{t("taskpane.structure.missingColumns", { columns: table.missingColumns.join(", ") })}</div>
                )}
                {table.state === "present" && table.extraHeaders.length > 0 && (
                  <div>
                    {t("taskpane.structure.extraColumns")}
                    <ul>
                      {table.extraHeaders.map((header) => (
                        <li key={header}>{header}</li>
                      ))}
                    </ul>
                  </div>
                )}
              </li>
            ))}
            <li>
              <span className={styles.name}>{t("taskpane.table.Lists")}</span>
              {" — "}
              {status.listsPresent ? t("taskpane.structure.listsPresent") : t("taskpane.structure.tableMissing")}
            </li>
          </ul>
          {status.otherSheets.length > 0 && (
            <div>
              <Text>{t("taskpane.structure.otherSheets")}</Text>
              <ul className={styles.list}>
                {status.otherSheets.map((sheet) => (
                  <li key={sheet}>{sheet}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
      <div className={styles.buttons}>
        {status && !status.complete && (
          // An empty workbook's main step is the import, which creates the tables in the same write.
          <Button appearance={nothingThere ? "secondary" : "primary"} onClick={create} disabled={busy}>
            {t(nothingThere ? "taskpane.structure.create" : "taskpane.structure.complete")}
          </Button>
        )}
        <Button onClick={refresh} disabled={busy}>
          {t("taskpane.structure.refresh")}
        </Button>
      </div>
      {status && !status.complete && !nothingThere && <Text size={200}>{t("taskpane.structure.keepsRows")}</Text>}
      {nothingThere && <Text size={200}>{t("taskpane.structure.importCreates")}</Text>}
      <TaskStatus near="structure" />
    </section>
  );
}
