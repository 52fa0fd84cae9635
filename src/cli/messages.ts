/** The command line's own zh-CN texts (the core's findings come with their messages). */

export const HELP = `duty-stats：区政协委员年度履职统计、综合评价、通报与优秀委员建议名单

用法：
  duty-stats run <工作簿.xlsx> [--method <method.json|method.xlsx>] [--sheet <工作表名>]
                 [--out <结果.xlsx>] [--report <报告.json>] [--split-units <目录>]
                 [--docx <目录>] [--year <年度>]
                 [--slips | --slips-unit <单位> | --slips-rows <行号>] [--records <记录.xlsx>]
      校验、汇总、评价，把结果工作表和单元格标记写入工作簿的副本（默认「<名称>-结果.xlsx」，
      与输入文件同一目录），从不改写输入文件。
      --method       评价办法：JSON 文件，或含「评价办法」工作表的 .xlsx；
                     不指定时用工作簿中的「评价办法」工作表，没有则用内置示例办法
      --sheet        委员名单所在的工作表（默认自动识别）
      --out          结果工作簿的路径
      --report       JSON 报告的路径
      --split-units  每个工作单位一个告知工作簿，写入该目录
      --docx         履职通报和各单位告知的 Word 文档（GB/T 9704 版式），写入该目录
      --year         年度（如 2025）；不指定时取评价办法的年度，其次名单表标题、工作表名、文件名中的年度
      --slips        同时生成「个人履职告知单」（每位委员一页，全体委员）
      --slips-unit   只为这个工作单位的委员生成个人履职告知单
      --slips-rows   只为统计表中这些行的委员生成，例如 5-9,12
      --records      办公室的记录文件（含「活动记录」和/或「提案登记」工作表），与统计表核对，
                     结果写入「核对结果」；不指定时用工作簿中的这两个工作表（如有）

  duty-stats method export [--out <评价办法.xlsx>] [--force]
      导出内置示例评价办法（可编辑的「评价办法」工作表），默认写到当前目录的「评价办法.xlsx」；
      文件已存在时不覆盖，除非加 --force

  duty-stats archive import <往年结果.xlsx…> --into <工作簿.xlsx> [--out <结果.xlsx>]
      把往年的结果导入工作簿的「履职档案」：本程序的结果工作簿（其「履职档案」或「履职汇总」），
      或往年的成绩表（姓名、工作单位、得分、等次；年度取自「年度」列、标题、工作表名或文件名）。
      写入 --into 的副本（默认「<名称>-结果.xlsx」），从不改写任何给出的文件；
      同一年度再次导入时替换该年度，不会重复

  duty-stats template [--method <评价办法>] [--roster <名册.xlsx>] --out <文件或目录>
      生成委员个人填报表（身份信息、评价办法中每个计分项目一行、只能填 0 或正整数、签名和日期）；
      给出 --roster 时，为名册中每位委员生成一份预填身份信息的填报表，写入 --out 目录。
      已存在的文件从不覆盖。

  duty-stats merge <文件或文件夹…> [--roster <名册.xlsx>] [--method <评价办法>]
                   --out <汇总.xlsx> [--report <报告.json>] [--force]
      把委员交回的填报表（本程序的填报表、自制的表格、一行一人的表）汇总成「委员履职情况统计表」，
      每行注明来源文件；无法读取或不是填报表的文件列出原因后跳过；同一委员交了两份、
      名册中没交的、不在名册中的，都会列出。从不改动交回的文件。
      结果可直接用 duty-stats run <汇总.xlsx> 评价。--out 已存在时不覆盖，除非加 --force。

  duty-stats demo
      用自带的示例工作簿演示全过程，结果写到 out/ 目录

  duty-stats --help
      显示本说明

  文件名以 -- 开头时，可在它前面写 --，例如：duty-stats run -- --统计表.xlsx

退出码：0 运行完成且没有错误；1 运行完成，但有需要核实的错误（结果照常写出）；
        2 无法运行（文件无法读取、找不到委员名单表、评价办法有误），不写出任何文件。`;

