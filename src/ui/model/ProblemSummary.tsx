import * as React from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { MAX_LISTED_PROBLEMS, type PackProblem } from '../../model/validate';
import { format } from '../../loc/strings';
import type { ScreenStrings } from '../../loc/screens';
import { ResultGroup } from './ModelBlocks';
import { panelStyle, useModelStyles } from './modelStyles';

const useProblemStyles = makeStyles({
  box: {
    ...panelStyle,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusDangerBorder1}`,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorStatusDangerBorder2}`,
    backgroundColor: tokens.colorStatusDangerBackground1,
    color: tokens.colorNeutralForeground1
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS
  },
  path: {
    display: 'block',
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere'
  },
  message: { display: 'block', overflowWrap: 'anywhere' }
});

export interface ProblemSummaryProps {
  fileName: string;
  problems: PackProblem[];
  strings: ScreenStrings;
  headingId: string;
  headingRef: React.Ref<HTMLElement>;
}

/**
 * Every problem found in a pack file, at once, each with where it is in the file. The heading
 * receives focus so that people using a screen reader or a keyboard land on it.
 */
export function ProblemSummary(props: ProblemSummaryProps): React.ReactElement {
  const { fileName, problems, strings, headingId, headingRef } = props;
  const styles = useModelStyles();
  const own = useProblemStyles();
  const heading =
    problems.length > MAX_LISTED_PROBLEMS
      ? format(strings.modelProblemsHeadingMany, { fileName, count: MAX_LISTED_PROBLEMS })
      : format(problems.length === 1 ? strings.modelProblemsHeadingOne : strings.modelProblemsHeading, {
          fileName,
          count: problems.length
        });
  const listLabelId = `${headingId}-list`;
  return (
    <ResultGroup className={own.box} headingId={headingId} headingRef={headingRef} heading={heading}>
      <Text as="p" className={styles.paragraph} block>
        {strings.modelProblemsNothingChanged}
      </Text>
      <Text as="p" id={listLabelId} className={styles.paragraph} block>
        {strings.modelProblemsListIntro}
      </Text>
      <ol className={own.list} aria-labelledby={listLabelId}>
        {problems.map((problem, i) => (
          <li key={i}>
            <span className={own.path}>
              {problem.path === '' ? strings.modelProblemWholeFile : format(strings.modelProblemPath, { path: problem.path })}
            </span>
            <span className={own.message}>{problem.message}</span>
          </li>
        ))}
      </ol>
    </ResultGroup>
  );
}
