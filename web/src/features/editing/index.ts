/**
 * Editing for signed-in editors. The header shows SignInControl on every screen; the editing
 * screens load as their own chunk when /rediger is opened.
 */
export { SignInControl } from './components/sign-in-control';
export const loadEditingScreen = () => import('./components/editing-screen').then((m) => ({ default: m.EditingScreen }));
