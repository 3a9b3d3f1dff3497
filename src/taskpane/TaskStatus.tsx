import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { useTaskPane, type TaskLabel } from "./app-context";
import { errorMessage } from "./errors";
import { useLanguage, useTranslate } from "./i18n";

const useStyles = makeStyles({
  area: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, scrollMarginBlock: tokens.spacingVerticalXXL },
  progress: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
  progressBar: { flexGrow: 1, minWidth: 0 },
  message: { overflowWrap: "anywhere" },
});

/**
 * The progress bar, error or "cancelled" note of a task, shown where the person is looking:
 * `near` names the spot (the control that started the task passes the same id to `runTask`);
 * without `near` it is the pane's top area for tasks that name no spot. When something appears
 * it is scrolled into view, and an error takes the focus, so a refusal is never out of sight.
 */
export function TaskStatus({ near }: { near?: string }) {
  const styles = useStyles();
  const t = useTranslate();
  const { language } = useLanguage();
  const { status, cancelTask, dismissStatus, registerStatusArea } = useTaskPane();
  const area = useRef<HTMLDivElement>(null);
  const errorBar = useRef<HTMLDivElement>(null);

  useEffect(() => (near ? registerStatusArea(near) : undefined), [near, registerStatusArea]);

  const mine = status.near === near;
  const busy = mine && status.busyLabel !== null;
  const failed = mine && status.error !== null && status.error !== undefined;
  const cancelled = mine && status.cancelled;

  useEffect(() => {
    if (!near) return;
    if (busy || cancelled) area.current?.scrollIntoView?.({ block: "nearest" });
  }, [near, busy, cancelled]);
  useEffect(() => {
    if (!failed) return;
    // Centred, so the whole message shows, however many lines it takes; once more after the
    // message bar's entrance has given it its full height.
    area.current?.scrollIntoView?.({ block: "center" });
    if (near) errorBar.current?.focus({ preventScroll: true });
    const again = window.setTimeout(() => {
      area.current?.scrollIntoView?.({ block: "nearest" });
    }, 300);
    return () => window.clearTimeout(again);
  }, [failed, near, status.error]);

  const busyText = (label: TaskLabel) => (typeof label === "string" ? t(label) : t(label.key, label.params));
  if (!busy && !failed && !cancelled) return <div ref={area} data-task-status={near ?? "top"} />;
  return (
    <div ref={area} className={styles.area} data-task-status={near ?? "top"}>
      {failed && (
        <MessageBar intent="error" politeness="assertive" ref={errorBar} tabIndex={-1}>
          <MessageBarBody className={styles.message}>
            <MessageBarTitle>{t("taskpane.error.title")}</MessageBarTitle>
            {errorMessage(status.error, language)}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={dismissStatus}>
              {t("taskpane.error.dismiss")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {cancelled && (
        <MessageBar intent="info">
          <MessageBarBody className={styles.message}>{t("taskpane.task.cancelled")}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={dismissStatus}>
              {t("taskpane.error.dismiss")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {busy && status.busyLabel !== null && (
        <div className={styles.progress}>
          <Field className={styles.progressBar} validationMessage={busyText(status.busyLabel)} validationState="none">
            <ProgressBar aria-label={busyText(status.busyLabel)} value={status.progress ?? undefined} max={1} />
          </Field>
          <Button size="small" onClick={cancelTask}>
            {t("taskpane.task.cancel")}
          </Button>
        </div>
      )}
    </div>
  );
}
