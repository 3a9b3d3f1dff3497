/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": "ts-jest" },
  reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
  // LibreOffice and the browser tests take seconds, not milliseconds.
  testTimeout: 120000,
};
