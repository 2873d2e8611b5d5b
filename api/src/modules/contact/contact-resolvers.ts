export const contactResolvers = {};
