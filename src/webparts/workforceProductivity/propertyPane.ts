/**
 * The web part's settings, loaded only when someone opens the property pane (in Teams, when a channel
 * or meeting tab is being set up), so none of it is in the first download.
 */
import { PropertyPaneDropdown, PropertyPaneLabel, PropertyPaneTextField, type IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { WpqServices } from '../../data/services';
import { cleanSiteUrl } from '../../hosts/dataSite';
import { OPEN_ON_SCREENS, screenOf, serviceIdOf, type OpenOnScreen } from '../../hosts/hostStart';
import { NEEDS_SERVICE } from './paneSettings';
import { format } from '../../loc/strings';
import { hostStringsFor, type HostStrings } from '../../loc/hosts';
import type { WorkforceProductivityProperties } from './WorkforceProductivityWebPart';

export { applyChange } from './paneSettings';

export interface ServiceChoice {
  id: number;
  name: string;
}

export type PaneState =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'loaded'; choices: ServiceChoice[] }
  | { kind: 'failed'; message: string };

/** The site's active services, by name, read when the pane opens. */
export async function readServiceChoices(services: WpqServices): Promise<ServiceChoice[]> {
  const { data } = await services.careServices.list();
  return data.filter((s) => s.active).map((s) => ({ id: s.id, name: s.name }));
}

const SCREEN_LABEL: Record<OpenOnScreen, keyof HostStrings> = {
  overview: 'screenOverview',
  mywork: 'screenMyWork',
  survey: 'screenSurvey',
  results: 'screenResults',
  actions: 'screenActions',
  measures: 'screenMeasures',
  review: 'screenReview',
  portfolio: 'screenPortfolio',
  meeting: 'screenMeeting'
};

export function paneConfiguration(locale: string, properties: WorkforceProductivityProperties, state: PaneState): IPropertyPaneConfiguration {
  const strings = hostStringsFor(locale);
  const serviceId = serviceIdOf(properties.serviceId);
  const choices = state.kind === 'loaded' ? state.choices : [];
  const serviceOptions = [
    { key: '', text: strings.paneServiceNone },
    ...choices.map((c) => ({ key: String(c.id), text: c.name })),
    // A service that was archived since still shows, so the setting is not silently lost.
    ...(serviceId !== null && state.kind === 'loaded' && !choices.some((c) => c.id === serviceId) ? [{ key: String(serviceId), text: `#${serviceId}` }] : [])
  ];
  const screen = (screenOf(properties.openOn) as OpenOnScreen | null) ?? 'overview';
  const screens = OPEN_ON_SCREENS.filter((s) => serviceId !== null || !NEEDS_SERVICE.includes(s));
  let status: string | null = null;
  if (state.kind === 'loading' || state.kind === 'idle') status = strings.paneServicesLoading;
  if (state.kind === 'failed') status = format(strings.paneServicesFailed, { message: state.message });
  return {
    pages: [
      {
        header: { description: strings.paneDescription },
        groups: [
          {
            groupName: strings.paneGroupShow,
            groupFields: [
              PropertyPaneDropdown('serviceId', {
                label: strings.paneService,
                options: serviceOptions,
                selectedKey: serviceId === null ? '' : String(serviceId),
                disabled: state.kind !== 'loaded'
              }),
              ...(status ? [PropertyPaneLabel('serviceStatus', { text: status })] : []),
              PropertyPaneDropdown('openOnScreen', {
                label: strings.paneScreen,
                options: screens.map((s) => ({ key: s, text: strings[SCREEN_LABEL[s]] })),
                selectedKey: screens.includes(screen) ? screen : 'overview'
              })
            ]
          },
          {
            groupName: strings.paneGroupData,
            groupFields: [
              PropertyPaneTextField('dataSiteUrl', {
                label: strings.paneDataSite,
                description: strings.paneDataSiteHelp,
                value: properties.dataSiteUrl ?? '',
                onGetErrorMessage: (value: string) => (value.trim() === '' || cleanSiteUrl(value) ? '' : strings.paneDataSiteInvalid),
                deferredValidationTime: 500
              })
            ]
          }
        ]
      }
    ]
  };
}
