import { readFileSync } from "node:fs";
import path from "node:path";
import countries from "i18n-iso-countries";
import { countryCode, nearestStateNames, stateNameKey } from "../../src/model/countries";

const FIXTURES = path.resolve(__dirname, "../fixtures/import/state-names");

function namesOf(file: string): { name: string; iso3: string }[] {
  const [, ...lines] = readFileSync(path.join(FIXTURES, file), "utf8").trim().split("\n");
  return lines.map((line) => {
    const [name, iso3] = line.split("\t");
    return { name, iso3: iso3.trim() };
  });
}

describe("State names", () => {
  it.each(["upr-info-states.tsv", "un-uhri-states.tsv"])("knows every name in %s", (file) => {
    const names = namesOf(file);
    expect(names.length).toBeGreaterThan(60);
    const wrong = names.filter(({ name, iso3 }) => countryCode(name) !== iso3).map(({ name, iso3 }) => `${name} -> ${countryCode(name)} (want ${iso3})`);
    expect(wrong).toEqual([]);
  });

  it("lists all 195 States UPR Info reviews, each once", () => {
    const codes = namesOf("upr-info-states.tsv").map((entry) => entry.iso3);
    expect(new Set(codes).size).toBe(195);
  });

  it("knows every ISO 3166 official name in English, Spanish and French", () => {
    const wrong: string[] = [];
    for (const language of ["en", "es", "fr"]) {
      for (const [alpha2, name] of Object.entries(countries.getNames(language))) {
        const want = countries.alpha2ToAlpha3(alpha2);
        if (countryCode(name) !== want) wrong.push(`${language} ${name} -> ${countryCode(name)} (want ${want})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("folds case, accents, '&', 'St', brackets and word order", () => {
    expect(stateNameKey("St Vincent & the Grenadines")).toBe(stateNameKey("Saint Vincent and the Grenadines"));
    expect(countryCode("KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF")).toBe("PRK");
    expect(countryCode("Congo (Republic of the)")).toBe("COG");
    expect(countryCode("Congo, Democratic Republic of the")).toBe("COD");
    expect(countryCode("Guinea Bissau")).toBe("GNB");
    expect(countryCode("Equatorial Guinea")).toBe("GNQ");
    expect(countryCode("Guinea")).toBe("GIN");
    expect(countryCode("Sudan")).toBe("SDN");
    expect(countryCode("PRY")).toBe("PRY");
  });

  it("does not guess: unknown names stay unknown, and a user mapping comes first", () => {
    expect(countryCode("Atlantis")).toBeUndefined();
    expect(countryCode("Korea")).toBeUndefined();
    expect(countryCode("Korea", { Korea: "KOR" })).toBe("KOR");
  });

  it("suggests the nearest names for an unknown one", () => {
    expect(nearestStateNames("Korea DPRK")[0]).toMatch(/PRK|KOR/);
    expect(nearestStateNames("Swazilandd")[0]).toBe("Eswatini (SWZ)");
    expect(nearestStateNames("Mocambique")[0]).toBe("Mozambique (MOZ)");
  });
});
