import type { YearOrigin } from '../../core';

/**
 * Every string of the task pane, in the working language (zh-CN). en-US.ts is typed against this
 * table (Strings), so a missing translation fails to compile; there is no lookup by key at run time.
 */
const table = {
  appTitle: '履职统计',
  appSubtitle: '委员年度履职情况校验、汇总与综合评价',
  loadingWorkbook: '正在读取工作簿…',
  reload: '重新读取工作簿',

  sheetStepTitle: '选择委员名单工作表',
  sheetLabel: '委员名单所在的工作表',
  sheetGuess: '自动识别',
  sheetGuessHint: (sheet: string): string => `已自动选中表头最匹配的工作表「${sheet}」，如不对请改选。`,
  sheetChoose: '请选择工作表',
  sheetNone: '工作簿中没有可选的工作表。',

  methodStepTitle: '确认年度和评价办法',
  methodFromSheet: (title: string): string => `将使用工作簿中的「评价办法」工作表：${title}`,
  methodDefault: (title: string): string => `工作簿中没有「评价办法」工作表，将使用内置示例办法：${title}`,
  methodInsert: '插入示例「评价办法」工作表',
  methodInserted: '已插入「评价办法」工作表。请按本区的评价办法修改其中的分值和条件，再运行校验。',
  methodKept: '工作簿中已有「评价办法」工作表，未作改动。',
  inputsTitle: (sheet: string): string => `各计分项目取自「${sheet}」的哪些列`,
  inputsHint: '请先核对：每个项目由箭头右边的列相加得出（括号内为列号）。列的含义以本办公室的理解为准。',
  inputsNone: '（无）',
  inputsOnlyCondition: '（仅用于条件）',
  unboundTitle: (n: number): string => `有 ${n} 项在表中找不到对应的列，全体委员按 0 计`,
  unboundItem: (label: string, tried: string): string => `「${label}」：表中没有「${tried}」等列`,
  unboundRecords: (label: string): string => `「${label}」：按「提案登记」工作表计算，工作簿中没有该表`,
  unboundHint: '请核对表头，或在「评价办法」工作表中为这些项目填写「表头名称」（表中实际的列名）。',
  unusedColumns: (list: string): string => `未读取的列：${list}`,
  recordsFound: (activities: number, proposals: number): string => `办公室记录：活动记录 ${activities} 条、提案登记 ${proposals} 件，运行时与统计表核对（见「核对结果」）。`,
  inputsFromRecords: '办公室记录',
  recordsNone: '未找到办公室记录（「活动记录」「提案登记」工作表），不核对。',
  countsFrom: (from: 'table' | 'records' | 'larger'): string => `计分依据：${{ table: '委员填报（统计表数字）', records: '办公室记录', larger: '两者中较大者' }[from]}。`,

  yearLabel: '统计年度（通报、标题和报告都用这一年）',
  yearFrom: (origin: YearOrigin, source: string | null): string => {
    const quoted = source === null ? '' : `「${source}」`;
    switch (origin) {
      case 'option':
        return '由您指定';
      case 'method':
        return '取自评价办法的「年度」';
      case 'title':
        return `取自委员名单表的标题${quoted}`;
      case 'sheet':
        return `取自工作表名${quoted}`;
      case 'file':
        return `取自文件名${quoted}`;
      case 'runDate':
        return `表中和评价办法中都没有写年度，按运行日期${source ?? ''}推定，请核对`;
    }
  },
  yearChosen: (year: number, from: string): string => `由您指定（自动识别为 ${year} 年度，${from}）`,
  yearReset: '恢复自动识别的年度',
  yearInvalid: '请填写四位年份，如 2025。',
  yearNone: '所选工作表中没有委员名单表，无法确定年度。',

  validateStepTitle: '校验数据',
  validate: '校验数据',
  validateHint: '检查每个单元格：非数字、小数、负数、公式错误、重复委员、出席次数与会议次数不符等，并在表中标出有问题的单元格。',

  findingsStepTitle: '核对问题',
  findingsFilter: '按类别筛选',
  severityError: '错误',
  severityWarning: '警告',
  severityInfo: '提示',
  findingsCounts: (errors: number, warnings: number, infos: number): string => `错误 ${errors} 处，警告 ${warnings} 处，提示 ${infos} 处`,
  findingsNone: '没有发现问题。',
  findingsHidden: '所选类别下没有问题。',
  findingsClickHint: '点击一条问题，可定位到工作表中的单元格。',
  findingsMore: (shown: number, total: number): string => `已显示 ${shown} / ${total} 条，显示更多`,
  findingWhere: (sheet: string, cell: string): string => `${sheet}!${cell}`,
  findingRow: (row: number): string => `第 ${row} 行`,
  pendingHint: '有错误的委员暂不评分（待核实），请在表中更正后重新运行。',

  evaluateStepTitle: '评价并生成全部结果',
  evaluate: '一键年度汇总',
  evaluateHint: '校验、汇总、评价，并生成校验结果、履职汇总、分组统计、履职通报、单位告知和优秀委员建议名单等工作表。',

  summaryTitle: '结果摘要',
  summaryMembers: '委员',
  summaryGraded: '已评价',
  summaryPending: '待核实',
  summaryVetoed: '一票否决',
  summaryErrors: '错误',
  summaryWarnings: '警告',
  summaryMethod: (title: string): string => `评价办法：${title}`,
  summaryYear: (year: number, from: string): string => `年度：${year}（${from}）`,
  summaryShortlist: (label: string, count: number): string => `${label}：${count} 人`,
  summaryNoShortlist: '评价办法未设置优秀委员建议名单。',
  summarySheets: '已生成的工作表',

  documentsTitle: 'Word 文档',
  documentsHint: '履职通报.docx 和每个工作单位一份告知函（.docx），按公文格式排版，可直接打印或发送。',
  documentsDownload: '下载 Word 文档',
  documentsDone: (fileName: string, letters: number): string => `已下载「${fileName}」：内含履职通报.docx 和 ${letters} 个单位的告知函。`,
  documentsUnsupported: '加载项的任务窗格不能把文件保存到您的电脑上，所以这里不生成 Word 文档。请在命令行中运行下面的命令，得到履职通报.docx 和每个单位一份的告知函：',

  archiveImportTitle: '导入往年结果',
  archiveImportHint: '选择往年的结果工作簿（本程序生成的，或写有姓名、工作单位、得分、等次的成绩表），各年度写入本工作簿的「履职档案」；同一年度再次导入时替换，不会重复。所选文件只读不改。',
  archiveImportChoose: '选择文件：',
  archiveImportBusy: '正在导入…',
  archiveImportYear: (year: number, members: number, file: string, replaced: number): string => `${year} 年度：${members} 位委员（来自「${file}」）${replaced > 0 ? `，替换了原有的 ${replaced} 条记录` : ''}`,
  archiveImportDone: (sheet: string, years: number): string => `已写入工作表「${sheet}」，档案中现有 ${years} 个年度。`,
  trendTitle: '委员届内得分走势',
  trendPick: '选择委员',
  trendMember: (name: string, unit: string | null): string => (unit ? `${name}（${unit}）` : name),
  trendPoint: (year: number, score: number | null, grade: string | null): string => `${year}年 ${score === null ? '无得分' : `${score.toFixed(2)}分`}${grade ? ` ${grade}` : ''}`,
  trendFlags: (flags: string): string => `届内标记：${flags}`,
  chartAxisScore: '得分',
  gradeChartTitle: '等次分布',
  gradeCount: (grade: string, count: number): string => `${grade} ${count} 人`,
  chartAxisCount: '人数',

  phaseRead: '读取工作簿',
  phaseCompute: '校验与评价',
  phaseWrite: '写入结果',
  phaseDone: '完成',
  working: '正在处理…',

  unsupportedTitle: '无法在此版本的 Excel 中使用',
  fatalTitle: '无法运行',
  failureTitle: '运行出错',
  failureDetail: (detail: string): string => `运行中出现意外错误：${detail}`,
  dismiss: '关闭',

  slipsTitle: '个人履职告知单',
  slipsHint: '每位委员一页，可打印后发给委员本人。一键年度汇总不再生成它，需要时在这里生成。',
  slipsFor: '为谁生成',
  slipsAll: '全体委员',
  slipsUnit: '某个工作单位的委员',
  slipsSelected: '统计表中选中的委员（先在表中选中委员所在的行）',
  slipsUnitLabel: '工作单位',
  slipsUnitPlaceholder: '选择工作单位',
  slipsUnitsNeedRun: '先“校验数据”，这里才会列出表中的工作单位。',
  slipsRun: '生成个人告知单',
  slipsDone: (sheet: string): string => `已写入工作表「${sheet}」。`,

  selfCheckTitle: '环境自检',
  selfCheckHint: '在一张临时工作表上试用本加载项用到的全部功能，然后删除它，不改动您的数据。第一次安装后运行一次，把结果复制发给技术支持。',
  selfCheckRun: '运行环境自检',
  selfCheckCopy: '复制结果',
  selfCheckCopied: '已复制，可粘贴到微信、邮件或文档中发送。',
  selfCheckSelectHint: '无法自动复制：请点进下面的文字框，按 Ctrl+A 全选、Ctrl+C 复制。',
  selfCheckResult: '自检结果',
};

/** The shape every locale implements: the same keys, the same parameters. */
export type Strings = { readonly [K in keyof typeof table]: (typeof table)[K] };

export const zhCN: Strings = table;
