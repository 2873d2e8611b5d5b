import type { NodeLabel } from './vocabulary';

/** The editing screens' addresses; ids hold ':' and are encoded. */
export const EDIT_HOME = '/rediger';
export const IMPORT_PATH = '/rediger/import';
export const USERS_PATH = '/rediger/brugere';
export const ACCESS_LOG_PATH = '/rediger/adgangslog';
export const entityHref = (label: string, id: string) => `/rediger/${label}/${encodeURIComponent(id)}`;
export const newEntityHref = (label: NodeLabel) => `/rediger/ny/${label}`;
/** The map with the node selected (the map screen's ?valgt=). */
export const mapHref = (id: string) => `/?valgt=${encodeURIComponent(id)}`;
