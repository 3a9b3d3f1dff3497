import { Badge, Button, Field, MessageBar, MessageBarBody, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { selfCheckReport, selfCheckText, type ReportTone } from "../app/self-check-report";
import type { MessageKey } from "../model/i18n/messages";
import type { SelfCheckResults } from "../workbook/self-check";
import { useTaskPane } from "./app-context";
import { useLanguage, useTranslate } from "./i18n";
import { useSharedStyles } from "./shared-styles";
import { TaskStatus } from "./TaskStatus";

// The probes talk to Excel: they load with the Excel adapter's code, only when someone runs the check.
const loadProbes = () => import(/* webpackChunkName: "excel-self-check" */ "../workbook/excel/self-check-probes");

const useStyles = makeStyles({
  lines: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  line: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  consequence: { paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
  report: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

const TONE: Record<ReportTone, { label: MessageKey; color: "success" | "informative" | "warning" }> = {
  ok: { label: "selfCheck.tone.ok", color: "success" },
  info: { label: "selfCheck.tone.info", color: "informative" },
  attention: { label: "selfCheck.tone.attention", color: "warning" },
};

/** "Check this Excel" on the About page: runs the probes in Excel, shows what they found, copies it as text. */
export function SelfCheckPanel() {
  const styles = useStyles();
  const shared = useSharedStyles();
  const t = useTranslate();
  const { language } = useLanguage();
  const { host, busy, runTask } = useTaskPane();
  const [results, setResults] = useState<SelfCheckResults | null>(null);
  const [copied, setCopied] = useState<"yes" | "refused" | null>(null);
  const inExcel = host.mode === "excel";

  const run = () =>
    runTask(
      "taskpane.about.checkRunning",
      async ({ signal, progress }) => {
        setResults(null);
        setCopied(null);
        const { runSelfCheck } = await loadProbes();
        setResults(await runSelfCheck(undefined, signal, (fraction) => progress(fraction)));
      },
      { near: "self-check" },
    );

  // Worded at each render, so the report follows a change of language.
  const sections = results ? selfCheckReport(results, language, t) : null;
  const text = sections ? selfCheckText(t("selfCheck.reportTitle"), sections, t) : "";
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied("yes");
    } catch {
      setCopied("refused");
    }
  };

  return (
    <section className={shared.section} aria-labelledby="self-check-title" data-testid="self-check">
      <Text as="h3" size={300} weight="semibold" id="self-check-title">
        {t("taskpane.about.checkTitle")}
      </Text>
      <Text>{t("taskpane.about.checkIntro")}</Text>
      {inExcel ? (
        <div className={shared.buttons}>
          <Button appearance="primary" onClick={run} disabled={busy}>
            {t("taskpane.about.checkRun")}
          </Button>
          {sections && <Button onClick={() => void copy()}>{t("taskpane.about.checkCopy")}</Button>}
        </div>
      ) : (
        <Text size={200}>{t("taskpane.about.checkOnlyInExcel")}</Text>
      )}
      <TaskStatus near="self-check" />
      <div role="status" aria-live="polite">
        {copied && (
          <MessageBar intent={copied === "yes" ? "success" : "warning"}>
            <MessageBarBody>{t(copied === "yes" ? "taskpane.about.checkCopied" : "taskpane.about.checkCopyFailed")}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {sections?.map((section) => (
        <section key={section.title} className={shared.section} aria-label={t(section.title)}>
          <Text as="h4" weight="semibold">
            {t(section.title)}
          </Text>
          <ul className={styles.lines}>
            {section.lines.map((line, index) => (
              <li key={`${line.key}-${index}`} className={styles.line} data-tone={line.tone}>
                <Text>
                  <Badge appearance="tint" color={TONE[line.tone].color} size="small">
                    {t(TONE[line.tone].label)}
                  </Badge>{" "}
                  {t(line.key, line.params)}
                </Text>
                {line.consequence && <Text className={styles.consequence}>{t(line.consequence.key, line.consequence.params)}</Text>}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {copied === "refused" && (
        <Field label={t("taskpane.about.checkReportText")}>
          <Textarea className={styles.report} value={text} readOnly resize="vertical" rows={8} />
        </Field>
      )}
    </section>
  );
}
