export const statusResolvers = {};
