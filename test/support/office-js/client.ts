/**
 * The real Office.js client for Excel, from the npm package @microsoft/office-js (a devDependency,
 * never committed nor modified: its licence allows using it to develop and test our own add-in),
 * loaded unmodified into a Node `vm` context with the few browser globals it touches at load time.
 * `Excel.run` then goes through the real proxy objects, batching and request serialisation; its
 * one host call, OSF.DDA.RichApi.executeRichApiRequestAsync, is replaced by a test transport that
 * gets the exact request text and answers it (transport.ts).
 *
 * The build loaded is Excel on the web's (excel-web-16.00.js, where the 5 MB request limit
 * applies). This npm build knows ExcelApi up to 1.15: no Notes API (1.18).
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import type { XlRequestContext, XlRun } from '../../../src/host/excel/office-api';

/** What the transport receives: the request body text, as the client serialises it (JSON). */
export type Transport = (requestText: string) => Promise<string>;

export interface OfficeJsClient {
  /** `Excel.run` of the real client. */
  readonly run: XlRun;
  /** Replaces the host call; every request of every run goes to `transport`. */
  setTransport(transport: Transport): void;
  /** The OfficeExtension namespace (errors, ClientResult…). */
  readonly OfficeExtension: { readonly Error: new (...args: never[]) => Error };
}

export const OFFICE_JS_BUILD = '@microsoft/office-js/dist/excel-web-16.00.js';

interface Sandbox {
  window?: unknown;
  OSF?: { DDA: { RichApi: { executeRichApiRequestAsync: (request: unknown[], callback: (result: unknown) => void) => void } } };
  Excel?: { run: (batch: (context: XlRequestContext) => Promise<unknown>) => Promise<unknown> };
  OfficeExtension?: OfficeJsClient['OfficeExtension'];
}

export function loadOfficeJs(): OfficeJsClient {
  const code = readFileSync(require.resolve(OFFICE_JS_BUILD), 'utf8');
  const element = (): object => ({ style: {}, setAttribute: () => undefined, appendChild: () => undefined });
  const sandbox: Record<string, unknown> = {
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    navigator: { userAgent: 'node' },
    location: { href: 'https://localhost:3000/taskpane.html', search: '', hash: '', protocol: 'https:', host: 'localhost:3000', hostname: 'localhost' },
    document: { readyState: 'complete', cookie: '', addEventListener: () => undefined, getElementsByTagName: () => [], createElement: element, location: { href: 'https://localhost:3000/taskpane.html' } },
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  for (const name of ['window', 'self', 'top', 'parent']) sandbox[name] = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(code, sandbox, { filename: OFFICE_JS_BUILD });
  const loaded = sandbox as Sandbox;
  const { OSF, Excel, OfficeExtension } = loaded;
  if (!OSF || !Excel || !OfficeExtension) throw new Error(`${OFFICE_JS_BUILD} did not define OSF, Excel and OfficeExtension`);
  let transport: Transport = () => Promise.reject(new Error('no transport set'));
  // The response safearray: [status code, header name/value pairs, body] (RichApiMessageUtility.getResponse*FromSafeArray).
  OSF.DDA.RichApi.executeRichApiRequestAsync = (request, callback) => {
    const body = request[4];
    if (typeof body !== 'string') throw new Error('request body is not text');
    transport(body).then(
      (text) => callback({ status: 'succeeded', value: { data: [200, [], text] } }),
      (e: unknown) => callback({ status: 'failed', error: { code: 5001, message: e instanceof Error ? e.message : String(e) } }),
    );
  };
  return {
    run: <T>(batch: (context: XlRequestContext) => Promise<T>): Promise<T> => Excel.run(batch) as Promise<T>,
    setTransport: (t) => void (transport = t),
    OfficeExtension,
  };
}