export const MSG = {
  usage: (detail: string): string => `${detail}\n用法见 duty-stats --help。`,
  unknownCommand: (cmd: string): string => `未知的命令「${cmd}」。`,
  noCommand: '请指定命令：run、template、merge、method export、archive import 或 demo。',
  missingSources: '请给出要导入的往年结果工作簿，例如：duty-stats archive import 2023结果.xlsx --into 统计表.xlsx',
  missingInto: '请用 --into 给出要导入档案的工作簿，例如：duty-stats archive import 2023结果.xlsx --into 统计表.xlsx',
  templateNeedsOut: '请用 --out 指定填报表的文件名（或给出 --roster 时的目录），例如：duty-stats template --out 填报表.xlsx',
  mergeNeedsInputs: '请给出要汇总的填报表文件或文件夹，例如：duty-stats merge 填报表/ --out 汇总.xlsx',
  mergeNeedsOut: '请用 --out 指定汇总工作簿的文件名，例如：duty-stats merge 填报表/ --out 汇总.xlsx',
  templateExists: (file: string): string => `「${file}」已经存在，未覆盖（里面可能是委员已填好的表）：请换一个文件名或目录（--out）。没有写出任何文件。`,
  templateOutIsFile: (file: string): string => `给出 --roster 时，--out 应是一个目录（每位委员一份填报表），而「${file}」是一个文件。`,
  templateWritten: (file: string, items: number): string => `已生成填报表：${file}（${items} 个履职项目；只能填写 0 或正整数，标签已锁定，工作表保护没有密码）。`,
  templatesWritten: (dir: string, count: number, items: number): string => `已为名册中的 ${count} 位委员各生成一份预填身份信息的填报表（${items} 个履职项目），写入目录：${dir}`,
  rosterEmpty: (file: string): string => `名册「${file}」中没有委员（表头下面没有填写姓名的行）。`,
  mergeExists: (file: string): string => `「${file}」已经存在，未覆盖：请换一个文件名，或加 --force 覆盖。`,
  mergeNoFiles: '给出的文件夹中没有任何文件。',
  mergeNothingRead: '没有读到任何填报表，没有写出汇总工作簿：',
  mergeInputMissing: (file: string): string => `找不到「${file}」。`,
  unknownOption: (opt: string): string => `未知的选项「${opt}」。`,
  missingValue: (opt: string): string => `选项 ${opt} 后面需要一个值。`,
  badYear: (text: string): string => `--year 应为四位数的年度（如 2025），而不是「${text}」。`,
  repeatedOption: (opt: string): string => `选项 ${opt} 只能给一次。`,
  missingWorkbook: '请给出要处理的工作簿，例如：duty-stats run 统计表.xlsx',
  extraArgument: (arg: string): string => `多余的参数「${arg}」。`,
  slipsOneOf: '--slips、--slips-unit、--slips-rows 只能选一个。',
  slipsRows: (text: string): string => `--slips-rows「${text}」不是行号列表：请写成 5-9,12 这样的形式（统计表中的行号）。`,

  fileMissing: (file: string): string => `找不到文件「${file}」。`,
  fileIsDirectory: (file: string): string => `「${file}」是一个文件夹，不是文件。`,
  fileUnreadable: (file: string, reason: string): string => `无法读取文件「${file}」：${reason}。`,
  oldXls: (file: string): string => `「${file}」是旧版 Excel 格式（.xls）或已加密的工作簿，无法读取：请在 Excel 或 WPS 中另存为 .xlsx（不设密码）后再运行。`,
  notXlsx: (file: string): string => `「${file}」不是 .xlsx 工作簿，无法读取：请在 Excel 或 WPS 中另存为 .xlsx 后再运行。`,
  brokenXlsx: (file: string): string => `「${file}」已损坏或不是有效的 .xlsx 工作簿，无法读取。`,

  methodExtension: (file: string): string => `评价办法文件「${file}」应为 .json 或 .xlsx 文件。`,
  methodJson: (file: string, path: string, detail: string): string => `评价办法文件「${file}」中 ${path || '（整个文件）'}：${detail}`,
  methodSheetMissing: (file: string): string => `评价办法文件「${file}」中没有名为「评价办法」的工作表（可用 duty-stats method export 导出一个样板）。`,
  methodSheet: (file: string, cell: string, detail: string): string => `评价办法文件「${file}」工作表「评价办法」单元格 ${cell}：${detail}`,

  recordsMissing: (file: string): string => `记录文件「${file}」中没有「活动记录」或「提案登记」工作表，无法核对：请确认选对了文件，或给这两个工作表改正名称。`,
  outIsInput: (option: string, file: string): string => `${option} 不能指向输入文件「${file}」：duty-stats 从不改写输入文件，请换一个文件名。`,
  reportIsOut: (file: string): string => `--report「${file}」与结果工作簿是同一个文件，请换一个文件名。`,
  writeFailed: (file: string, reason: string): string => `无法写入「${file}」：${reason}。没有写出任何文件。`,
  unexpected: (detail: string): string => `运行时发生意外错误：${detail}（设置环境变量 DUTY_STATS_DEBUG=1 可查看详细信息）`,

  exported: (file: string): string =>
    `已导出内置示例评价办法：${file}\n可直接修改其中「评价办法」工作表的分值和等次，再用 duty-stats run <工作簿.xlsx> --method ${file} 运行；也可以把该工作表复制进统计工作簿。`,
  demoIntro: (file: string): string => `演示：用自带的示例工作簿「${file}」和内置示例评价办法运行全过程。`,
  demoErrorsExpected: '说明：示例工作簿中故意放入了十几处常见的填报问题（如「若干」「3-4」、公式错误、重复委员、出席次数超过召开次数），用于演示校验；出现错误和待核实委员是预期的结果。',
  demoMissingSample: (file: string): string => `找不到示例工作簿「${file}」：请先运行 npm run sample 生成。`,
  switchTakesNoValue: (opt: string): string => `选项 ${opt} 后面不带值。`,
  odsFile: (file: string): string => `「${file}」是 OpenDocument 表格（.ods），不是 .xlsx 工作簿：请在 WPS、Excel 或 LibreOffice 中另存为 .xlsx 后再运行。`,
  xlsbFile: (file: string): string => `「${file}」是 Excel 二进制工作簿（.xlsb），不是 .xlsx 工作簿：请在 Excel 或 WPS 中另存为 .xlsx 后再运行。`,
  noWorkbookInZip: (file: string): string => `「${file}」是一个压缩文件，但里面没有 Excel 工作簿，不是 .xlsx 工作簿：请确认选对了文件。`,
  tooLarge: (file: string): string => `「${file}」太大，超出了本机可用的内存，无法处理：请关闭其他程序后重试，或把委员名单拆成几个工作簿分别运行。`,

  importedYear: (year: number, members: number, file: string, replaced: number): string =>
    `${year} 年度：${members} 位委员（来自「${file}」）${replaced > 0 ? `，替换了档案中原有的 ${replaced} 条记录` : ''}`,
  importWritten: (file: string, sheet: string, years: number): string => `已写入「${file}」的工作表「${sheet}」，档案中现有 ${years} 个年度。`,
  importFindings: (warnings: number, infos: number): string => `提示 ${warnings} 条警告、${infos} 条说明：`,
  notAFolder: (dir: string): string => `「${dir}」是一个文件，不是文件夹`,
  exportExists: (file: string): string => `「${file}」已经存在，未覆盖（其中可能有您修改过的评价办法）：请换一个文件名（--out），或加 --force 覆盖。`,
  outOfMemory: '内存不足，无法完成：委员名单太大，超出了本机可用的内存。请关闭其他程序后重试，或把名单拆成几个工作簿分别运行。没有写出任何文件。',
} as const;

