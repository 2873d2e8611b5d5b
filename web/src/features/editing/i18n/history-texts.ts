import { createTranslator } from '../../../i18n';

/** The history panel's texts for link entries and the restore confirmation (#16 item 8). */
const da = {
  'link.entry': '{operation}: {relation}',
  'link.note': 'Forbindelser gendannes ikke herfra; ret eller opret dem under Forbindelser.',
  'confirm.title': 'Gendan version {version}?',
  'confirm.body':
    'Enhedens felter sættes tilbage til version {version}. Det gemmes som en ny version, så den nuværende (version {current}) stadig kan findes i historikken.',
  'confirm.bodyDeleted': 'Enheden genskabes som i version {version}, med de forbindelser hvis anden ende stadig findes.',
  'confirm.changes': 'Ændringen i den version:',
  'confirm.yes': 'Gendan version {version}',
  'confirm.no': 'Annullér',
} as const;

export type HistoryTextKey = keyof typeof da;

const en: Record<HistoryTextKey, string> = {
  'link.entry': '{operation}: {relation}',
  'link.note': 'Links are not restored from here; change or add them under Links.',
  'confirm.title': 'Restore version {version}?',
  'confirm.body':
    "The entity's fields are set back to version {version}. This is saved as a new version, so the current one (version {current}) stays in the history.",
  'confirm.bodyDeleted': 'The entity is re-created as in version {version}, with the links whose other end still exists.',
  'confirm.changes': 'What that version changed:',
  'confirm.yes': 'Restore version {version}',
  'confirm.no': 'Cancel',
};

export const th = createTranslator<HistoryTextKey>({ da, en });
