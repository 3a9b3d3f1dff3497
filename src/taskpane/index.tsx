import { createRoot } from "react-dom/client";
import { translate, languageFromTag } from "../model/i18n/messages";
import { App } from "./App";
import { detectHost } from "./host";

const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html has no #root element");

// Until Office answers (at most a few seconds), the pane says it is loading instead of staying blank.
const loading = document.getElementById("loading");
if (loading) loading.textContent = translate(languageFromTag(navigator.language), "taskpane.loading");

void detectHost().then((host) => {
  loading?.remove();
  createRoot(container).render(<App host={host} />);
});
