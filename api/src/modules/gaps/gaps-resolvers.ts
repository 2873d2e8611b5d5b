export const gapsResolvers = {};
