/**
 * Entry of the Excel task pane: once Office.js is ready, check the ExcelApi requirement set and
 * render the pane over the Office.js host, in the Office display language (English for 'en…', else Chinese).
 */
import { createRoot } from 'react-dom/client';
import { ExcelHost } from '../host/excel/excel-host';
import { officeRun } from '../host/excel/office-run';
import { checkExcelSupport } from '../host/excel/requirements';
import { officeEnvironment, runExcelSelfCheck } from '../host/excel/self-check';
import { timestamp } from '../host/workflow';
import { TaskPane } from '../ui/components/TaskPane';
import { paintedCompute } from '../ui/flow/painted-compute';
import { localeFor } from '../ui/strings';

void Office.onReady(() => {
  const element = document.getElementById('root');
  if (element === null) throw new Error('#root is missing from taskpane.html');
  const locale = localeFor(Office.context.displayLanguage);
  const support = checkExcelSupport();
  const selfCheck = (): ReturnType<typeof runExcelSelfCheck> => runExcelSelfCheck(officeRun, officeEnvironment(timestamp(new Date())));
  createRoot(element).render(<TaskPane host={new ExcelHost(officeRun)} locale={locale} compute={paintedCompute} unsupported={support.ok ? undefined : support.message} selfCheck={selfCheck} />);
});
