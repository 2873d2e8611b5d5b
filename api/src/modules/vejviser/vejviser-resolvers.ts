export const vejviserResolvers = {};
