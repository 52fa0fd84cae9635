/** The en-US strings of the task pane; typed against zh-CN, so a missing key fails to compile. */
import type { Strings } from './zh-CN';

export const enUS: Strings = {
  appTitle: 'Duty statistics',
  appSubtitle: "Check, total and evaluate members' yearly duty records",
  loadingWorkbook: 'Reading the workbook…',
  reload: 'Read the workbook again',

  sheetStepTitle: 'Choose the member sheet',
  sheetLabel: 'Sheet holding the member table',
  sheetGuess: 'Detected',
  sheetGuessHint: (sheet: string) => `"${sheet}" has the best matching header and is selected; choose another sheet if it is wrong.`,
  sheetChoose: 'Choose a sheet',
  sheetNone: 'The workbook has no sheet to choose.',

  methodStepTitle: 'Check the year and the evaluation method',
  methodFromSheet: (title: string) => `The workbook's 评价办法 sheet will be used: ${title}`,
  methodDefault: (title: string) => `The workbook has no 评价办法 sheet; the built-in example method will be used: ${title}`,
  methodInsert: 'Insert the example 评价办法 sheet',
  methodInserted: "The 评价办法 sheet was inserted. Change its points and conditions to the district's own method, then validate.",
  methodKept: 'The workbook already has a 评价办法 sheet; it was left unchanged.',
  inputsTitle: (sheet: string) => `Which columns of "${sheet}" feed each item`,
  inputsHint: 'Check first: each item is the sum of the columns right of the arrow (column letters in brackets). What a column means is for the office to confirm.',
  inputsNone: '(none)',
  inputsOnlyCondition: '(used in conditions only)',
  unboundTitle: (n: number) => `${n} item(s) have no column in the table and count 0 for everyone`,
  unboundItem: (label: string, tried: string) => `"${label}": no column such as "${tried}"`,
  unboundRecords: (label: string) => `"${label}": computed from the sheet 提案登记, which the workbook lacks`,
  unboundHint: 'Check the headers, or give these items their header names (表头名称) in the 评价办法 sheet.',
  unusedColumns: (list: string) => `Columns not read: ${list}`,
  recordsFound: (activities: number, proposals: number) => `Office records: ${activities} activity records, ${proposals} proposals; checked against the table at the run (see 核对结果).`,
  inputsFromRecords: 'office records',
  recordsNone: 'No office records (sheets 活动记录, 提案登记) found; nothing to check against.',
  countsFrom: (from: 'table' | 'records' | 'larger') => `Scored figures: ${{ table: "the members' own (the table)", records: 'the office records', larger: 'the larger of the two' }[from]}.`,

  yearLabel: 'Year of the statistics (used by every notice, title and the report)',
  yearFrom: (origin, source) => {
    const quoted = source === null ? '' : ` "${source}"`;
    switch (origin) {
      case 'option':
        return 'chosen by you';
      case 'method':
        return "from the method's 年度 (year)";
      case 'title':
        return `from the member table's title${quoted}`;
      case 'sheet':
        return `from the sheet name${quoted}`;
      case 'file':
        return `from the file name${quoted}`;
      case 'runDate':
        return `neither the table nor the method states a year; assumed from the run date ${source ?? ''}, please check`;
    }
  },
  yearChosen: (year: number, from: string) => `chosen by you (detected: ${year}, ${from})`,
  yearReset: 'Use the detected year',
  yearInvalid: 'Enter a four-digit year, e.g. 2025.',
  yearNone: 'The selected sheet holds no member table, so there is no year yet.',

  validateStepTitle: 'Validate',
  validate: 'Validate data',
  validateHint: 'Checks every cell: text that is not a count, fractions, negatives, formula errors, duplicate members, attendance that does not match the meetings held; marks the cells with problems.',

  findingsStepTitle: 'Review findings',
  findingsFilter: 'Filter by severity',
  severityError: 'Errors',
  severityWarning: 'Warnings',
  severityInfo: 'Info',
  findingsCounts: (errors: number, warnings: number, infos: number) => `${errors} errors, ${warnings} warnings, ${infos} info`,
  findingsNone: 'No problems found.',
  findingsHidden: 'No findings of the selected severity.',
  findingsClickHint: 'Click a finding to select its cell in the sheet.',
  findingsMore: (shown: number, total: number) => `Showing ${shown} of ${total}; show more`,
  findingWhere: (sheet: string, cell: string) => `${sheet}!${cell}`,
  findingRow: (row: number) => `row ${row}`,
  pendingHint: 'Members with an error are pending (no score) until the cell is corrected and the run repeated.',

  evaluateStepTitle: 'Evaluate and generate all results',
  evaluate: 'Run the year-end evaluation',
  evaluateHint: 'Validates, totals and evaluates, and writes the findings, summary, group statistics, circular, unit letters and the excellent-member shortlist sheets.',

  summaryTitle: 'Summary',
  summaryMembers: 'Members',
  summaryGraded: 'Graded',
  summaryPending: 'Pending',
  summaryVetoed: 'Vetoed',
  summaryErrors: 'Errors',
  summaryWarnings: 'Warnings',
  summaryMethod: (title: string) => `Method: ${title}`,
  summaryShortlist: (label: string, count: number) => `${label}: ${count}`,
  summaryNoShortlist: 'The method sets no excellent-member shortlist.',
  summaryYear: (year: number, from: string) => `Year: ${year} (${from})`,
  summarySheets: 'Generated sheets',

  documentsTitle: 'Word documents',
  documentsHint: '履职通报.docx and one letter (.docx) per employer unit, laid out as official documents, ready to print or send.',
  documentsDownload: 'Download the Word documents',
  documentsDone: (fileName: string, letters: number) => `Downloaded "${fileName}": 履职通报.docx and the letters to ${letters} unit(s).`,
  documentsUnsupported: 'The add-in pane cannot save files to your computer, so it makes no Word documents. Run this on the command line to get 履职通报.docx and one letter per unit:',
  archiveImportTitle: 'Import earlier years',
  archiveImportHint: "Choose earlier years' result workbooks (made by this add-in, or score tables with name, unit, score and grade); each year goes into 履职档案 of this workbook, and the same year again replaces it. The files chosen are only read.",
  archiveImportChoose: 'Files:',
  archiveImportBusy: 'Importing…',
  archiveImportYear: (year: number, members: number, file: string, replaced: number) => `${year}: ${members} members (from "${file}")${replaced > 0 ? `, replacing ${replaced} records` : ''}`,
  archiveImportDone: (sheet: string, years: number) => `Written to sheet "${sheet}"; the archive now holds ${years} years.`,
  trendTitle: 'Scores over the term',
  trendPick: 'Member',
  trendMember: (name: string, unit: string | null) => (unit ? `${name} (${unit})` : name),
  trendPoint: (year: number, score: number | null, grade: string | null) => `${year}: ${score === null ? 'no score' : score.toFixed(2)}${grade ? ` ${grade}` : ''}`,
  trendFlags: (flags: string) => `Term flags: ${flags}`,
  chartAxisScore: 'Score',
  gradeChartTitle: 'Grades',
  gradeCount: (grade: string, count: number) => `${grade}: ${count}`,
  chartAxisCount: 'Members',

  phaseRead: 'Reading the workbook',
  phaseCompute: 'Validating and evaluating',
  phaseWrite: 'Writing results',
  phaseDone: 'Done',
  working: 'Working…',

  unsupportedTitle: 'Not available in this version of Excel',
  fatalTitle: 'Cannot run',
  failureTitle: 'Something went wrong',
  failureDetail: (detail: string) => `An unexpected error occurred: ${detail}`,
  dismiss: 'Dismiss',

  slipsTitle: 'Member slips',
  slipsHint: 'One page per member, to print and hand to each member. The year-end run no longer writes them; write them here when needed.',
  slipsFor: 'For whom',
  slipsAll: 'All members',
  slipsUnit: 'The members of one employer unit',
  slipsSelected: 'The members selected in the table (select their rows first)',
  slipsUnitLabel: 'Employer unit',
  slipsUnitPlaceholder: 'Choose a unit',
  slipsUnitsNeedRun: 'Validate the data first: then the units of the table are listed here.',
  slipsRun: 'Write member slips',
  slipsDone: (sheet: string): string => `Written to the sheet “${sheet}”.`,

  selfCheckTitle: 'Self-check',
  selfCheckHint: 'Tries every feature the add-in uses on a scratch sheet, then deletes it; your data is not changed. Run it once after installing and send the result to support.',
  selfCheckRun: 'Run the self-check',
  selfCheckCopy: 'Copy the result',
  selfCheckCopied: 'Copied: paste it into a message or an e-mail.',
  selfCheckSelectHint: 'Could not copy automatically: click into the text below, press Ctrl+A, then Ctrl+C.',
  selfCheckResult: 'Result',
};
