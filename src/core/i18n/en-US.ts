import type { Catalogue } from './zh-CN';

/** The en-US catalogue; typed against zh-CN so a missing key fails to compile. */
export const enUS: Catalogue = {
  'table.not_found': 'No member table found in "{file}": a sheet needs a header holding 姓名 (name) and at least one counted item.',
  'table.sheet_not_found': 'There is no sheet named "{sheet}" in "{file}".',
  'table.sheet_no_header': 'No header found on sheet "{sheet}" of "{file}": a row must hold 姓名 (name) and at least one counted item.',
  'method.invalid': 'The evaluation method is wrong ({where}): {detail}',
  'name.missing': 'Row {row} has counts but the name cell {cell} is empty.',
  'member.duplicate': 'Member "{member}" appears twice: same person as row {firstRow} ({reason}); both rows are pending until one is removed.',
  'member.same_name': 'Two members are named "{member}" (rows {rows}) with different units; both were scored. Please confirm they are different people.',
  'value.not_number': 'Cell {cell} ({item}) holds "{text}", which is not a count. Enter a whole number.',
  'value.formula_error': 'Cell {cell} ({item}) holds the formula error {text}.',
  'value.fraction': 'Cell {cell} ({item}) holds {text}, which is not a whole number.',
  'value.negative': 'Cell {cell} ({item}) holds {text}, which is negative.',
  'value.normalized': 'Cell {cell} ({item}) holds "{text}", read as {value}.',
  'value.outlier': 'Cell {cell} ({item}) holds {value}, far above the usual (at most {limit}). Please check.',
  'logic.attendance_exceeds_held': '{meeting}: attended, leave and absent add up to {sum}, more than the {held} held this year.',
  'logic.attendance_unaccounted': '{meeting}: attended, leave and absent add up to {sum}, fewer than the {held} held this year.',
  'logic.accepted_exceeds_submitted': '{accepted} ({acceptedCount}) exceeds {submitted} ({submittedCount}).',
  'logic.standing_only': '"{member}" is not on the standing committee but has standing-committee counts ({cell}).',
  'row.subtotal_skipped': 'Row {row} is a "{text}" row and was skipped.',
  'row.hidden': 'Row {row} ({member}) is hidden; it is still counted as a member.',
};
