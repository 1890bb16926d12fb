import * as React from 'react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CommentStep } from '../../../src/ui/survey/SurveySteps';
import { enGBSurvey } from '../../../src/loc/survey';
import { expectNoAxeViolations } from '../../support/axe';
import { renderInApp, testHost } from '../../support/renderInApp';

// The comment box comes in a chunk of its own; here that chunk cannot be loaded (a dropped connection).
jest.mock('../../../src/ui/survey/CommentBox', () => {
  throw new Error('Loading chunk wpq-survey-comment failed.');
});

describe('the survey’s comment step when its box cannot be loaded', () => {
  it('says so and lets the person go on without a comment', async () => {
    const user = userEvent.setup();
    const onNext = jest.fn();
    const onBack = jest.fn();
    const { container } = renderInApp(
      <CommentStep
        headingRef={React.createRef()}
        step={7}
        total={8}
        comment=""
        strings={enGBSurvey}
        nextLabel="Next"
        onComment={jest.fn()}
        onBack={onBack}
        onNext={onNext}
      />,
      testHost()
    );
    expect(await screen.findByText(/^The comment box could not be loaded/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(onNext).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });
});
