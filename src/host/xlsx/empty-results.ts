/**
 * Which formula cells of a loaded file hold an empty result (issue 10 point 3). exceljs gives
 * `result: undefined` both for a formula saved without a result (`<f>1+1</f>`, files written by
 * scripts) and for one whose cached result is the empty string (`<c t="str"><f>…</f><v></v></c>`,
 * how Excel saves `=IF(A1="","",…)`). Only the first is "no cached value"; the second is a blank.
 * Where a workbook has formulas without a result, their sheets' XML is looked at for a `<v>`.
 * Runs in Node and the browser; costs nothing for a workbook whose formulas all have results.
 */
import JSZip from 'jszip';
import { ValueType, type Workbook } from 'exceljs';

/** Per workbook: sheet name → A1 addresses of formula cells whose saved result is the empty string. */
const emptyResults = new WeakMap<Workbook, ReadonlyMap<string, ReadonlySet<string>>>();

export function hasEmptyResult(workbook: Workbook, sheet: string, address: string): boolean {
  return emptyResults.get(workbook)?.get(sheet)?.has(address) ?? false;
}

function candidates(workbook: Workbook): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const ws of workbook.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type !== ValueType.Formula || cell.result !== undefined) return;
        const set = out.get(ws.name) ?? new Set<string>();
        set.add(cell.address);
        out.set(ws.name, set);
      });
    });
  }
  return out;
}

function attr(tag: string, name: string): string | null {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
}

function unescapeXml(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Sheet name → worksheet part path, from xl/workbook.xml and its relationships (ECMA-376 part 1 §18.2.19). */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const book = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);
  }
  const parts = new Map<string, string>();
  for (const m of book.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attr(m[0], 'name');
    const id = attr(m[0], 'r:id');
    const target = id ? targets.get(id) : undefined;
    if (name !== null && target) parts.set(unescapeXml(name), target);
  }
  return parts;
}

/** After exceljs loaded `bytes`: find the formula cells whose saved result is an empty string. */
export async function findEmptyResults(workbook: Workbook, bytes: Uint8Array): Promise<void> {
  const wanted = candidates(workbook);
  if (wanted.size === 0) return;
  const zip = await JSZip.loadAsync(bytes);
  const parts = await sheetParts(zip);
  const found = new Map<string, Set<string>>();
  for (const [sheet, cells] of wanted) {
    const part = parts.get(sheet);
    const xml = part ? await zip.file(part)?.async('string') : undefined;
    if (!xml) continue;
    const set = new Set<string>();
    // A cell with a <v> element: its result was saved (empty when exceljs gave none).
    for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const address = attr(m[1], 'r');
      if (address !== null && cells.has(address) && /<v\b/.test(m[2] ?? '')) set.add(address);
    }
    if (set.size > 0) found.set(sheet, set);
  }
  emptyResults.set(workbook, found);
}
