import { findConcepts } from "../../../src/core/suggest/concepts";
import { CONCEPTS, THEME_VARIANTS } from "../../../src/core/suggest/lexicon";
import { analyse } from "../../../src/core/suggest/text";
import { SDG_TARGETS, UHRI_THEMES } from "../../../src/model/vocabularies";

const conceptsIn = (text: string) => findConcepts(analyse(text)).map((match) => match.concept.id);

describe("the lexicon", () => {
  it("points only to UHRI themes and SDG targets that exist", () => {
    const targets = new Set(SDG_TARGETS.map((target) => target.target));
    for (const concept of CONCEPTS) {
      for (const theme of concept.themes ?? []) expect({ concept: concept.id, theme, known: UHRI_THEMES.includes(theme) }).toEqual({ concept: concept.id, theme, known: true });
      for (const target of concept.sdgTargets ?? []) expect({ concept: concept.id, target, known: targets.has(target) }).toEqual({ concept: concept.id, target, known: true });
    }
    for (const variants of THEME_VARIANTS) expect(UHRI_THEMES).toContain(variants[0]);
  });

  it("has unique concept IDs and parents that exist", () => {
    const ids = CONCEPTS.map((concept) => concept.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const concept of CONCEPTS) if (concept.parent) expect(ids).toContain(concept.parent);
  });
});

