/** Statements of channels() and channel(): key → file under cypher/ (without `.cypher`). */
export const CHANNEL_QUERIES = {
  channelList: 'channel/list',
  channelsByIds: 'channel/by-ids',
} as const;
