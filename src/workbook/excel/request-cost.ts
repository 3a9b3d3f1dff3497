import { DOCUMENTED_REQUEST_LIMIT_BYTES } from "../self-check";

/**
 * What a request costs as Office.js serialises it, counted as UTF-16 (two bytes per UTF-16 code
 * unit): Excel on the web refuses a request over 5 MB, and whether it counts UTF-8 or UTF-16 is not
 * documented, so the stricter reading holds until "Check this Excel" proves otherwise.
 *
 * Office.js sends every command as an action plus the object paths it goes through
 * (`worksheet.getRangeByIndexes(...).format.font` is three paths, each instantiated by an action).
 * Measured through Microsoft's serialiser (@microsoft/office-js 1.1.110): a path reached by a
 * method (a range from `getRangeByIndexes`) takes about 123 characters, two instantiating actions
 * of about 55 and, for a range, a `_KeepReference` action of about 100 that `Excel.run` adds for
 * every range it tracks; a property path (`.format`, `.font`) about 70 plus its instantiations;
 * a property set or method call about 110 plus its arguments. The costs below round these up,
 * as UTF-16. A values array over 1,500 cells is sent by Office.js in slices of 1,500 cells, each
 * one a range of its own (three more paths and an action).
 */

/** Excel on the web's request limit, "5 MB", read as the smaller figure (5,000,000 rather than 5 x 1024 x 1024). */
export const REQUEST_LIMIT_BYTES = DOCUMENTED_REQUEST_LIMIT_BYTES;
/** What a request may measure: 10% under the limit, so that no write runs near it. */
export const REQUEST_TARGET_BYTES = Math.floor(REQUEST_LIMIT_BYTES * 0.9);
/** What one request may cost by our count: the target less 5% for what the estimate misses (measured: at most 2% on the bench's scenarios). */
export const REQUEST_BUDGET_BYTES = Math.floor(REQUEST_TARGET_BYTES * 0.95);
/** A path reached by a method (a range, a table, a new sheet), its instantiation and reference keeping. */
export const PATH_BYTES = 720;
/** A path reached by a property (`.format`, `.font`, `.dataValidation`) and its instantiation. */
export const PROPERTY_PATH_BYTES = 400;
/** One action (a property set or a method call), arguments excluded. */
export const ACTION_BYTES = 280;
/** Cells per slice when Office.js splits a large values array. */
export const CELLS_PER_SLICE = 1500;
/** The extra range (paths and action) of each slice of a large array. */
export const SLICE_BYTES = 3 * PATH_BYTES + ACTION_BYTES;

/** Bytes of `JSON.stringify(value)` counted as UTF-16. */
export function jsonUtf16Bytes(value: unknown): number {
  return (JSON.stringify(value) ?? "").length * 2;
}

/** A values (or number formats) write of a rows x columns rectangle, arguments excluded. */
export function rangeWriteBytes(rows: number, columns: number): number {
  const cells = rows * Math.max(columns, 1);
  const slices = cells > CELLS_PER_SLICE ? Math.ceil(rows / Math.max(1, Math.round(CELLS_PER_SLICE / Math.max(columns, 1)))) : 0;
  return PATH_BYTES + ACTION_BYTES + slices * SLICE_BYTES;
}

/**
 * Counts what a piece of queuing code would put into a request, by running it against stand-ins
 * for the Excel objects: every property set and method call is an action, every object reached on
 * the way a path. The code must only queue (no `load`, no reading of loaded values).
 */
export class RequestCounter {
  bytes = 0;
  private readonly counted = new WeakSet<object>();

  /** A stand-in for any Excel object (a worksheet, the request context, a table...). */
  object<T>(): T {
    return this.node(null, "", 0, PROPERTY_PATH_BYTES) as T;
  }

  /** `name` is the member this node was reached by: a property, or a method once called. */
  private node(parent: object | null, name: string, argumentBytes: number, pathBytes: number): object {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the traps below count into this counter
    const counter = this;
    const standIn = function standIn() {
      /* callable, so that methods can be called on it */
    };
    const proxy: object = new Proxy(standIn, {
      get(_target, property) {
        if (property === "then") return undefined;
        if (property === "items") return [];
        return counter.member(proxy, String(property));
      },
      set(_target, property, value: unknown) {
        counter.use(proxy);
        counter.bytes += ACTION_BYTES + jsonUtf16Bytes(value) + String(property).length * 2;
        if (Array.isArray(value) && Array.isArray(value[0])) counter.bytes += rangeWriteBytes(value.length, (value[0] as unknown[]).length) - PATH_BYTES - ACTION_BYTES;
        return true;
      },
    });
    standIns.add(proxy);
    paths.set(proxy, { parent, argumentBytes: argumentBytes + name.length * 2, pathBytes });
    return proxy;
  }

  /** A property reached on an object: a path of its own if used, or a method if called. */
  private member(owner: object, name: string): object {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the traps below count into this counter
    const counter = this;
    const path = this.node(owner, name, 0, PROPERTY_PATH_BYTES);
    const method = (...args: unknown[]) => {
      const argumentBytes = args.reduce<number>((sum, argument) => sum + (isStandIn(argument) ? 16 : jsonUtf16Bytes(argument)), 0);
      const result = counter.node(owner, name, argumentBytes, PATH_BYTES);
      if (/^get/.test(name)) return result;
      // Anything else is an action; `add` also makes an object (a path) that is instantiated at once.
      counter.use(owner);
      // An object passed as an argument (the source range of copyFrom) is a path of the request too.
      for (const argument of args) if (isStandIn(argument)) counter.use(argument as object);
      counter.bytes += ACTION_BYTES + argumentBytes;
      if (name === "add") counter.use(result);
      return result;
    };
    return new Proxy(method, {
      get: (_target, property) => Reflect.get(path, property),
      set: (_target, property, value) => Reflect.set(path, property, value),
    });
  }

  private use(node: object): void {
    let current: object | null = node;
    while (current && !this.counted.has(current)) {
      this.counted.add(current);
      const info = paths.get(current);
      this.bytes += (info?.pathBytes ?? PATH_BYTES) + (info?.argumentBytes ?? 0);
      current = info?.parent ?? null;
    }
  }
}

const standIns = new WeakSet<object>();
const paths = new WeakMap<object, { parent: object | null; argumentBytes: number; pathBytes: number }>();

function isStandIn(value: unknown): boolean {
  return (typeof value === "object" || typeof value === "function") && value !== null && standIns.has(value);
}
