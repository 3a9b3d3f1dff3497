import { Button, Text, mergeClasses } from "@fluentui/react-components";
import { useEffect, useId, useRef } from "react";
import { UserFacingError } from "../model/i18n/messages";
import { useTaskPane } from "./app-context";
import { useTranslate } from "./i18n";
import { useSharedStyles } from "./shared-styles";
import { useFileDrop } from "./use-file-drop";
import { newStandaloneWorkbook, openStandaloneWorkbook, saveBlob, type OpenWorkbook } from "./workbook-session";

interface Props {
  workbook: OpenWorkbook | null;
  onOpen(workbook: OpenWorkbook): void;
  /** The workbook holds changes the user has not downloaded yet. */
  unsaved: boolean;
  onSaved(): void;
}

/** Standalone mode: open an .xlsx (picker or drag and drop) or start a new one; download the result. */
export function StandaloneFileBar({ workbook, onOpen, unsaved, onSaved }: Props) {
  const styles = useSharedStyles();
  const t = useTranslate();
  const { runTask, busy } = useTaskPane();
  const input = useRef<HTMLInputElement>(null);
  const titleId = useId();

  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

  const openFile = (file: File) =>
    runTask({ key: "taskpane.file.opening", params: { name: file.name } }, async ({ signal, progress }) => {
      if (!/\.xlsx$/i.test(file.name)) throw new UserFacingError("taskpane.error.notXlsx", { file: file.name });
      progress(null);
      onOpen(await openStandaloneWorkbook(await file.arrayBuffer(), file.name, signal));
    });
  const newWorkbook = () =>
    runTask("taskpane.loading", async () => {
      onOpen(await newStandaloneWorkbook(t("taskpane.file.newName")));
    });
  const download = () =>
    runTask("taskpane.file.preparing", async ({ signal, progress }) => {
      if (!workbook?.toFile || !workbook.fileName) return;
      saveBlob(await workbook.toFile({ signal, onProgress: progress }), workbook.fileName);
      onSaved();
    });

  const { dragging, handlers } = useFileDrop((files) => void openFile(files[0]), !busy);

  return (
    <section
      className={mergeClasses(styles.dropZone, dragging && styles.dragging)}
      {...handlers}
    >
      {/* Once a workbook is open the bar steps back (smaller title and buttons): the page is the work now. */}
      <Text as="h2" size={workbook ? 300 : 400} weight="semibold" id={titleId} className={styles.wrap}>
        {workbook?.fileName ? t("taskpane.file.current", { name: workbook.fileName }) : t("taskpane.start.title")}
      </Text>
      <div className={styles.buttons}>
        {workbook?.toFile && (
          // Never the main button: each step's page has its own, and an empty workbook has nothing to keep yet.
          <Button size={workbook ? "small" : "medium"} onClick={download} disabled={busy}>
            {t("taskpane.download")}
          </Button>
        )}
        <Button size={workbook ? "small" : "medium"} appearance={workbook ? "secondary" : "primary"} onClick={() => input.current?.click()} disabled={busy}>
          {t(workbook ? "taskpane.file.openAnother" : "taskpane.start.open")}
        </Button>
        <Button size={workbook ? "small" : "medium"} onClick={newWorkbook} disabled={busy}>
          {t("taskpane.start.new")}
        </Button>
      </div>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t("taskpane.start.fileInput")}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) void openFile(file);
        }}
      />
      <Text size={200} role="status">
        {dragging ? t("taskpane.start.dropActive") : workbook ? t(unsaved ? "taskpane.file.unsaved" : "taskpane.file.saved") : t("taskpane.start.drop")}
      </Text>
    </section>
  );
}
