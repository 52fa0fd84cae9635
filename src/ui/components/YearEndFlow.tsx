/** The guided year-end flow: sheet, method, validate, findings, evaluate, summary. */
import type { ReactElement } from 'react';
import { Body1, Button, Caption1, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import type { Compute } from '../../host/workflow';
import type { HostPort } from '../../host/port';
import { currentFindings, useYearEndFlow, type FlowServices } from '../flow/use-year-end-flow';
import { useStrings, type Locale } from '../strings';
import { FailureMessage } from './FailureMessage';
import { FatalMessage } from './FatalMessage';
import { FindingsPanel } from './FindingsPanel';
import { MethodPanel } from './MethodPanel';
import { ProgressPanel } from './ProgressPanel';
import { SheetPicker } from './SheetPicker';
import { StepSection } from './StepSection';
import { SummaryPanel } from './SummaryPanel';
import { SlipsPanel } from './SlipsPanel';
import { ArchiveImportPanel } from './ArchiveImportPanel';
import { SelfCheckPanel } from './SelfCheckPanel';
import type { SelfCheckReport } from '../../host/self-check/report';
import { YearPanel } from './YearPanel';
import { cliCommand, DocumentsPanel } from './DocumentsPanel';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  sticky: { position: 'sticky', top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1, padding: `${tokens.spacingVerticalS} 0` },
});

export interface YearEndFlowProps {
  readonly host: HostPort;
  readonly locale: Locale;
  readonly compute?: Compute;
  readonly services?: FlowServices;
  /** 环境自检 of this host (Excel, WPS); the playground has none. */
  readonly selfCheck?: () => Promise<SelfCheckReport>;
  /** A self-check report the ribbon already produced, to show and copy. */
  readonly selfCheckText?: string;
}

export function YearEndFlow({ host, locale, compute, services, selfCheck, selfCheckText }: YearEndFlowProps): ReactElement {
  const s = useStrings();
  const styles = useStyles();
  const [state, act] = useYearEndFlow(host, { compute, services });
  const { overview, busy } = state;
  const running = busy === 'validate' || busy === 'all';
  const findings = currentFindings(state);
  const canRun = busy === null && overview !== null && state.sheet !== null && overview.method.ok;

  if (overview === null) {
    return (
      <>
        {busy === 'inspect' && <Spinner size="small" label={s.loadingWorkbook} />}
        {state.failure !== null && <FailureMessage detail={state.failure} onDismiss={act.dismissError} />}
        {busy === null && (
          <div>
            <Button onClick={() => void act.reload()}>{s.reload}</Button>
          </div>
        )}
      </>
    );
  }

  return (
    <>
      {(running || state.fatal !== null || state.failure !== null) && (
        <div className={styles.sticky}>
          {running && <ProgressPanel progress={state.progress} />}
          {state.fatal !== null && <FatalMessage fatal={state.fatal} />}
          {state.failure !== null && <FailureMessage detail={state.failure} onDismiss={act.dismissError} />}
        </div>
      )}
      <StepSection index={1} title={s.sheetStepTitle} done={state.sheet !== null}>
        <SheetPicker sheets={overview.sheets} guess={overview.guess} selected={state.sheet} disabled={busy !== null} onSelect={act.selectSheet} />
        {overview.notFound !== null && state.sheet === null && <FatalMessage fatal={overview.notFound} />}
        <div>
          <Button size="small" appearance="subtle" onClick={() => void act.reload()} disabled={busy !== null}>
            {s.reload}
          </Button>
        </div>
      </StepSection>
      <StepSection index={2} title={s.methodStepTitle} done={overview.method.ok}>
        {/* The year first: every notice, title and the report will carry it. */}
        {overview.method.ok && state.sheet !== null && (
          <YearPanel detected={overview.years.find((y) => y.sheet === state.sheet) ?? null} chosen={state.year} disabled={busy !== null} locale={locale} onChoose={act.chooseYear} />
        )}
        <MethodPanel
          method={overview.method}
          inputs={overview.inputs.find((i) => i.sheet === state.sheet) ?? null}
          note={state.methodNote}
          disabled={busy !== null}
          onInsert={() => void act.insertMethod()}
          records={overview.records ?? null}
        />
      </StepSection>
      <StepSection index={3} title={s.validateStepTitle} done={state.validation !== null}>
        <Caption1>{s.validateHint}</Caption1>
        <div className={styles.actions}>
          <Button appearance={state.validation === null ? 'primary' : 'secondary'} onClick={() => void act.validate()} disabled={!canRun}>
            {s.validate}
          </Button>
        </div>
      </StepSection>
      <StepSection index={4} title={s.findingsStepTitle} done={state.validation !== null}>
        {state.validation !== null ? <FindingsPanel findings={findings} locale={locale} onSelect={(f) => void act.selectFinding(f)} /> : <Body1 aria-disabled="true">—</Body1>}
      </StepSection>
      <StepSection index={5} title={s.evaluateStepTitle} done={state.final !== null}>
        <Caption1>{s.evaluateHint}</Caption1>
        <div className={styles.actions}>
          <Button appearance={state.validation !== null && state.final === null ? 'primary' : 'secondary'} onClick={() => void act.evaluate()} disabled={!canRun}>
            {s.evaluate}
          </Button>
        </div>
      </StepSection>
      {state.final !== null && (
        <StepSection index={6} title={s.summaryTitle} done>
          <SummaryPanel view={state.final} />
          <DocumentsPanel
            saved={state.documents}
            command={cliCommand(overview.fileName, state.sheet !== overview.guess ? state.sheet : null, state.year)}
            busy={busy !== null}
            onSave={act.documents === null ? null : () => void act.documents?.()}
          />
        </StepSection>
      )}
      <SlipsPanel host={host} sheet={state.sheet} units={(state.final ?? state.validation)?.units ?? []} compute={compute} year={state.year} disabled={busy !== null} />
      <ArchiveImportPanel host={host} disabled={busy !== null} />
      {selfCheck && <SelfCheckPanel run={selfCheck} initialText={selfCheckText} disabled={busy !== null} />}
    </>
  );
}
