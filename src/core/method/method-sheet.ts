/**
 * The editable 评价办法 sheet: methodSheetPlan writes a method as the sheet, readMethodSheet
 * reads it back (the same method for an unedited sheet). Layout: method-sheet-layout.ts.
 */
export { methodSheetPlan } from './method-sheet-write';
export { readMethodSheet, type MethodSheetResult } from './method-sheet-read';
