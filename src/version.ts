/** The product version, sent to SharePoint in the client tag. A test keeps it equal to package.json. */
export const WPQ_VERSION = '0.1.0';
