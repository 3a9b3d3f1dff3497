// Lint, and the layer rule of ARCHITECTURE.md: dependencies point down
// model -> core -> workbook -> app -> taskpane / cli, and never up.
import tseslint from "typescript-eslint";

const NODE_BUILTINS = ["fs", "path", "os", "child_process", "crypto", "stream", "url", "util", "zlib", "http", "https", "net", "worker_threads", "buffer", "events", "process"];
const nodeBuiltins = [...NODE_BUILTINS, ...NODE_BUILTINS.map((name) => `node:${name}`)];

const banned = (patterns, message) => ({ group: patterns, message });
const officeGlobals = [
  { name: "Excel", message: "Only src/workbook/excel/ talks to Excel: go through the WorkbookPort." },
  { name: "Office", message: "Only src/workbook/excel/ and the task pane's host module talk to Office." },
];

function layer(files, groups, globals = officeGlobals) {
  return {
    files,
    rules: {
      "no-restricted-imports": ["error", { patterns: groups }],
      "no-restricted-globals": ["error", ...globals],
    },
  };
}

const noUi = banned(["react", "react-dom", "react/*", "@fluentui/*"], "Only src/taskpane/ uses React and Fluent UI.");
const noFiles = banned(["exceljs", "exceljs/*", "office-addin-mock"], "Only src/workbook/file/ (and tests) use ExcelJS.");
const noNode = banned(nodeBuiltins, "Node built-ins only in src/cli/ and tests: this code also runs in the browser.");
const noApp = banned(["**/app/*", "**/app", "**/taskpane/*", "**/cli/*"], "Lower layers never import app, taskpane or cli.");
const noAdapters = banned(["**/workbook/excel/*", "**/workbook/file/*"], "Use the WorkbookPort, not an adapter.");
const noCore = banned(["**/core/*", "**/core/**", "**/workbook/*", "**/workbook/**"], "model is the bottom layer.");

export default tseslint.config(
  { ignores: ["build/**", "dist/**", "node_modules/**", "coverage/**", "demo/**", "test-results/**", "*.config.js", "bin/**"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "Text from outside is data: render it as text." },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: "Text from outside is data: never innerHTML." },
      ],
    },
  },
  layer(["src/model/**/*.ts"], [noCore, noUi, noFiles, noNode, noApp]),
  layer(["src/core/**/*.ts"], [noUi, noFiles, noNode, noApp, noAdapters]),
  layer(["src/workbook/*.ts"], [noUi, noFiles, noNode, noApp, noAdapters]),
  layer(["src/workbook/file/**/*.ts"], [noUi, noNode, noApp, banned(["**/workbook/excel/*"], "Adapters do not know each other.")]),
  layer(["src/workbook/excel/**/*.ts"], [noUi, noFiles, noNode, noApp, banned(["**/workbook/file/*"], "Adapters do not know each other.")], []),
  layer(["src/app/**/*.ts"], [noUi, noFiles, noNode, banned(["**/taskpane/*", "**/cli/*"], "app is below taskpane and cli."), noAdapters]),
  layer(["src/taskpane/**/*.{ts,tsx}"], [noNode, noFiles, banned(["**/cli/*"], "The task pane does not use the CLI.")], []),
  layer(["src/cli/**/*.ts"], [noUi, banned(["**/taskpane/*"], "The CLI does not use the task pane."), banned(["**/workbook/excel/*"], "The CLI works on files.")]),
);
