/**
 * Import first in Jest tests that use the mock: office-addin-mock needs only the OfficeApp enum
 * from office-addin-manifest, whose full entry point pulls in ES-module-only packages that Jest
 * cannot load (plain Node can, so the benchmark does without this).
 */
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));

export {};
