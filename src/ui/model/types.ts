/**
 * The Model screen manages packs through the data layer's interface; it is defined once, there.
 * The shell passes it to the screen only for people who can manage the site.
 */
export type { PackManagement, StoredPackSummary } from '../../data/types';
