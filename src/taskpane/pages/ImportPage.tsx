import { WorkbookStructure } from "../WorkbookStructure";
import { ComingSoon } from "./ComingSoon";

/** Step 1: a structured workbook; step 2 (next version): recommendations imported into it. */
export function ImportPage() {
  return (
    <>
      <WorkbookStructure />
      <ComingSoon title="taskpane.nav.import" description="taskpane.comingSoon.import" />
    </>
  );
}
