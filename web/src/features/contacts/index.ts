/** The contact finder: where I work and what it is about → ranked fixed contacts, at /kontakt. */
export { ContactFinderScreen } from './components/contact-finder-screen';
