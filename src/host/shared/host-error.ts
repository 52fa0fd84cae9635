/**
 * The hosts' one typed error family: every refusal a host makes before or while writing is a
 * HostError with a code from the host catalogue and a Chinese message for the clerk. Subclasses
 * say when it happened: PlanRefused (the shared plan check, before anything is written),
 * WorkbookRefused (the workbook cannot take the plan: protection), WriteFailed (a write the host
 * could not carry out; nothing half-written is left).
 */
import { hostMessage, type HostMessageKey } from './messages';

export class HostError extends Error {
  override readonly name: string = 'HostError';
  constructor(
    readonly code: HostMessageKey,
    readonly params: Readonly<Record<string, string | number>>,
  ) {
    super(hostMessage(code, params));
  }
}

/** The plan breaks a rule every host keeps (a user's sheet, a bad name or address); nothing was written. */
export class PlanRefused extends HostError {
  override readonly name = 'PlanRefused';
}

/** The workbook cannot take the plan as it is (a protected workbook or sheet); nothing was written. */
export class WorkbookRefused extends HostError {
  override readonly name = 'WorkbookRefused';
}

/** A write the host could not carry out; the temporary sheets were removed. */
export class WriteFailed extends HostError {
  override readonly name = 'WriteFailed';
}
