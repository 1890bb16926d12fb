import * as React from 'react';
import { SetUpSite } from './SetUpSite';

/** The "Set up this site" screen (route `setup`). */
export default function SetUpSiteScreen(): React.ReactElement {
  return <SetUpSite />;
}
