/**
 * Excel on the web rejects a request or a response over 5 MB (RequestPayloadSizeLimitExceeded /
 * ResponsePayloadSizeLimitExceeded). The host estimates what each queued operation adds and sends
 * a request when the running total would pass the budget: one sync per full request, never one
 * per row or cell.
 */

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/**
 * Estimated request bytes per batch. The real client's request text was measured at most ~0.75×
 * the estimate on the year-end write (test/host-excel/office-js-client.test.ts); the strict fake
 * counts 1.5× its own model of the request, and the budget keeps even that count under 3.5 MB,
 * well inside the 5 MB limit.
 */
export const BATCH_BUDGET = 2.2 * 1024 * 1024;
/** Estimated response bytes per batch of loads (responses are counted as they are). */
export const RESPONSE_BUDGET = 4.5 * 1024 * 1024;
/**
 * What one operation costs beyond its arguments in the protocol's JSON: the action, an object path
 * per navigation step (getRange → format → set) and their ids. Roughly 250 bytes for one step,
 * 400 for two (a format), 650 for a border (getRanges → format → borders → getItem → set).
 */
export const OPERATION_OVERHEAD = 260;
export const FORMAT_OVERHEAD = 400;
export const BORDER_OVERHEAD = 650;
/** `set({...})` is expanded by Office.js into one property-set action per leaf property. */
export const PROPERTY_OVERHEAD = 90;

/** Overhead of an object `set(properties)`: the chain, plus an action per leaf property. */
export function setOverhead(properties: object, chain = FORMAT_OVERHEAD): number {
  const leaves = (o: object): number => Object.values(o).reduce<number>((n, v) => n + (typeof v === 'object' && v !== null ? leaves(v as object) : 1), 0);
  return chain + PROPERTY_OVERHEAD * leaves(properties);
}

/** UTF-8 length of a string (what goes over the wire). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Estimated request bytes of one operation with these arguments (addresses included). */
export function operationBytes(args?: unknown, overhead = OPERATION_OVERHEAD): number {
  return overhead + (args === undefined ? 0 : utf8Length(JSON.stringify(args)));
}

export function isPayloadLimitError(e: unknown): boolean {
  const code = typeof e === 'object' && e !== null && 'code' in e ? (e as { code: unknown }).code : undefined;
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}
