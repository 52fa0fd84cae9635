/**
 * Fixes for three exceljs 4.4 file-format gaps, by hooking the two model passes of one
 * workbook's xlsx instance (works the same in Node and in the browser bundle):
 * - internal hyperlinks (`#'Sheet'!A1`) are written the way Excel writes them, `<hyperlink ref
 *   location>` without a relationship (exceljs adds an external one: Excel then opens
 *   `#'S'!A1##'S'!A1`, exceljs issue #3027);
 * - location-only links are kept when reading (exceljs drops them, #920);
 * - a note on a cell that has no value and no style is kept when reading (exceljs drops it, as
 *   the cell is not in sheetData);
 * - merged areas are read in linear time (exceljs checks each against all earlier ones, which
 *   takes minutes for a result workbook of 2,000 members).
 */
import { Workbook } from 'exceljs';
import { mergeAreas } from './merges';

interface LinkModel {
  address?: string;
  rId?: string;
  target?: string;
}
interface RelModel {
  Id: string;
  Type?: string;
  Target: string;
  TargetMode?: string;
}
interface RowModel {
  number: number;
  min?: number;
  max?: number;
  cells: { address: string; type?: number }[];
}
interface SheetModel {
  id?: number;
  sheetNo?: number;
  mergeCells?: string[];
  hyperlinks?: LinkModel[];
  rels?: RelModel[];
  rows?: RowModel[];
}
interface BookModel {
  worksheets?: SheetModel[];
  worksheetRels?: Record<number, RelModel[] | undefined>;
  comments?: Record<string, { comments?: { ref?: string }[] } | undefined>;
}
interface ModelPasses {
  load(data: unknown, options?: unknown): Promise<Workbook>;
  reconcile(model: BookModel, options: unknown): void;
  prepareModel(model: BookModel, options: unknown): void;
}

const HYPERLINK_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
const COMMENTS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const PATCHED = new WeakSet<object>();
/** exceljs writes `location` only for targets of this form (HyperlinkXform.isInternalLink), after the `#`. */
const CELL_LOCATION = /^#[^!]+![a-zA-Z]+\d+$/;

/** A new exceljs Workbook whose internal links are read and written correctly. */
export function newWorkbook(): Workbook {
  const workbook = new Workbook();
  patchExceljs(workbook);
  return workbook;
}

export function patchExceljs(workbook: Workbook): void {
  const xlsx = workbook.xlsx as Workbook['xlsx'] & Partial<ModelPasses>;
  if (PATCHED.has(xlsx) || typeof xlsx.load !== 'function' || typeof xlsx.reconcile !== 'function' || typeof xlsx.prepareModel !== 'function') return;
  PATCHED.add(xlsx);
  const { load, reconcile, prepareModel } = xlsx;
  /** Merged areas of the sheets being loaded, by sheet id, applied once the sheets exist. */
  let pendingMerges = new Map<number, string[]>();
  xlsx.load = async function (data: unknown, options?: unknown): Promise<Workbook> {
    pendingMerges = new Map();
    const loaded = await load.call(this, data, options);
    for (const ws of loaded.worksheets) mergeAreas(ws, pendingMerges.get(ws.id) ?? []);
    pendingMerges = new Map();
    return loaded;
  };
  xlsx.reconcile = function (model: BookModel, options: unknown): void {
    readLocationLinks(model);
    readNotesOfEmptyCells(model);
    reconcile.call(this, model, options);
    for (const sheet of model.worksheets ?? []) {
      if (sheet.id === undefined || !sheet.mergeCells || sheet.mergeCells.length === 0) continue;
      pendingMerges.set(sheet.id, sheet.mergeCells);
      sheet.mergeCells = [];
    }
  };
  xlsx.prepareModel = function (model: BookModel, options: unknown): void {
    prepareModel.call(this, model, options);
    writeLocationLinks(model);
  };
}

/** Before exceljs resolves links through relationships: give each location-only link one pointing at `#location`. */
function readLocationLinks(model: BookModel): void {
  let n = 0;
  for (const sheet of model.worksheets ?? []) {
    if (sheet.sheetNo === undefined || !model.worksheetRels) continue;
    for (const link of sheet.hyperlinks ?? []) {
      if (link.rId || !link.target) continue;
      const rels = (model.worksheetRels[sheet.sheetNo] ??= []);
      const id = `rIdDutyStatsLink${++n}`;
      rels.push({ Id: id, Type: HYPERLINK_REL, Target: `#${link.target}`, TargetMode: 'External' });
      link.rId = id;
    }
  }
}

/** After exceljs prepared the sheets: links to `#…` become location-only, and lose their relationship. */
function writeLocationLinks(model: BookModel): void {
  for (const sheet of model.worksheets ?? []) {
    const dropped = new Set<string>();
    for (const link of sheet.hyperlinks ?? []) {
      if (!link.target || !CELL_LOCATION.test(link.target)) continue;
      if (link.rId) dropped.add(link.rId);
      link.rId = undefined;
      link.target = link.target.slice(1);
    }
    if (dropped.size > 0 && sheet.rels) sheet.rels = sheet.rels.filter((r) => !dropped.has(r.Id));
  }
}

/** Adds an empty cell for each note whose cell is missing from sheetData, so exceljs attaches the note. */
function readNotesOfEmptyCells(model: BookModel): void {
  for (const sheet of model.worksheets ?? []) {
    if (sheet.sheetNo === undefined) continue;
    const rel = (model.worksheetRels?.[sheet.sheetNo] ?? []).find((r) => r.Type === COMMENTS_REL);
    const refs = (rel && model.comments?.[rel.Target]?.comments) ?? [];
    if (refs.length === 0) continue;
    const rows = (sheet.rows ??= []);
    const byNumber = new Map(rows.filter(Boolean).map((r) => [r.number, r]));
    for (const { ref } of refs) {
      const m = ref ? /^([A-Z]+)(\d+)$/.exec(ref) : null;
      if (!ref || !m) continue;
      const number = Number(m[2]);
      let row = byNumber.get(number);
      if (!row) {
        row = { number, cells: [] };
        rows.push(row);
        byNumber.set(number, row);
      }
      if (!row.cells.some((c) => c && c.address === ref)) row.cells.push({ address: ref, type: 0 });
    }
  }
}
