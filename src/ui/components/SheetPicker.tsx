/** Step 1: the sheet holding the member table, pre-selected by the core's best guess. */
import type { ChangeEvent, ReactElement } from 'react';
import { Badge, Caption1, Field, Select } from '@fluentui/react-components';
import { useStrings } from '../strings';

export interface SheetPickerProps {
  readonly sheets: readonly string[];
  readonly guess: string | null;
  readonly selected: string | null;
  readonly disabled: boolean;
  readonly onSelect: (sheet: string) => void;
}

export function SheetPicker({ sheets, guess, selected, disabled, onSelect }: SheetPickerProps): ReactElement {
  const s = useStrings();
  if (sheets.length === 0) return <Caption1>{s.sheetNone}</Caption1>;
  const change = (e: ChangeEvent<HTMLSelectElement>): void => onSelect(e.target.value);
  return (
    <>
      <Field label={s.sheetLabel}>
        <Select value={selected ?? ''} onChange={change} disabled={disabled}>
          {selected === null && (
            <option value="" disabled>
              {s.sheetChoose}
            </option>
          )}
          {sheets.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      {guess !== null && selected === guess && (
        <Caption1>
          <Badge appearance="tint" color="brand" size="small">
            {s.sheetGuess}
          </Badge>{' '}
          {s.sheetGuessHint(guess)}
        </Caption1>
      )}
    </>
  );
}
