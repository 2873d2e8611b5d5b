import { useState, type FormEvent } from 'react';
import { useAsync } from '../../../lib/use-async';
import { createUser, type NewAccount } from '../api/create-user';
import { deleteUser } from '../api/delete-user';
import { listUsers, type Account } from '../api/list-users';
import { GraphQLRequestError, issueInLanguage } from '../../../lib/graphql-client';
import { errorInWords } from '../api/error-in-words';
import { updateUser } from '../api/update-user';
import { te } from '../i18n';
import { useSession } from '../../../lib/session/use-session';
import { EntityPicker } from './entity-picker';
import { SignInLocks } from './sign-in-locks';

const ROLES: Account['role'][] = ['VIEWER', 'EDITOR', 'ADMIN'];
const roleText = (role: Account['role']) => te(`role.${role}`);

/** Accounts for admins: who may read names, who may edit where, and new accounts. */
export function UsersPage() {
  const session = useSession();
  const me = session.status === 'signed-in' ? session.user : null;
  const users = useAsync(me?.role === 'ADMIN' ? 'users' : null, listUsers);
  const [notice, setNotice] = useState<string | null>(null);

  if (me?.role !== 'ADMIN')
    return (
      <p className="notice" role="status">
        {te('users.adminOnly')}
      </p>
    );
  return (
    <section className="users card" aria-labelledby="users-heading" data-testid="users-page">
      <h3 id="users-heading">{te('users.heading')}</h3>
      <p className="muted">{te('users.intro')}</p>
      {notice && (
        <p className="notice" role="status" data-testid="users-notice">
          {notice}
        </p>
      )}
      {users.status === 'loading' && <p role="status">{te('users.loading')}</p>}
      {users.status === 'error' && (
        <p className="notice notice--error" role="alert">
          {errorInWords(users.error)}
        </p>
      )}
      {users.status === 'success' &&
        (users.data.length === 0 ? (
          <p>{te('users.empty')}</p>
        ) : (
          <table className="users__table" data-testid="users-table">
            <thead>
              <tr>
                <th scope="col">{te('users.email')}</th>
                <th scope="col">{te('users.name')}</th>
                <th scope="col">{te('users.role')}</th>
                <th scope="col">{te('users.scope')}</th>
                <th scope="col">{te('users.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((u) => (
                <UserRow
                  key={`${u.id}:${u.version}`}
                  user={u}
                  isMe={u.id === me.id}
                  onDone={(text) => {
                    setNotice(text);
                    users.reload();
                  }}
                />
              ))}
            </tbody>
          </table>
        ))}
      <NewUserForm
        onCreated={(u) => {
          setNotice(te('users.created', { email: u.email }));
          users.reload();
        }}
      />
      <SignInLocks />
    </section>
  );
}

