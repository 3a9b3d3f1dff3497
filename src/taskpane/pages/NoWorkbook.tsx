import { Text } from "@fluentui/react-components";
import { useId } from "react";
import type { MessageKey } from "../../model/i18n/messages";
import { useTranslate } from "../i18n";
import { useSharedStyles } from "../shared-styles";

/** What a page shows before any workbook is open: its heading and where to open or start one. */
export function NoWorkbook({ title }: { title: MessageKey }) {
  const styles = useSharedStyles();
  const t = useTranslate();
  const titleId = useId();
  return (
    <section className={styles.section} aria-labelledby={titleId}>
      <Text as="h2" size={400} weight="semibold" id={titleId}>
        {t(title)}
      </Text>
      <Text>{t("taskpane.export.noWorkbook")}</Text>
    </section>
  );
}
