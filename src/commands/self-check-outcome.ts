/**
 * 环境自检 as a ribbon command's outcome: the whole report, line by line (not clipped like a step's
 * outcome: an office copies it and sends it), titled with the verdict.
 */
import { selfCheckText, type SelfCheckReport } from '../host/self-check/report';
import type { CommandOutcome } from './outcome';

export function selfCheckOutcome(report: SelfCheckReport): CommandOutcome {
  const failed = report.checks.filter((c) => !c.ok).length;
  const title = failed === 0 ? '环境自检：全部通过' : `环境自检：${failed} 项未通过`;
  return { ok: failed === 0, title, lines: selfCheckText(report).split('\n').slice(1) };
}

/** A self-check that could not even start (no workbook open, not in Excel/WPS). */
export function selfCheckFailure(error: unknown): CommandOutcome {
  return { ok: false, title: '环境自检：无法运行', lines: [error instanceof Error ? error.message : String(error)] };
}
