import { makeStyles, tokens } from '@fluentui/react-components';

/** The self-assessment's layout: one column that reflows down to 320 px, targets of 44 px for choices. */
export const useAssessmentStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  text: { margin: 0, maxWidth: '48rem', overflowWrap: 'anywhere' },
  scaleList: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  scaleName: { fontWeight: tokens.fontWeightSemibold },
  progress: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  status: { minHeight: '24px', overflowWrap: 'anywhere' },
  // Pillar steps: a wrapping list of buttons, each with its own count in words.
  steps: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  stepItem: { minWidth: 0, flexGrow: 1, flexBasis: '10rem' },
  step: {
    width: '100%',
    maxWidth: 'none',
    whiteSpace: 'normal',
    minHeight: '44px',
    justifyContent: 'flex-start',
    textAlign: 'left',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalXXS,
    overflowWrap: 'anywhere'
  },
  stepCurrent: {
    borderTopWidth: tokens.strokeWidthThick,
    borderRightWidth: tokens.strokeWidthThick,
    borderBottomWidth: tokens.strokeWidthThick,
    borderLeftWidth: tokens.strokeWidthThick,
    borderTopColor: tokens.colorBrandStroke1,
    borderRightColor: tokens.colorBrandStroke1,
    borderBottomColor: tokens.colorBrandStroke1,
    borderLeftColor: tokens.colorBrandStroke1,
    '@media (forced-colors: active)': {
      borderTopColor: 'Highlight',
      borderRightColor: 'Highlight',
      borderBottomColor: 'Highlight',
      borderLeftColor: 'Highlight'
    }
  },
  stepName: { fontWeight: tokens.fontWeightSemibold },
  stepCount: { fontWeight: tokens.fontWeightRegular, fontSize: tokens.fontSizeBase200 },
  pillarHeading: { margin: 0, overflowWrap: 'anywhere', ':focus-visible': { outlineStyle: 'solid', outlineWidth: tokens.strokeWidthThick, outlineColor: tokens.colorStrokeFocus2 } },
  statements: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`
  },
  statementHeading: { margin: 0, overflowWrap: 'anywhere' },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  control: { width: '100%', maxWidth: '40rem', minWidth: 0 },
  radio: { minHeight: '44px', alignItems: 'center' },
  links: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  linkRow: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  linkActions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  linkText: { overflowWrap: 'anywhere' },
  target: { minHeight: '44px' },
  confirm: {
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outlineStyle: 'solid', outlineWidth: tokens.strokeWidthThick, outlineColor: tokens.colorStrokeFocus2 }
  },
  navRow: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  navButton: { minHeight: '44px', maxWidth: '100%', whiteSpace: 'normal', overflowWrap: 'anywhere' },
  summaryItem: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  summaryFacts: { margin: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  summaryTerm: { fontWeight: tokens.fontWeightSemibold },
  summaryValue: { margin: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }
});
