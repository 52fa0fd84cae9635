/**
 * The core's one public face. Everything outside src/core (hosts, UI, commands, CLI, benches,
 * scripts) imports from here; deep imports into the core are refused by ESLint, as Univer's
 * facade rules do. Tests may reach inside to test a module on its own.
 */
export type * from './types';
export * from './snapshot';
export * from './plan';
export { cellAddress, columnLetter, columnNumber, parseCell, parseRange, rangeAddress } from './a1';
export { SHEETS, METHOD_SHEET, keepsGeneratedValues, type GeneratedSheet } from './sheet-names';
export { runPipeline, runYear, chooseMethod, clearMarksPlan, outputSheetName, STEP_OUTPUTS } from './pipeline';
export type { OutputKind, PipelineOptions, PipelineOutcome, PipelineSuccess, PipelineFailure, MethodChoice } from './pipeline';
export type { Report, ReportMember, ReportFinding } from './report';
export type { DateParts, NoticeContext } from './notices/context';
export { unitLetterSheets } from './notices/unit-letters';
export { selectSlipMembers, slipUnits, parseRowList, rowListText, type SlipSelection, type SlipChoice } from './notices/slip-selection';
export { message, formatTemplate } from './i18n/format';
export { enUS } from './i18n/en-US';
export { zhCN } from './i18n/zh-CN';
export { isBuiltinCountKey, builtinLabel } from './columns';
export { exampleMethod, EXAMPLE_METHOD_JSON } from './method/example-method';
export { methodSheetPlan, readMethodSheet, type MethodSheetResult } from './method/method-sheet';
export { parseMethodJson, parseMethodObject, methodToJson, type MethodResult } from './method/parse-method';
export { locateTable } from './table/locate-table';
export { decideYear, tableYear, runDateYear, yearText, YEAR_ORIGIN_LABEL, type YearOrigin, type YearDecision, type TableYear } from './year';
export { circularDocument, unitLetterDocument, noticeDocuments, type NoticeDocument, type DocBlock, type DocParagraph, type DocParagraphRole, type DocTable, type DocCell } from './notices/document';
export { letterNotes, letterPlan } from './notices/unit-letters';
export { candidateSheets, decideInputs, excludedSheets, inputFindings, methodColumns, recordsSummary, sourceColumns, tableInputs } from './inputs';
export type { InputColumn, InputsDecision, InputsOptions, ItemFeed, RecordsSummary, TableInputs, UnboundInput, UnusedColumn } from './inputs';
// issue 12: the office's own records (活动记录, 提案登记)
export { ACTIVITY_SHEET, PROPOSAL_SHEET, recordSheetNames, recordsSource, type RecordsFile, type RecordsSource } from './records/record-sheets';
export type { ReportCounts } from './report';
export { safeFileName } from './file-names';
// issue 10: content fingerprints shared by the core and every host (generated sheets, the bookkeeping grid)
export { Fingerprint, fingerprintText, sheetFingerprint } from './output/fingerprint';
export { isUncachedFormula } from './snapshot';
// issue 13: the term archive
export { importArchive, type ImportSource, type ImportOutcome, type ImportedYear } from './archive/import-archive';
export { readArchiveSheet, isArchiveSheet } from './archive/archive-sheet';
export type { Archive, ArchiveRecord } from './archive/archive-types';
export type { TermRecord, TermYear } from './archive/term-record';
// issue 12: the fill-in form, merging the members' forms, the roster
export { formTemplatePlan, formTitle, FORM_SHEET, type FormIdentity } from './forms/template';
export { formItems, type FormItem } from './forms/form-items';
export { mergeForms, MERGED_SHEET, COLLECTION_SHEET, SOURCE_HEADER } from './forms/merge';
export type { FormFileInput, MergeOptions, MergeFinding, MergeOutcome, MergeReport, FileOutcome, UnreadableReason } from './forms/merge';
export { readRoster, type Roster, type RosterMember, type RosterResult } from './forms/roster';
