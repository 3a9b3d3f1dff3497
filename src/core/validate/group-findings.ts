import { TABLES, type TableName } from "../../model/tables";
import type { Severity } from "./rules";
import type { Finding } from "./validation-session";

export interface FindingGroup {
  table: TableName;
  severity: Severity;
  findings: Finding[];
}

const SEVERITIES: readonly Severity[] = ["error", "warning"];

/** Findings by table (in workbook order) and severity (errors first), as the task pane and the CLI list them. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups: FindingGroup[] = [];
  for (const { name: table } of TABLES) {
    for (const severity of SEVERITIES) {
      const own = findings.filter((finding) => finding.table === table && finding.severity === severity);
      if (own.length > 0) groups.push({ table, severity, findings: own });
    }
  }
  return groups;
}
