#!/usr/bin/env node
"use strict";
// The CLI is compiled by `npm run build` (tsc -p tsconfig.build.json) into build/.
const path = require("node:path");
const fs = require("node:fs");
const compiled = path.join(__dirname, "..", "build", "src", "cli", "bin.js");
if (!fs.existsSync(compiled)) {
  console.error("rights-matrix is not built yet: run `npm ci && npm run build` first.");
  process.exit(2);
}
require(compiled);
