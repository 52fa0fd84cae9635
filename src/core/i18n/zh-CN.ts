/**
 * The zh-CN message catalogue of the core (the working language). Placeholders are {name};
 * every placeholder must be supplied (format() throws otherwise: there is no silent fallback).
 * en-US.ts is typed against this table, so a missing translation fails to compile.
 */
export const zhCN = {
  // findings (CONTRACT.md section 4)
  'table.not_found': '在「{file}」中没有找到委员名单表：需要一个表头同时含有「姓名」和至少一个履职项目（如「出席全体会议」「领衔提案」）的工作表。',
  'table.sheet_not_found': '在「{file}」中没有名为「{sheet}」的工作表。工作簿中的工作表有：{sheets}。',
  'table.sheet_no_header': '「{file}」的工作表「{sheet}」中没有找到表头：需要含有「姓名」和至少一个履职项目的一行。',
  'table.sheet_excluded': '「{file}」的工作表「{sheet}」是评价办法、办公室记录（活动记录、提案登记）或本程序生成的结果表，不能作为委员名单表。',
  'method.invalid': '评价办法有误（{where}）：{detail}',
  'name.missing': '第 {row} 行填有履职数据，但「姓名」单元格 {cell} 为空。',
  'member.duplicate': '委员「{member}」重复出现：与第 {firstRow} 行是同一人（{reason}），两行都暂不评分，请核实后删除多余的一行。',
  'member.same_name': '有{count}位同名委员「{member}」（第 {rows} 行），工作单位不同，已分别评分，请确认不是同一人。',
  'value.not_number': '单元格 {cell}（{item}）的内容「{text}」不是次数，请填写整数。',
  'value.formula_error': '单元格 {cell}（{item}）是公式错误值 {text}，请检查公式。',
  'value.fraction': '单元格 {cell}（{item}）的值 {text} 不是整数，次数应为整数。',
  'value.negative': '单元格 {cell}（{item}）的值 {text} 是负数，次数不能小于 0。',
  'value.normalized': '单元格 {cell}（{item}）的内容「{text}」已按 {value} 计。',
  'value.outlier': '单元格 {cell}（{item}）的值 {value} 远高于通常水平（一般不超过 {limit}），请核实。',
  'logic.attendance_exceeds_held': '{meeting}：出席、请假、无故缺席合计 {sum} 次，超过本年度召开的 {held} 次。',
  'logic.attendance_unaccounted': '{meeting}：出席、请假、无故缺席合计 {sum} 次，少于本年度召开的 {held} 次，请补全。',
  'logic.accepted_exceeds_submitted': '{accepted}（{acceptedCount}）多于{submitted}（{submittedCount}），请核实。',
  'logic.standing_only': '「{member}」不是常委，却填有常委会议次数（{cell}），请核实政协职务或次数。',
  'row.subtotal_skipped': '第 {row} 行是「{text}」行，已跳过，不计入委员。',
  'row.note_skipped': '第 {row} 行是说明文字「{text}」，已跳过，不计入委员。',
  'row.hidden': '第 {row} 行（{member}）是隐藏行，仍按委员统计，请确认。',
  'year.assumed': '评价办法没有写明年度，按{where}取 {year} 年度；如不对，请在评价办法中填写年度，或在运行前改选年度。',
  'year.mismatch': '评价办法的年度是 {methodYear} 年，而{where}写的是 {tableYear} 年，请核实是否用错了名单表或评价办法。',
  'method.item_unbound': '评价办法用到的「{item}」在表中找不到对应的列（试过的表头：{tried}），{effect}。{advice}',
  'column.unused': '列「{header}」（{column} 列）不是已知的履职项目或身份信息，未读取。如它应计分，请在评价办法中为相应项目填写「表头名称」。',
  // issue 10 (the wording of value.formula_uncached and value.private_number is the issue's own)
  'value.formula_uncached': '单元格 {cell}（{item}）：公式没有保存计算结果，请在 Excel 或 WPS 中打开并保存后再运行。',
  'value.private_number': '单元格 {cell}（{item}）：疑似身份证号或电话号码，请核实。',
  'value.merged_rows': '单元格 {range}（{item}）跨第 {rows} 行合并，不能确定每位委员的次数：请取消合并，为每位委员分别填写。',
  'table.side_by_side': '工作表「{sheet}」的 {range} 似乎是并排的另一张委员名单表，未被读取：请把它移到第一张表的下方（去掉重复的表头）或单独的工作表后重新运行。',
  'bookkeeping.unverified': '工作簿中的隐藏记录表「{sheet}」无法核实（{reason}），已忽略：本次不恢复、不清除其中记录的任何标记，不替换其中记录的任何工作表。',
  // issue 12: the office's own records; {where} names the records file where they came from one (else empty)
  'records.no_header': '{where}记录表「{sheet}」中找不到表头（需要 {missing} 列），本表的记录未读取。',
  'records.attendance_assumed': '{where}记录表「{sheet}」没有「出勤」列，每条记录按「出席」计。',
  'records.unknown_item': '{where}记录表「{sheet}」单元格 {cell} 的计分项目「{text}」不是评价办法或统计表中的项目，本条记录未计入。',
  'records.unknown_member': '{where}记录表「{sheet}」单元格 {cell} 的姓名「{text}」不是委员名单表中的委员，本条记录未计入该人。',
  'records.ambiguous_member': '{where}记录表「{sheet}」单元格 {cell} 的姓名「{text}」在委员名单表中有{count}人（第 {rows} 行），无法确定是谁，本条记录未计入。',
  'records.bad_attendance': '{where}记录表「{sheet}」单元格 {cell} 的出勤「{text}」应为 出席、请假 或 无故缺席，本条记录未计入。',
  'records.bad_flag': '{where}记录表「{sheet}」单元格 {cell}（{column}）的内容「{text}」应为 是 或 否，已按「否」计。',
  'records.collective_uncredited': '{where}记录表「{sheet}」第 {row} 行是集体提案，第一提案人「{text}」不是委员，按办法不计入任何委员的提案积分。',
  'records.duplicate_proposal': '{where}记录表「{sheet}」单元格 {cell} 的案号「{text}」与第 {first} 行重复，本行未计入（同一件提案只计一次）。',
  'reconcile.mismatch': '委员「{member}」的{item}：统计表填 {table}，办公室记录为 {recorded}（{records}），计分采用{scored}。',
  // issue 13: the term archive (履职档案)
  'archive.ambiguous': '委员「{member}」（{unit}）与履职档案中的往年记录{how}：{detail}。请在工作表「档案匹配」的「认定」列填写 是、否 或档案编号，认定一次后不再询问。',
  'archive.edited': '工作表「{sheet}」在本程序写入后被手工修改过，本次仍按修改后的内容读取其中 {years} 年度的记录{where}。',
  'archive.row_skipped': '工作表「{sheet}」第 {row} 行未读入档案：{reason}。',
  'archive.column_unknown': '工作表「{sheet}」的列「{header}」（{column} 列）不是档案认得的项目，未读入。',
  'archive.duplicate': '工作表「{sheet}」第 {row} 行与第 {firstRow} 行是同一委员（{member}）的同一年度（{year}），只读入了第 {firstRow} 行。',
  'archive.sheet_skipped': '{file}工作表「{sheet}」未读入档案：{reason}。',
  'archive.year_replaced': '{year} 年度的档案记录已由{source}替换（原有 {before} 人，现有 {after} 人）。',
  'archive.item_missing': '条件中的 term.sum({item}) 累计各年度的「{label}」，但档案中 {years} 年度没有这一项，按 0 计。',
  'archive.settlement_unknown': '工作表「档案匹配」第 {row} 行的认定「{text}」无法识别：应填 是、否，或档案中的档案编号（如 D0001）。',
  // member notes and shortlist reasons (evaluation)
  'note.pending': '待核实：存在错误，暂不评分',
  'note.unmet_requirement': '未达基本要求：{label}',
  'note.veto': '否决：{label}',
  'shortlist.excluded_role': '政协职务为{role}，不参加评选',
  'shortlist.condition_failed': '不满足附加条件：{condition}',
} as const;

export type MessageKey = keyof typeof zhCN;
export type Catalogue = { readonly [K in MessageKey]: string };
