/** Statements of the follow-up of gap findings (acknowledgements and assignments): key → file under cypher/. */
export const GAP_FOLLOW_UP_QUERIES = {
  gapAcknowledgementLock: 'gaps/acknowledgement-lock',
  gapAcknowledgementSave: 'gaps/acknowledgement-save',
  gapAcknowledgementRemove: 'gaps/acknowledgement-remove',
  gapAcknowledgementsByKeys: 'gaps/acknowledgements-by-keys',
} as const;
