/** The real `Excel.run`, seen through the host's API subset (the assignment type-checks the subset against @types/office-js). */
import type { XlRequestContext, XlRun } from './office-api';

export const officeRun: XlRun = <T>(batch: (context: XlRequestContext) => Promise<T>): Promise<T> => Excel.run((context: Excel.RequestContext) => batch(context));
