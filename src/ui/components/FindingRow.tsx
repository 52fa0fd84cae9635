/** One finding: severity, where, member and message; clicking it selects the cell in the workbook. */
import type { ReactElement } from 'react';
import { Badge, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding } from '../../core';
import { findingText } from '../finding-text';
import { useStrings, type Locale } from '../strings';
import { severityLabel } from './SeverityFilter';

const useStyles = makeStyles({
  button: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    width: '100%',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  where: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

const BADGE_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

export interface FindingRowProps {
  readonly finding: Finding;
  readonly locale: Locale;
  readonly onSelect: (finding: Finding) => void;
}

export function FindingRow({ finding, locale, onSelect }: FindingRowProps): ReactElement {
  const s = useStrings();
  const styles = useStyles();
  const where = finding.cell !== null ? s.findingWhere(finding.sheet, finding.cell) : finding.row !== null ? s.findingRow(finding.row) : finding.sheet;
  return (
    <li>
      <button type="button" className={styles.button} onClick={() => onSelect(finding)} data-testid="finding" data-severity={finding.severity} data-sheet={finding.sheet} data-cell={finding.cell ?? ''}>
        <span className={styles.where}>
          <Badge appearance="filled" color={BADGE_COLOR[finding.severity]} size="small">
            {severityLabel(s, finding.severity)}
          </Badge>
          <Caption1>
            {where}
            {finding.member !== null && ` · ${finding.member}`}
          </Caption1>
        </span>
        <span>{findingText(finding, locale)}</span>
      </button>
    </li>
  );
}
