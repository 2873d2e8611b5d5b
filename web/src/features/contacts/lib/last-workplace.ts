/** The workplace chosen last time, so a returning user lands on their own answer. */
const KEY = 'haenderne.contacts.workplace';

export function readLastWorkplace(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    // Storage can be off (private mode, policies): the finder then simply starts empty.
    return null;
  }
}

export function rememberWorkplace(id: string | null): void {
  try {
    if (id) window.localStorage.setItem(KEY, id);
    else window.localStorage.removeItem(KEY);
  } catch {
    /* see readLastWorkplace */
  }
}
