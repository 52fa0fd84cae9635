/**
 * 个人履职告知单 as an action of its own: for all members, one employer unit, or the rows the clerk
 * selected in the member table. Runs the workflow's slips step (the same as the ribbon's menu).
 */
import { useState, type ReactElement } from 'react';
import { Body1, Button, Caption1, Field, makeStyles, Radio, RadioGroup, Select, Subtitle2, tokens } from '@fluentui/react-components';
import type { HostPort } from '../../host/port';
import { runStep, slipsForSelection, type Compute } from '../../host/workflow';
import type { Fatal, SlipSelection } from '../../core';
import { runResult, type RunView } from '../flow/run-view';
import { useStrings } from '../strings';
import { FailureMessage } from './FailureMessage';
import { FatalMessage } from './FatalMessage';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0 },
});

type Who = 'all' | 'unit' | 'selected';

export interface SlipsPanelProps {
  readonly host: HostPort;
  /** The member table's sheet the flow has chosen. */
  readonly sheet: string | null;
  /** The employer units of the table, from the last run (empty before one). */
  readonly units: readonly string[];
  readonly compute?: Compute;
  /** The year the clerk chose in the pane (null: the year rule decides), as for every run from the pane. */
  readonly year?: number | null;
  /** Another action of the pane is running. */
  readonly disabled?: boolean;
}

export function SlipsPanel({ host, sheet, units, compute, year = null, disabled = false }: SlipsPanelProps): ReactElement {
  const s = useStrings();
  const styles = useStyles();
  const [who, setWho] = useState<Who>('all');
  const [unit, setUnit] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<RunView | null>(null);
  const [fatal, setFatal] = useState<Fatal | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const ready = !disabled && !busy && sheet !== null && (who !== 'unit' || unit !== '');
  const write = async (): Promise<void> => {
    setBusy(true);
    setDone(null);
    setFatal(null);
    setFailure(null);
    try {
      const options = { sheet: sheet ?? undefined, compute, ...(year !== null ? { year } : {}) };
      const selection: SlipSelection = who === 'unit' ? { kind: 'unit', unit } : { kind: 'all' };
      const result = runResult(
        who === 'selected' ? await slipsForSelection(host, options) : await runStep(host, 'slips', { ...options, slips: selection }),
      );
      if (result.ok) setDone(result.view);
      else setFatal(result.fatal);
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.root} aria-labelledby="slips-title" data-testid="slips">
      <h2 className={styles.heading} id="slips-title">
        <Subtitle2>{s.slipsTitle}</Subtitle2>
      </h2>
      <Caption1>{s.slipsHint}</Caption1>
      <Field label={s.slipsFor}>
        <RadioGroup value={who} onChange={(_, d) => setWho(d.value as Who)} disabled={busy}>
          <Radio value="all" label={s.slipsAll} />
          <Radio value="unit" label={s.slipsUnit} />
          {host.selectedRows !== undefined && <Radio value="selected" label={s.slipsSelected} />}
        </RadioGroup>
      </Field>
      {who === 'unit' && (
        <Field label={s.slipsUnitLabel} hint={units.length === 0 ? s.slipsUnitsNeedRun : undefined}>
          <Select value={unit} onChange={(_, d) => setUnit(d.value)} disabled={busy || units.length === 0}>
            <option value="">{s.slipsUnitPlaceholder}</option>
            {units.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <div>
        <Button onClick={() => void write()} disabled={!ready}>
          {busy ? s.working : s.slipsRun}
        </Button>
      </div>
      {fatal !== null && <FatalMessage fatal={fatal} />}
      {failure !== null && <FailureMessage detail={failure} onDismiss={() => setFailure(null)} />}
      {done !== null && (
        <Body1 data-testid="slips-done">
          {[...done.notes, ...done.sheets.filter((n) => n.startsWith('个人履职告知单')).map((n) => s.slipsDone(n))].join(' ')}
        </Body1>
      )}
    </section>
  );
}
