import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { MessageKey } from '../i18n';

export interface AppRoute {
  /** A wouter path pattern. */
  path: string;
  /** Where the navigation link points; routes without one are reached from other screens. */
  navHref?: string;
  navLabel?: MessageKey;
  /** Each screen is its own chunk, so the first page loads only what it draws. */
  screen: LazyExoticComponent<ComponentType>;
}

/** The screens, in navigation order. A feature adds its screen here and nowhere else. */
export const ROUTES: AppRoute[] = [
  { path: '/', navHref: '/', navLabel: 'nav.map', screen: lazy(() => import('../features/graph').then((m) => ({ default: m.GraphExplorer }))) },
  { path: '/kontakt', navHref: '/kontakt', navLabel: 'nav.contacts', screen: lazy(() => import('../features/contacts').then((m) => ({ default: m.ContactFinderScreen }))) },
  { path: '/vejviser/:municipalityId?', navHref: '/vejviser', navLabel: 'nav.vejviser', screen: lazy(() => import('../features/vejviser').then((m) => ({ default: m.VejviserScreen }))) },
  { path: '/huller', navHref: '/huller', navLabel: 'nav.gaps', screen: lazy(() => import('../features/gaps').then((m) => ({ default: m.GapsScreen }))) },
  { path: '/status', navHref: '/status', navLabel: 'nav.status', screen: lazy(() => import('../features/status').then((m) => ({ default: m.StatusScreen }))) },
  { path: '/rediger/*?', navHref: '/rediger', navLabel: 'nav.editing', screen: lazy(() => import('../features/editing').then((m) => m.loadEditingScreen())) },
];
