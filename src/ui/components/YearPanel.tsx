/**
 * Step 2 (with the method): the year of the run before the run, where it came from, and a field to
 * change it. The year shown is the core's decision (runYear, the one runPipeline makes); the pane
 * keeps no rule of its own. A year the clerk types goes into the run as PipelineOptions.year.
 */
import { useState, type ReactElement } from 'react';
import { Button, Caption1, Field, makeStyles, MessageBar, MessageBarBody, SpinButton, tokens, type SpinButtonOnChangeData } from '@fluentui/react-components';
import type { SheetYear } from '../../host/workflow';
import { findingText } from '../finding-text';
import { useStrings, type Locale } from '../strings';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  spin: { width: '8em' },
});

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2099;

export interface YearPanelProps {
  /** The core's year for the selected sheet, or null when the sheet holds no member table. */
  readonly detected: SheetYear | null;
  /** The clerk's year, or null. */
  readonly chosen: number | null;
  readonly disabled: boolean;
  readonly locale: Locale;
  readonly onChoose: (year: number | null) => void;
}

/** A four-digit year in range from what the clerk typed, else null. */
export function typedYear(text: string): number | null {
  const t = text.trim().replace(/年度?$/, '');
  if (!/^\d{4}$/.test(t)) return null;
  const year = Number(t);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

export function YearPanel({ detected, chosen, disabled, locale, onChoose }: YearPanelProps): ReactElement {
  const s = useStrings();
  const styles = useStyles();
  const [invalid, setInvalid] = useState(false);
  if (detected === null) return <Caption1 data-testid="year-none">{s.yearNone}</Caption1>;
  const year = chosen ?? detected.year;

  const change = (_e: unknown, data: SpinButtonOnChangeData): void => {
    const next = typeof data.value === 'number' ? data.value : typedYear(data.displayValue ?? '');
    if (next === null || !Number.isInteger(next) || next < MIN_YEAR || next > MAX_YEAR) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    // Typing the detected year back is the same as not choosing: the year rule keeps its warning.
    onChoose(next === detected.year ? null : next);
  };

  return (
    <div data-testid="year">
      <div className={styles.row}>
        <Field label={s.yearLabel} validationState={invalid ? 'error' : 'none'} validationMessage={invalid ? s.yearInvalid : undefined}>
          <SpinButton className={styles.spin} value={year} min={MIN_YEAR} max={MAX_YEAR} onChange={change} disabled={disabled} data-testid="year-input" />
        </Field>
        {chosen !== null && (
          <Button size="small" appearance="subtle" onClick={() => onChoose(null)} disabled={disabled}>
            {s.yearReset}
          </Button>
        )}
      </div>
      <Caption1 data-testid="year-origin" data-origin={chosen !== null ? 'option' : detected.origin}>
        {chosen !== null ? s.yearChosen(detected.year, s.yearFrom(detected.origin, detected.source)) : s.yearFrom(detected.origin, detected.source)}
      </Caption1>
      {detected.findings.map((f) => (
        <MessageBar key={f.message} intent="warning" layout="multiline" data-testid="year-mismatch">
          <MessageBarBody>{findingText(f, locale)}</MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
