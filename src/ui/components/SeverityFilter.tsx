/** Filter chips for the findings list: 错误 / 警告 / 提示, each with its count, toggled on and off. */
import type { ReactElement } from 'react';
import { makeStyles, ToggleButton, tokens } from '@fluentui/react-components';
import type { Severity } from '../../core';
import { useStrings, type Strings } from '../strings';

const useStyles = makeStyles({ row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS } });

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export function severityLabel(s: Strings, severity: Severity): string {
  return severity === 'error' ? s.severityError : severity === 'warning' ? s.severityWarning : s.severityInfo;
}

export interface SeverityFilterProps {
  readonly counts: Readonly<Record<Severity, number>>;
  readonly shown: ReadonlySet<Severity>;
  readonly onToggle: (severity: Severity) => void;
}

export function SeverityFilter({ counts, shown, onToggle }: SeverityFilterProps): ReactElement {
  const s = useStrings();
  const styles = useStyles();
  return (
    <div className={styles.row} role="group" aria-label={s.findingsFilter}>
      {SEVERITIES.map((severity) => (
        <ToggleButton key={severity} size="small" shape="circular" checked={shown.has(severity)} onClick={() => onToggle(severity)} data-severity={severity}>
          {severityLabel(s, severity)} {counts[severity]}
        </ToggleButton>
      ))}
    </div>
  );
}
