import { readFileSync } from "node:fs";
import path from "node:path";
import { openSource } from "../../../src/core/import/read-source";
import type { ColumnMapping } from "../../../src/core/import/source-types";
import { UserFacingError } from "../../../src/model/i18n/messages";

const FIXTURE = path.resolve(__dirname, "../../fixtures/import/mapped/ministerio-es.csv");

async function open(mapping?: ColumnMapping) {
  const opened = await openSource({ name: "ministerio-es.csv", bytes: new Uint8Array(readFileSync(FIXTURE)), mapping }, {});
  const recommendations = [...opened.events].flatMap((event) => ("recommendation" in event ? [event.recommendation] : []));
  return { mapping: opened.mapping, recommendations };
}

describe("a column mapping confirmed for one source (the task pane's mapping step)", () => {
  test("replaces the guess: a column left out is not read", async () => {
    const guessed = await open();
    expect(guessed.mapping).toMatchObject({ Recomendación: "text", País: "country" });
    expect(guessed.recommendations[0].country).toBe("PRY");

    const { País: _country, ...withoutCountry } = guessed.mapping!;
    const confirmed = await open(withoutCountry);
    expect(confirmed.mapping).toEqual(withoutCountry);
    expect(confirmed.recommendations[0].country).toBeUndefined();
    expect(confirmed.recommendations[0].text).toBe(guessed.recommendations[0].text);
  });

  test("a confirmed mapping without a text column is refused, listing what the import reads", async () => {
    await expect(open({ País: "country" })).rejects.toThrow(UserFacingError);
  });
});
