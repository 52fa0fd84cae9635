/** One numbered step of the flow: a heading and its content. */
import { useId, type ReactElement, type ReactNode } from 'react';
import { makeStyles, mergeClasses, Subtitle2, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: `${tokens.spacingVerticalM} 0`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0 },
  number: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: '22px',
    height: '22px',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    flexShrink: 0,
  },
  numberDone: { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand },
});

export interface StepSectionProps {
  readonly index: number;
  readonly title: string;
  readonly done?: boolean;
  readonly children: ReactNode;
}

export function StepSection({ index, title, done = false, children }: StepSectionProps): ReactElement {
  const styles = useStyles();
  const id = useId();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h2 className={styles.heading} id={id}>
        <span className={mergeClasses(styles.number, done && styles.numberDone)} aria-hidden="true">
          {index}
        </span>
        <Subtitle2>{title}</Subtitle2>
      </h2>
      {children}
    </section>
  );
}