function UserRow({ user, isMe, onDone }: { user: Account; isMe: boolean; onDone: (notice: string) => void }) {
  const [role, setRole] = useState(user.role);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function act(run: () => Promise<string>) {
    setError(null);
    try {
      onDone(await run());
    } catch (err) {
      if (err instanceof GraphQLRequestError && err.code === 'CONFLICT') onDone(te('users.conflict'));
      else setError(err instanceof GraphQLRequestError && err.issues[0] ? issueInLanguage(err.issues[0]) : errorInWords(err));
    }
  }

  return (
    <tr data-email={user.email}>
      <td>
        {user.email} {isMe && <span className="muted">{te('users.you')}</span>}
      </td>
      <td>{user.name}</td>
      <td>
        <select
          aria-label={te('users.roleFor', { email: user.email })}
          value={role}
          disabled={isMe}
          onChange={(e) => setRole(e.target.value as Account['role'])}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {roleText(r)}
            </option>
          ))}
        </select>
        {role !== user.role && (
          <button
            type="button"
            className="link-button"
            onClick={() =>
              act(async () => {
                const saved = await updateUser(user.id, user.version, { role });
                return te('users.saved', { email: saved.email, role: roleText(saved.role) });
              })
            }
          >
            {te('users.saveRole')}
          </button>
        )}
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
      </td>
      <td>{user.scopeId ?? te('users.scopeAll')}</td>
      <td>
        {!isMe && !confirming && (
          <button
            type="button"
            className="link-button link-button--danger"
            aria-label={te('users.deleteFor', { email: user.email })}
            onClick={() => setConfirming(true)}
          >
            {te('users.delete')}
          </button>
        )}
        {confirming && (
          // biome-ignore lint/a11y/useSemanticElements: an inline question with its two answers, not a form section with a legend
          <span role="group" aria-label={te('users.confirmDelete', { email: user.email })}>
            {te('users.confirmDelete', { email: user.email })}{' '}
            <button
              type="button"
              className="link-button link-button--danger"
              onClick={() =>
                act(async () => {
                  await deleteUser(user.id, user.version);
                  return te('users.deleted', { email: user.email });
                })
              }
            >
              {te('users.confirm')}
            </button>{' '}
            <button type="button" className="link-button" onClick={() => setConfirming(false)}>
              {te('users.cancel')}
            </button>
          </span>
        )}
      </td>
    </tr>
  );
}

const EMPTY: NewAccount = { email: '', name: '', role: 'EDITOR', password: '', scopeId: null };

function NewUserForm({ onCreated }: { onCreated: (user: Account) => void }) {
  const [form, setForm] = useState<NewAccount>(EMPTY);
  const [scope, setScope] = useState<{ id: string; name: string } | null>(null);
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof NewAccount) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setIssues({});
    setError(null);
    try {
      const user = await createUser({ ...form, email: form.email.trim(), scopeId: scope?.id ?? null });
      setForm(EMPTY);
      setScope(null);
      onCreated(user);
    } catch (err) {
      if (err instanceof GraphQLRequestError && err.issues.length) {
        setIssues(Object.fromEntries(err.issues.map((i) => [i.field.replace(/^input\./, ''), issueInLanguage(i)])));
      } else setError(errorInWords(err));
    } finally {
      setBusy(false);
    }
  }

  const field = (key: 'email' | 'name' | 'password', type: string, autoComplete: string) => (
    <label className={`field${issues[key] ? ' field--invalid' : ''}`}>
      <span className="field__label">{te(key === 'password' ? 'users.password' : `users.${key}`)}</span>
      <input
        className="field__input"
        type={type}
        name={key}
        autoComplete={autoComplete}
        value={form[key]}
        onChange={set(key)}
        aria-invalid={issues[key] ? true : undefined}
        aria-describedby={issues[key] ? `new-user-${key}-error` : undefined}
        required
      />
      {issues[key] && (
        <span className="field__error" id={`new-user-${key}-error`}>
          {issues[key]}
        </span>
      )}
    </label>
  );

  return (
    <form className="users__new" onSubmit={submit} noValidate aria-labelledby="new-user-heading" data-testid="new-user-form">
      <h4 id="new-user-heading">{te('users.newHeading')}</h4>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      <div className="property-form__grid">
        {field('email', 'email', 'off')}
        {field('name', 'text', 'off')}
        {field('password', 'password', 'new-password')}
        <label className="field">
          <span className="field__label">{te('users.role')}</span>
          <select className="field__input" name="role" value={form.role} onChange={set('role')}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {roleText(r)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {form.role === 'EDITOR' && (
        <EntityPicker
          label={te('users.scopeLabel')}
          labels={['Organisation']}
          value={scope}
          onChange={(hit) => setScope(hit && { id: hit.id, name: hit.name })}
          errors={issues.scopeId ? [issues.scopeId] : []}
          testId="new-user-scope"
        />
      )}
      <div className="actions">
        <button type="submit" className="primary-button" disabled={busy}>
          {busy ? te('users.creating') : te('users.create')}
        </button>
      </div>
    </form>
  );
}
