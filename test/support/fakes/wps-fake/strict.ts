/**
 * Strict, counting proxies: every property read, write or method call on an object the host holds
 * is one object-model call (counted by label, e.g. `Range.Value2=`); a property outside the fake's
 * subset (a typo, array indexing like `Worksheets[0]`, an internal `_field`) throws, and so does
 * writing a read-only property.
 */

export class FakeWpsError extends Error {
  override readonly name = 'FakeWpsError';
}

/** Read by jest/Node when printing or awaiting a value; answered with undefined, not counted. */
const PROBED = new Set(['then', 'toJSON', 'asymmetricMatch', '$$typeof', 'nodeType', 'constructor', 'tagName', '@@__IMMUTABLE_ITERABLE__@@', '@@__IMMUTABLE_RECORD__@@']);

export class Counter {
  total = 0;
  /**
   * How VBA Null (a property of a range whose cells differ) and Nothing (no object: a cell without a
   * comment, Find without a match, no active workbook) reach JavaScript. The vendor's typings
   * (et-jsapi-declare) do not say which; WPS's JS binding is a V8 bridge over the COM-style model, and
   * a VARIANT of type VT_NULL/VT_EMPTY may come out as null or undefined depending on the build, so
   * the host must accept both. `undefined` mode makes every such null an undefined.
   */
  nothingAs: null | undefined = null;
  readonly byLabel = new Map<string, number>();
  /** label → throw when that call is made for the nth time (1-based). */
  readonly failures = new Map<string, number>();

  count(label: string): void {
    this.total++;
    const n = (this.byLabel.get(label) ?? 0) + 1;
    this.byLabel.set(label, n);
    if (this.failures.get(label) === n) throw new FakeWpsError(`injected failure at ${label} #${n}`);
  }

  of(label: string): number {
    return this.byLabel.get(label) ?? 0;
  }

  reset(): void {
    this.total = 0;
    this.byLabel.clear();
  }
}

/** API members: a plain object's own fields, or a class's prototype members (its own fields are private state). */
function allowed(target: object, prop: string): boolean {
  if (prop.startsWith('_') || prop === 'constructor') return false;
  const proto: object | null = Object.getPrototypeOf(target);
  if (proto === Object.prototype) return Object.prototype.hasOwnProperty.call(target, prop);
  for (let o = proto; o !== null && o !== Object.prototype; o = Object.getPrototypeOf(o)) if (Object.prototype.hasOwnProperty.call(o, prop)) return true;
  return false;
}

function hasSetter(target: object, prop: string): boolean {
  for (let o: object | null = target; o !== null; o = Object.getPrototypeOf(o)) {
    const d = Object.getOwnPropertyDescriptor(o, prop);
    if (d) return d.set !== undefined || (d.writable === true && typeof d.value !== 'function');
  }
  return false;
}

const raw = new WeakMap<object, object>();

/** The object behind a proxy, for the fake's own bookkeeping (reading it is not an object-model call). */
export function unwrap<T extends object>(proxy: T): T {
  const target = raw.get(proxy);
  if (target === undefined) throw new FakeWpsError('not an object of this fake');
  // The WeakMap holds each proxy's own target, so the type is the proxy's.
  return target as T;
}

export function strict<T extends object>(target: T, label: string, counter: Counter, alive: () => boolean = () => true): T {
  const check = (prop: string): void => {
    if (!allowed(target, prop)) throw new FakeWpsError(`${label}.${prop} is not in the WPS object model subset`);
    if (!alive()) throw new FakeWpsError(`${label}.${prop}: the object was deleted`);
  };
  const proxy = new Proxy(target, {
    get(t, prop) {
      if (typeof prop === 'symbol') return Reflect.get(t, prop, t);
      if (PROBED.has(prop) && !allowed(t, prop)) return undefined;
      check(prop);
      counter.count(`${label}.${prop}`);
      const v: unknown = Reflect.get(t, prop, t);
      if (typeof v === 'function') {
        const bound = (...args: unknown[]): unknown => {
          const out: unknown = v.apply(t, args);
          return out === null ? counter.nothingAs : out;
        };
        return bound;
      }
      return v === null ? counter.nothingAs : v;
    },
    set(t, prop, value) {
      if (typeof prop === 'symbol') throw new FakeWpsError(`${label}: symbol property`);
      check(prop);
      if (!hasSetter(t, prop)) throw new FakeWpsError(`${label}.${prop} is read-only`);
      counter.count(`${label}.${prop}=`);
      Reflect.set(t, prop, value, t);
      return true;
    },
    has(t, prop) {
      return typeof prop === 'string' && allowed(t, prop);
    },
  });
  raw.set(proxy, target);
  return proxy;
}
