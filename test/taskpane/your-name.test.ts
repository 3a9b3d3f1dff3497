import { readYourName, storeYourName } from "../../src/taskpane/your-name";

function memoryStorage() {
  const values = new Map<string, string>();
  return {
    values,
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
  };
}

describe("Your name (My institution page)", () => {
  test("is remembered, and forgotten when cleared", () => {
    const storage = memoryStorage();
    expect(readYourName(storage)).toBe("");
    storeYourName("Ana Novak", storage);
    expect(readYourName(storage)).toBe("Ana Novak");
    storeYourName("  ", storage);
    expect(storage.values.size).toBe(0);
  });

  test("disabled storage loses nothing but the memory", () => {
    const broken = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => undefined,
    };
    expect(readYourName(broken)).toBe("");
    expect(() => storeYourName("Ana", broken)).not.toThrow();
  });
});