describe("instrument and body names, acronyms and variants in English, Spanish and French", () => {
  const cases: [string, string][] = [
    ["Ratify the International Covenant on Civil and Political Rights", "iccpr"],
    ["Ratificar el Pacto Internacional de Derechos Civiles y Políticos", "iccpr"],
    ["Ratifier le Pacte international relatif aux droits civils et politiques", "iccpr"],
    ["Ratify the Second Optional Protocol to the ICCPR, aiming at the abolition of the death penalty", "iccpr-op2"],
    ["Ratificar el Segundo Protocolo Facultativo del Pacto Internacional de Derechos Civiles y Políticos", "iccpr-op2"],
    ["Implement the ICESCR", "icescr"],
    ["Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights", "icescr-op"],
    ["Ratificar el Protocolo Facultativo del Pacto Internacional de Derechos Económicos, Sociales y Culturales", "icescr-op"],
    ["Ratifier le Protocole facultatif se rapportant au Pacte international relatif aux droits économiques, sociaux et culturels", "icescr-op"],
    ["Ratify the OP-ICESCR", "icescr-op"],
    ["Make the declaration under article 14 of the International Convention on the Elimination of All Forms of Racial Discrimination", "icerd"],
    ["Aplicar la Convención Internacional sobre la Eliminación de todas las Formas de Discriminación Racial", "icerd"],
    ["Appliquer la Convention internationale sur l'élimination de toutes les formes de discrimination raciale", "icerd"],
    ["Implement the Convention on the Elimination of All Forms of Discrimination against Women", "cedaw"],
    ["Aplicar la Convención sobre la eliminación de todas las formas de discriminación contra la mujer", "cedaw"],
    ["Appliquer la Convention sur l'élimination de toutes les formes de discrimination à l'égard des femmes", "cedaw"],
    ["Ratify the Optional Protocol to CEDAW", "cedaw-op"],
    ["Ratify the OP-CEDAW", "cedaw-op"],
    ["Align its legislation with the Convention against Torture", "cat"],
    ["Armonizar su legislación con la Convención contra la Tortura", "cat"],
    ["Ratify OP-CAT", "opcat"],
    ["Ratify the OPCAT", "opcat"],
    ["Ratify the Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment", "opcat"],
    ["Ratificar el Protocolo Facultativo de la Convención contra la Tortura", "opcat"],
    ["Ratifier le Protocole facultatif se rapportant à la Convention contre la torture", "opcat"],
    ["Implement the Convention on the Rights of the Child", "crc"],
    ["Aplicar la Convención sobre los Derechos del Niño", "crc"],
    ["Appliquer la Convention relative aux droits de l'enfant", "crc"],
    ["Ratify the Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography", "crc-opsc"],
    ["Ratificar el Protocolo Facultativo de la Convención sobre los Derechos del Niño relativo a la venta de niños", "crc-opsc"],
    ["Ratify the Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict", "crc-opac"],
    ["Ratifier le Protocole facultatif à la Convention relative aux droits de l'enfant, concernant l'implication d'enfants dans les conflits armés", "crc-opac"],
    ["Ratify the Optional Protocol to the Convention on the Rights of the Child on a communications procedure", "crc-opic"],
    ["Ratify the OPIC", "crc-opic"],
    ["Ratify the Convention on the Rights of Persons with Disabilities", "crpd"],
    ["Ratificar la Convención sobre los derechos de las personas con discapacidad", "crpd"],
    ["Ratifier la Convention relative aux droits des personnes handicapées", "crpd"],
    ["Ratify the CRPD", "crpd"],
    ["Ratify the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families", "icmw"],
    ["Ratificar la Convención Internacional sobre la Protección de los Derechos de Todos los Trabajadores Migratorios y de sus Familiares", "icmw"],
    ["Ratifier la Convention internationale sur la protection des droits de tous les travailleurs migrants et des membres de leur famille", "icmw"],
    ["Ratify the ICRMW", "icmw"],
    ["Ratify the International Convention for the Protection of All Persons from Enforced Disappearance", "cped"],
    ["Ratificar la Convención Internacional para la protección de todas las personas contra las desapariciones forzadas", "cped"],
    ["Ratifier la Convention internationale pour la protection de toutes les personnes contre les disparitions forcées", "cped"],
    ["Ratify the CPED", "cped"],
    ["Ratify the Rome Statute of the International Criminal Court", "rome-statute"],
    ["Ratificar el Estatuto de Roma de la Corte Penal Internacional", "rome-statute"],
    ["Ratifier le Statut de Rome de la Cour pénale internationale", "rome-statute"],
    ["Accede to the 1951 Convention relating to the Status of Refugees and its 1967 Protocol", "refugee-convention"],
    ["Adherirse a la Convención sobre el Estatuto de los Refugiados", "refugee-convention"],
    ["Adhérer à la Convention relative au statut des réfugiés", "refugee-convention"],
    ["Accede to the 1954 Convention relating to the Status of Stateless Persons", "statelessness-1954"],
    ["Adherirse a la Convención sobre el Estatuto de los Apátridas", "statelessness-1954"],
    ["Adhérer à la Convention relative au statut des apatrides", "statelessness-1954"],
    ["Accede to the 1961 Convention on the Reduction of Statelessness", "statelessness-1961"],
    ["Adherirse a la Convención para Reducir los Casos de Apatridia", "statelessness-1961"],
    ["Adhérer à la Convention sur la réduction des cas d'apatridie", "statelessness-1961"],
    ["Ratify ILO Convention No. 169 on Indigenous and Tribal Peoples", "ilo-169"],
    ["Ratificar el Convenio 169 de la OIT sobre pueblos indígenas y tribales", "ilo-169"],
    ["Ratifier la Convention no 169 de l'OIT relative aux peuples indigènes et tribaux", "ilo-169"],
    ["Ratify the ILO Domestic Workers Convention, 2011 (No. 189)", "ilo-189"],
    ["Ratificar el Convenio núm. 189 de la OIT sobre las trabajadoras y los trabajadores domésticos", "ilo-189"],
    ["Ratify the Istanbul Convention", "istanbul-convention"],
    ["Ratify the Council of Europe Convention on preventing and combating violence against women and domestic violence", "istanbul-convention"],
    ["Ratificar el Convenio de Estambul", "istanbul-convention"],
    ["Ratifier la Convention d'Istanbul", "istanbul-convention"],
    ["Establish a national human rights institution in full compliance with the Paris Principles", "nhri"],
    ["Establecer una institución nacional de derechos humanos conforme a los Principios de París", "nhri"],
    ["Créer une institution nationale des droits de l'homme conforme aux Principes de Paris", "nhri"],
    ["Strengthen the NHRI", "nhri"],
    ["Designate a national preventive mechanism", "npm"],
    ["Extend a standing invitation to the special procedures", "special-procedures"],
    ["Cursar una invitación permanente a los procedimientos especiales", "special-procedures"],
  ];

  it.each(cases)("%s -> %s", (text, concept) => {
    expect(conceptsIn(text)).toContain(concept);
  });

  it("names the optional protocol, not its treaty, when a recommendation asks for the protocol", () => {
    expect(conceptsIn("Ratify the Optional Protocol to the Convention against Torture")).not.toContain("cat");
    expect(conceptsIn("Ratify OP-CAT")).not.toContain("cat");
  });

  it("tells two instruments apart in one recommendation", () => {
    expect(conceptsIn("Ratify ILO Conventions No. 169 and No. 189")).toEqual(expect.arrayContaining(["ilo-169", "ilo-189"]));
    expect(conceptsIn("Accede to the 1954 and the 1961 Conventions on statelessness")).toEqual(expect.arrayContaining(["statelessness-1954", "statelessness-1961"]));
  });

  it("does not see an instrument where there is none", () => {
    expect(conceptsIn("Improve access to clean water in rural schools")).not.toEqual(expect.arrayContaining(["cat", "crc", "iccpr", "rome-statute"]));
  });
});

describe("concept names in reasons", () => {
  it("names every concept in English, Spanish and French", async () => {
    const { conceptLabel } = await import("../../../src/core/suggest/concepts");
    for (const concept of CONCEPTS) {
      const names = (["en", "es", "fr"] as const).map((language) => conceptLabel(concept, language));
      expect(names[0]).toBe(concept.label);
      for (const name of names) expect(name.trim().length).toBeGreaterThan(1);
    }
    const opcat = CONCEPTS.find((concept) => concept.id === "opcat")!;
    expect(conceptLabel(opcat, "es")).toMatch(/^Protocolo Facultativo/);
    expect(conceptLabel(opcat, "fr")).toMatch(/^Protocole facultatif/);
  });
});
