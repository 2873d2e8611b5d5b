import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { preloadGraph } from '../features/graph/preload';
import type { MessageKey } from '../i18n';

export interface AppRoute {
  /** A wouter path pattern. */
  path: string;
  /** Where the navigation link points; routes without one are reached from other screens. */
  navHref?: string;
  navLabel?: MessageKey;
  /** The screen's name in the page title ("Kort – Hænderne"); a screen may set a fuller one itself. */
  title: MessageKey;
  /** The skip link's text, naming the screen's main content. */
  skip: MessageKey;
  /** Each screen is its own chunk, so the first page loads only what it draws. */
  screen: LazyExoticComponent<ComponentType>;
  /** Starts the screen's first request before its chunk has loaded, when the app opens on it. */
  preload?: () => void;
}

/** The screens, in navigation order. A feature adds its screen here and nowhere else. */
export const ROUTES: AppRoute[] = [
  {
    path: '/',
    navHref: '/',
    navLabel: 'nav.map',
    title: 'title.map',
    skip: 'app.skipToMap',
    screen: lazy(() => import('../features/graph').then((m) => ({ default: m.GraphExplorer }))),
    preload: preloadGraph,
  },
  {
    path: '/kontakt',
    navHref: '/kontakt',
    navLabel: 'nav.contacts',
    title: 'title.contacts',
    skip: 'app.skip.contacts',
    screen: lazy(() => import('../features/contacts').then((m) => ({ default: m.ContactFinderScreen }))),
  },
  {
    path: '/vejviser/:municipalityId/fagpersoner',
    title: 'title.vejviser',
    skip: 'app.skip.vejviserProfessionals',
    screen: lazy(() => import('../features/vejviser').then((m) => ({ default: m.VejviserProfessionalScreen }))),
  },
  {
    path: '/vejviser/:municipalityId?',
    navHref: '/vejviser',
    navLabel: 'nav.vejviser',
    title: 'title.vejviser',
    skip: 'app.skip.vejviser',
    screen: lazy(() => import('../features/vejviser').then((m) => ({ default: m.VejviserScreen }))),
  },
  {
    path: '/huller',
    navHref: '/huller',
    navLabel: 'nav.gaps',
    title: 'title.gaps',
    skip: 'app.skip.gaps',
    screen: lazy(() => import('../features/gaps').then((m) => ({ default: m.GapsScreen }))),
  },
  {
    path: '/status',
    navHref: '/status',
    navLabel: 'nav.status',
    title: 'title.status',
    skip: 'app.skip.status',
    screen: lazy(() => import('../features/status').then((m) => ({ default: m.StatusScreen }))),
  },
  {
    path: '/rediger/*?',
    navHref: '/rediger',
    navLabel: 'nav.editing',
    title: 'title.editing',
    skip: 'app.skip.editing',
    screen: lazy(() => import('../features/editing').then((m) => m.loadEditingScreen())),
  },
];

/**
 * The first screen's data is asked for as the app starts, beside the download of the screen's
 * chunk instead of after it. Only a route whose path is the address itself (no parameters).
 */
export function preloadFirstScreen(pathname: string): void {
  ROUTES.find((r) => r.path === pathname)?.preload?.();
}
