import * as React from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReadResult } from '../../data/rows';
import type { StaffComments as StaffCommentsData } from '../../data/types';
import { format } from '../../loc/strings';
import type { ResultsStrings } from '../../loc/results';
import { useApp } from '../AppContext';
import { RowWarnings } from '../readModels/RowWarnings';
import { useScreenStrings } from '../useScreenStrings';
import { QueryView } from '../shared/QueryView';
import { Paragraph, Section } from '../shared/layout';
import { useFormat } from '../shared/format';
import { useKitStrings } from '../shared/useKit';
import { useQuery } from '../shared/useQuery';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  comment: {
    borderLeftWidth: tokens.strokeWidthThick,
    borderLeftStyle: 'solid',
    borderLeftColor: tokens.colorNeutralStroke1,
    paddingLeft: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0
  },
  // What staff typed, as they typed it: line breaks kept, long words wrapped.
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 },
  date: { color: tokens.colorNeutralForeground2, margin: 0 }
});

/**
 * The staff pulse's comments, without names (managers only; the screen does not render this for
 * anyone else, and the data layer refuses them too). Hidden below the minimum group size.
 */
export function StaffComments(props: {
  cycleId: number;
  strings: ResultsStrings;
  /** The comments when they came with the screen's own read. */
  first?: Promise<ReadResult<StaffCommentsData>> | null;
}): React.ReactElement {
  const { cycleId, strings, first } = props;
  const { services } = useApp();
  const styles = useStyles();
  const fmt = useFormat();
  const kit = useKitStrings();
  const screenStrings = useScreenStrings();
  const query = useQuery(`cycle:${cycleId}:comments`, () => services.responses.comments(cycleId), first);

  return (
    <Section title={strings.commentsHeading} intro={strings.commentsIntro}>
      <QueryView query={query} label={strings.commentsLoading}>
        {({ data, warnings }) => (
          <>
            <RowWarnings strings={screenStrings} warnings={warnings} />
            {data.status === 'hidden' ? (
              <Paragraph>{format(kit.hiddenBelowMinimum, { minimum: data.minimumGroupSize })}</Paragraph>
            ) : data.comments.length === 0 ? (
              <Paragraph>{strings.commentsNone}</Paragraph>
            ) : (
              <ul className={styles.list}>
                {data.comments.map((comment, i) => (
                  <li key={i} className={styles.comment}>
                    <Text as="p" className={styles.text}>
                      {comment.text}
                    </Text>
                    <Text as="p" size={200} className={styles.date}>
                      {format(strings.commentDate, { date: fmt.date(comment.date) })}
                    </Text>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </QueryView>
    </Section>
  );
}
