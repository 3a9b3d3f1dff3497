import { Radio, RadioGroup, Field, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { VERSION } from "../../model/version";
import type { Language } from "../../model/vocabularies";
import { LANGUAGE_NAMES, useLanguage, useTranslate } from "../i18n";
import { SelfCheckPanel } from "../SelfCheckPanel";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export function AboutPage() {
  const styles = useStyles();
  const t = useTranslate();
  const { language, setLanguage } = useLanguage();
  const titleId = useId();
  return (
    <section className={styles.section} aria-labelledby={titleId}>
      <Text as="h2" size={400} weight="semibold" id={titleId}>
        {t("taskpane.about.title")}
      </Text>
      <Text>{t("taskpane.about.version", { version: VERSION })}</Text>
      <Text>{t("app.tagline")}</Text>
      <Text as="h3" size={300} weight="semibold">
        {t("taskpane.about.privacyTitle")}
      </Text>
      <Text>{t("app.privacy")}</Text>
      <Text>{t("taskpane.about.privacyDetail")}</Text>
      <Text as="h3" size={300} weight="semibold">
        {t("taskpane.about.versionsTitle")}
      </Text>
      <Text>{t("taskpane.about.versions")}</Text>
      <Field label={t("taskpane.language")} hint={t("taskpane.about.languageHint")}>
        <RadioGroup value={language} onChange={(_, data) => setLanguage(data.value as Language)}>
          {(Object.keys(LANGUAGE_NAMES) as Language[]).map((candidate) => (
            <Radio key={candidate} value={candidate} label={t(LANGUAGE_NAMES[candidate])} lang={candidate} />
          ))}
        </RadioGroup>
      </Field>
      <SelfCheckPanel />
      <Text size={200}>{t("taskpane.about.licence")}</Text>
    </section>
  );
}