export function reasonOf(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return '没有访问权限';
    case 'EBUSY':
      return '文件正被其他程序占用（可能正在 Excel 或 WPS 中打开），请关闭后重试';
    case 'ENOSPC':
      return '磁盘空间不足';
    case 'EROFS':
      return '所在位置是只读的';
    case 'ENOENT':
      return '路径不存在';
    case 'EISDIR':
      return '这是一个文件夹';
    case 'ENOTDIR':
      return '路径中有一段是文件，不是文件夹';
    case 'EEXIST':
      return '文件已经存在';
    case 'ENAMETOOLONG':
      return '文件名或路径太长，请换一个短一些的名称或位置';
    case 'ELOOP':
      return '路径中的快捷方式（符号链接）循环指向自己';
    case 'EMFILE':
    case 'ENFILE':
      return '同时打开的文件太多，请关闭一些程序后重试';
    case 'EXDEV':
      return '不能跨磁盘移动文件';
    case 'EIO':
      return '磁盘读写出错';
    case 'EDQUOT':
      return '磁盘配额已用完';
    case 'ETXTBSY':
      return '文件正被其他程序使用';
    case 'EINVAL':
      return '文件名无效';
    case 'EFBIG':
      return '文件太大';
    case '':
      return error instanceof Error ? error.message : String(error);
    default:
      return `系统错误（${code}）`;
  }
}
