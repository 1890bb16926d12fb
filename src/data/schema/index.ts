/** The single definition of WPQ's SharePoint lists and columns. */
export * from './fields';
export * from './lists';
export * from './xml';
