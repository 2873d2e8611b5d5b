import { z } from 'zod';
import { ROLES } from '../../auth/viewer.js';
import { invalidFields } from '../../errors.js';

/** The rules for an account, checked before anything is written. */
const fields = {
  email: z.email('must be an e-mail address').max(254, 'must be at most 254 characters'),
  name: z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters'),
  role: z.enum(ROLES),
  // Long enough to resist guessing; scrypt makes each guess expensive, length makes them many.
  password: z.string().min(12, 'must be at least 12 characters').max(1024, 'must be at most 1024 characters'),
  scopeId: z.string().min(1).max(200).nullable(),
};

export const newUserInput = z.object({ ...fields, scopeId: fields.scopeId.optional() });
export const userChanges = z.object({
  name: fields.name.optional(),
  role: fields.role.optional(),
  password: fields.password.optional(),
  scopeId: fields.scopeId.optional(),
});

export type NewUserInput = z.infer<typeof newUserInput>;
export type UserChanges = z.infer<typeof userChanges>;

/** Parses or answers BAD_USER_INPUT naming each bad field under `input`. */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ field: ['input', ...i.path].join('.'), message: i.message }));
  throw invalidFields(issues);
}
