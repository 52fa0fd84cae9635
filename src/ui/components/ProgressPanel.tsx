/** The progress bar shown during a long step, labelled with the current phase. */
import type { ReactElement } from 'react';
import { Field, ProgressBar } from '@fluentui/react-components';
import type { Progress } from '../../host/workflow';
import { useStrings, type Strings } from '../strings';

export interface ProgressPanelProps {
  readonly progress: Progress | null;
}

function phaseLabel(s: Strings, progress: Progress | null): string {
  switch (progress?.phase) {
    case 'read':
      return s.phaseRead;
    case 'compute':
      return s.phaseCompute;
    case 'write':
      return s.phaseWrite;
    case 'done':
      return s.phaseDone;
    default:
      return s.working;
  }
}

export function ProgressPanel({ progress }: ProgressPanelProps): ReactElement {
  const s = useStrings();
  const label = phaseLabel(s, progress);
  // Without a fraction yet the bar is indeterminate (value undefined).
  return (
    <Field hint={label} data-testid="progress">
      <ProgressBar value={progress?.fraction} max={1} thickness="large" aria-label={label} />
    </Field>
  );
}
