/**
 * Strings of the hosts' own start-up messages (the data site, a tab's configured service) and of the
 * web part's settings (property pane; in Teams, the tab's configuration). Same rules as strings.ts.
 */
import { forLocale } from './strings';

export const enGBHosts = {
  appTitle: 'Workforce productivity',
  loading: 'Loading…',
  retry: 'Try again',
  dataSiteMissingTitle: 'WPQ does not know which site holds its data',
  dataSiteMissingText:
    'WPQ keeps its lists on one SharePoint site, and nobody has said which site that is yet. In Teams, My WPQ and meetings open in the organisation\'s main SharePoint site, which does not hold WPQ\'s lists.',
  dataSiteWhoTenant:
    'A SharePoint administrator can name the site for everyone: set the tenant property wpqDataSiteUrl to the site\'s address, for example with the PnP PowerShell command Set-PnPStorageEntity -Key wpqDataSiteUrl -Value <site address>.',
  dataSiteWhoEditor: 'Or someone who can edit this page or tab can set "Site that holds WPQ\'s data" in the web part\'s settings.',
  dataSiteUnreachable: 'WPQ could not open the site that holds its data ({url}): {message}. Check the address with your SharePoint administrator (tenant property wpqDataSiteUrl) or with whoever set up this page or tab.',
  serviceCheckLoading: 'Opening this tab\'s service…',
  serviceGoneTitle: 'This tab\'s service is no longer available',
  serviceArchived: '{service} has been archived, so this tab has nothing new to show for it. Choose another service below, or ask whoever set up the tab to change its settings.',
  serviceRemoved: 'The service this tab was set up for no longer exists. Choose another service below, or ask whoever set up the tab to change its settings.',
  chooseServiceTitle: 'Choose a service',
  chooseServiceText: 'This meeting tab has not been set up for a service yet. Choose the one to show.',
  servicesListLabel: 'Services',
  noServices: 'There are no active services to choose from.',
  // Property pane (the tab's configuration in Teams).
  paneDescription: 'Choose what this part of the page or Teams tab shows.',
  paneGroupShow: 'What to show',
  paneGroupData: 'Where the data is',
  paneService: 'Service',
  paneServiceNone: 'Let people choose',
  paneServicesLoading: 'Reading the services…',
  paneServicesFailed: 'The services could not be read: {message}',
  paneScreen: 'Open on',
  paneDataSite: 'Site that holds WPQ\'s data',
  paneDataSiteHelp: 'Leave empty to use the organisation\'s setting (tenant property wpqDataSiteUrl) or, failing that, this site.',
  paneDataSiteInvalid: 'Enter the full address of a SharePoint site, starting with https://.',
  screenOverview: 'Overview',
  screenMyWork: 'My work',
  screenSurvey: 'Staff survey of the current cycle',
  screenResults: 'Results of the current cycle',
  screenActions: 'Actions of the current cycle',
  screenMeasures: 'Workforce measures',
  screenReview: 'Review of the current cycle',
  screenPortfolio: 'All services',
  screenMeeting: 'Meeting summary (narrow)'
};

export type HostStrings = typeof enGBHosts;

export function hostStringsFor(locale: string | undefined): HostStrings {
  return forLocale({ 'en-gb': enGBHosts }, locale, enGBHosts);
}
