/** The Teams app id: `id` in config/teams-app/manifest.json (a test keeps the two the same). */
export const TEAMS_APP_ID = '6b8a9a4a-d34e-45e9-b955-9b56b3ad59df';

/** The entity id of the My WPQ personal tab (`staticTabs[0].entityId` in the manifest). */
export const PERSONAL_TAB_ENTITY_ID = 'my-wpq';

/** The name Teams shows for our tab while a deep link opens. */
export const TEAMS_TAB_LABEL = 'WPQ';
