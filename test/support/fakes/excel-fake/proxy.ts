/**
 * Base of every fake proxy: properties are readable only after `load` and a `sync` (else
 * PropertyNotLoaded, as Office throws); writes and method calls are queued on the context and run
 * at the next sync; *OrNullObject proxies learn whether they are null at the next sync.
 */
import type { FakeContext, LoadOutcome } from './engine';
import { invalidArgument, officeError, propertyNotLoaded } from './errors';

export abstract class FakeProxy<Target> {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    protected readonly ctx: FakeContext,
    readonly path: string,
    protected readonly orNull = false,
  ) {
    ctx.assertAlive(path);
    if (orNull) {
      ctx.enqueue({ p: path, a: 'get' }, () => {
        const isNull = this.locate() === null;
        return { data: { isNullObject: isNull }, apply: () => (this.nullState = isNull) };
      });
    }
  }

  /** Type name for messages, e.g. "Range". */
  protected abstract readonly type: string;
  /** Scalar properties `load` accepts. */
  protected abstract readonly loadable: readonly string[];
  /** Finds the target when an operation runs: null for a missing *OrNullObject target; throws ItemNotFound otherwise. */
  protected abstract locate(): Target | null;
  /** The value of a loadable property of the target, when the load runs. */
  protected abstract property(target: Target, name: string): unknown;

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded('isNullObject', this.type);
    return this.nullState;
  }

  /** The target for a write or method call; a null object cannot be written to. */
  protected target(): Target {
    const t = this.locate();
    if (t === null) throw invalidArgument(`${this.type} is a null object (${this.path}); check isNullObject before using it.`);
    return t;
  }

  protected read<T>(name: string): T {
    if (!this.loaded.has(name)) throw propertyNotLoaded(name, this.type);
    return this.loaded.get(name) as T;
  }

  protected write(name: string, value: unknown, apply: (t: Target) => void): void {
    this.ctx.enqueue({ p: this.path, a: 'set', n: name, v: value }, () => {
      apply(this.target());
    }, true);
  }

  protected invoke(name: string, args: readonly unknown[], apply: (t: Target) => void, writes = true): void {
    this.ctx.enqueue({ p: this.path, a: 'call', n: name, v: args }, () => {
      apply(this.target());
    }, writes);
  }

  /** Queues a method that returns a value (a ClientResult) when the batch runs. */
  protected invokeForResult<R>(name: string, args: readonly unknown[], compute: (t: Target) => R): FakeClientResult<R> {
    const result = new FakeClientResult<R>(`${this.type}.${name}`);
    this.ctx.enqueue({ p: this.path, a: 'call', n: name, v: args }, (): LoadOutcome => {
      const value = compute(this.target());
      return { data: value, apply: () => result.settle(value) };
    });
    return result;
  }

  load(names?: string | string[]): this {
    this.ctx.assertAlive(this.path);
    const props = this.parseNames(names);
    this.ctx.enqueue({ p: this.path, a: 'load', v: props }, (): LoadOutcome => {
      const t = this.locate();
      const data = Object.fromEntries(props.map((p) => [p, t === null ? null : this.property(t, p)]));
      return {
        data,
        apply: () => {
          for (const p of props) this.loaded.set(p, data[p]);
          if (this.orNull) this.nullState = t === null;
        },
      };
    });
    return this;
  }

  /** Validates load arguments: named, known scalar properties only (navigation properties are objects, not loadable). */
  protected parseNames(names: string | string[] | undefined): string[] {
    const list = (Array.isArray(names) ? names : (names ?? '').split(',')).map((n) => n.trim()).filter((n) => n !== '');
    if (list.length === 0) throw invalidArgument(`load() on ${this.type} without property names would load everything; name what you read.`);
    for (const n of list) if (!this.loadable.includes(n)) throw invalidArgument(`The property '${n}' of ${this.type} cannot be loaded (not a scalar property this fake supports).`);
    return list;
  }

  /** Sets a loaded value directly (collections hand their items the values loaded for them). */
  seed(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }
}

export class FakeClientResult<T> {
  private settled = false;
  private result: T | undefined;
  constructor(private readonly what: string) {}
  /** As the real client (OfficeExtension.ClientResult): ValueNotLoaded before the sync, not PropertyNotLoaded. */
  get value(): T {
    if (!this.settled) throw officeError('ValueNotLoaded', `The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context. (${this.what})`);
    return this.result as T;
  }
  settle(value: T): void {
    this.settled = true;
    this.result = value;
  }
}

export function quoteArg(s: string): string {
  return JSON.stringify(s);
}
