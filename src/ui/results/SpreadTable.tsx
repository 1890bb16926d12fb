import * as React from 'react';
import { Badge, Text, makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import { DONT_KNOW, type StatementScore } from '../../domain';
import { findStatement, type ModelPack, type Scale } from '../../model';
import type { ResultsStrings } from '../../loc/results';
import { format } from '../../loc/strings';
import { RouteLink } from '../app/navigation';
import { useFormat } from '../shared/format';

const useStyles = makeStyles({
  // A wide table scrolls inside its own box (reachable by keyboard) rather than widening the page.
  scroll: {
    overflowX: 'auto',
    maxWidth: '100%',
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: tokens.strokeWidthThin
    }
  },
  table: { borderCollapse: 'collapse', width: '100%', minWidth: '44rem' },
  block: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { margin: 0, overflowWrap: 'anywhere' },
  cell: {
    textAlign: 'start',
    verticalAlign: 'top',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere'
  },
  head: { fontWeight: tokens.fontWeightSemibold },
  // Option names ("Strongly disagree") wrap between words, never inside one.
  option: { overflowWrap: 'normal', minWidth: '4.5rem' },
  statement: { fontWeight: tokens.fontWeightRegular, minWidth: '14rem' },
  number: { fontVariantNumeric: 'tabular-nums', textAlign: 'end' },
  tag: { marginTop: tokens.spacingVerticalXXS, display: 'inline-flex' },
  planLink: { display: 'inline', minHeight: '24px', fontWeight: tokens.fontWeightRegular, textAlign: 'start' }
});

export interface SpreadTableProps {
  caption: string;
  pack: ModelPack;
  scale: Scale;
  statements: StatementScore[];
  strings: ResultsStrings;
  /** What a hidden statement's row says (staff: fewer than the minimum group size answered it). */
  hiddenText: string;
  /** Managers: the cycle whose "Plan an action" link each statement gets. */
  planCycleId?: number;
}

/**
 * How many people chose each option of each statement, then "don't know", then the statement's score.
 * Hidden statements say so across the row; leaders' statements they disagree on are marked in words.
 */
export function SpreadTable(props: SpreadTableProps): React.ReactElement {
  const { caption, pack, scale, statements, strings, hiddenText, planCycleId } = props;
  const styles = useStyles();
  const fmt = useFormat();
  const headingId = useId('spread-');
  const columns = [...scale.options.map((o) => o.label), scale.notApplicable?.label ?? strings.spreadDontKnow];
  const cell = styles.cell;

  return (
    <div className={styles.block}>
      {/* The heading stays outside the box that scrolls sideways, so a phone shows it whole. */}
      <Text as="h4" size={300} weight="semibold" id={headingId} className={styles.heading}>
        {caption}
      </Text>
      <div role="region" aria-labelledby={headingId} tabIndex={0} className={styles.scroll}>
        <table aria-labelledby={headingId} className={styles.table}>
          <thead>
            <tr>
              <th scope="col" className={mergeClasses(cell, styles.head)}>
                {strings.spreadStatement}
              </th>
              {columns.map((label, i) => (
                <th key={i} scope="col" className={mergeClasses(cell, styles.head, styles.option)}>
                  {label}
                </th>
              ))}
              <th scope="col" className={mergeClasses(cell, styles.head, styles.option)}>
                {strings.spreadScore}
              </th>
            </tr>
          </thead>
          <tbody>
            {statements.map((s) => {
              const text = findStatement(pack, s.statementId)?.statement.text ?? s.statementId;
              const distribution = s.distribution ?? null;
              const count = (value: number | typeof DONT_KNOW): string => {
                const found = distribution?.find((o) => o.value === value);
                return fmt.number(found?.count ?? 0, 0);
              };
              return (
                <tr key={s.statementId}>
                  <th scope="row" className={mergeClasses(cell, styles.statement)}>
                    {planCycleId === undefined ? (
                      text
                    ) : (
                      <RouteLink
                        to={{ screen: 'newaction', cycleId: planCycleId, item: s.statementId }}
                        aria-label={format(strings.planForStatementName, { statement: text })}
                        className={styles.planLink}
                      >
                        {text}
                      </RouteLink>
                    )}
                    {s.disagreement === true && (
                      <>
                        {' '}
                        <Badge appearance="tint" color="warning" shape="rounded" className={styles.tag}>
                          {strings.disagreeTag}
                        </Badge>
                      </>
                    )}
                  </th>
                  {s.hidden ? (
                    <td colSpan={columns.length + 1} className={cell}>
                      {hiddenText}
                    </td>
                  ) : (
                    <>
                      {distribution === null ? (
                        <td colSpan={columns.length} className={cell}>
                          {strings.spreadNotKept}
                        </td>
                      ) : (
                        <>
                          {scale.options.map((o) => (
                            <td key={o.value} className={mergeClasses(cell, styles.number)}>
                              {count(o.value)}
                            </td>
                          ))}
                          <td className={mergeClasses(cell, styles.number)}>{count(DONT_KNOW)}</td>
                        </>
                      )}
                      <td className={mergeClasses(cell, styles.number)}>{s.percent === null ? strings.noAnswers : fmt.percent(s.percent)}</td>
                    </>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
