import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { MessageKey } from "../../model/i18n/messages";
import { useTranslate } from "../i18n";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** An honest placeholder for a step whose capability lands in a later version: no fake controls. */
export function ComingSoon({ title, description }: { title: MessageKey; description: MessageKey }) {
  const styles = useStyles();
  const t = useTranslate();
  const titleId = useId();
  return (
    <section className={styles.section} aria-labelledby={titleId}>
      <Text as="h2" size={400} weight="semibold" id={titleId}>
        {t(title)}
      </Text>
      <Text weight="semibold">{t("taskpane.comingSoon")}</Text>
      <Text>{t(description)}</Text>
    </section>
  );
}
