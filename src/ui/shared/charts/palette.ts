import type { ThemeName } from '../../../hosts/HostContext';

/**
 * Series colours for each host look. Fluent's palette tokens are no use here: in Teams high contrast
 * several of them become the same cyan, so two series would look alike. Each colour below keeps at
 * least 3:1 against its theme's background (WCAG 1.4.11), the two series differ in hue in a way that
 * people with red-green colour blindness still tell apart (blue and orange), and the charts never rely
 * on colour alone: every bar carries its value as text and the legend names each series.
 */
export interface ChartPalette {
  /** The first series (leaders; "leaders higher" in the gap chart). */
  first: string;
  /** The second series (staff; "staff higher"). */
  second: string;
  /** Neither side (a gap within the "about the same" band). */
  neutral: string;
}

const light: ChartPalette = { first: '#0F6CBD', second: '#C43501', neutral: '#616161' };
const dark: ChartPalette = { first: '#62ABF5', second: '#F7A278', neutral: '#ADADAD' };
const contrast: ChartPalette = { first: '#1AEBFF', second: '#FFFF00', neutral: '#FFFFFF' };

const palettes: Record<ThemeName, ChartPalette> = {
  'sharepoint-light': light,
  'teams-light': light,
  'sharepoint-dark': dark,
  'teams-dark': dark,
  'teams-contrast': contrast
};

export function chartPalette(theme: ThemeName): ChartPalette {
  return palettes[theme] ?? light;
}
