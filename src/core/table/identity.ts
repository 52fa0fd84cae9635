/** Identity fields of a member row: names, plain text fields and the CPPCC role. */
import type { CellValue } from '../snapshot';
import { compact, isCellError, trimAll } from './text';

/** Names are compared and reported with all white space removed (「张　三」 → 张三). */
export function normalizeName(v: CellValue): string {
  if (v === null || isCellError(v)) return '';
  return compact(typeof v === 'string' ? v : String(v));
}

/** A text field: trimmed string; numbers (e.g. a 委员编号 typed as number) as their text; blank and error values → null. */
export function identityText(v: CellValue): string | null {
  if (v === null || isCellError(v)) return null;
  if (typeof v === 'boolean') return v ? '是' : '否';
  const text = typeof v === 'number' ? String(v) : trimAll(v);
  return text === '' ? null : text;
}

const YES: ReadonlySet<string> = new Set(['是', '√', '✓', '✔', '☑', '1', '常委', 'Y', 'y', 'TRUE', 'true', '是常委']);

/**
 * The CPPCC role from 政协职务 (主席/副主席/秘书长/常委/驻会常委/委员; 「常务委员」 → 常委,
 * 「区政协副主席」 → 副主席; blank or unknown → 委员), or from 是否常委 when `yesNo` (是 → 常委).
 * Where several titles are given the highest counts (「常委、副主席」 → 副主席).
 */
export function normalizeRole(v: CellValue, yesNo: boolean): string {
  const text = v === true ? '是' : compact(identityText(v) ?? '');
  if (yesNo) return YES.has(text) ? '常委' : '委员';
  if (text.includes('副主席')) return '副主席';
  if (/(?<!副)主席(?!团)/.test(text)) return '主席';
  if (/(?<!副)秘书长/.test(text)) return '秘书长';
  if (text.includes('驻会常委') || (text.includes('驻会') && text.includes('常务委员'))) return '驻会常委';
  if (text.includes('常委') || text.includes('常务委员')) return '常委';
  return '委员';
}
