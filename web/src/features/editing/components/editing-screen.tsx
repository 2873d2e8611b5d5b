import { Link, Route, Switch, useLocation } from 'wouter';
import { te } from '../i18n';
import { useSession } from '../../../lib/session/use-session';
import { ACCESS_LOG_PATH, EDIT_HOME, IMPORT_PATH, USERS_PATH } from '../lib/paths';
import { isNodeLabel } from '../lib/vocabulary';
import { AccessGate } from './access-gate';
import { EntityPage } from './entity-page';
import { ImportWizard } from './import-wizard';
import { NewEntityPage } from './new-entity-page';
import { StartPage } from './start-page';
import { UsersPage } from './users-page';
import { AccessLogPage } from './access-log-page';
import './editing.css';

const decode = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

/** /rediger and below: find and edit, new entity, one entity, import; for editors only. */
export function EditingScreen() {
  const [location] = useLocation();
  const onImport = location.startsWith(IMPORT_PATH);
  const onUsers = location.startsWith(USERS_PATH);
  const onAccessLog = location.startsWith(ACCESS_LOG_PATH);
  const session = useSession();
  const editor = session.status === 'signed-in' && session.user.role !== 'VIEWER';
  const admin = session.status === 'signed-in' && session.user.role === 'ADMIN';
  return (
    <main id="main" className="screen editing" data-testid="editing">
      <div className="screen__column editing__inner">
        <div className="editing__top">
          <h2 className="editing__heading">{te('screen.heading')}</h2>
          {editor && (
            <nav aria-label={te('screen.nav')} className="editing__nav">
              <Link href={EDIT_HOME} className="editing__tab" aria-current={!onImport && !onUsers && !onAccessLog ? 'page' : undefined}>
                {te('screen.find')}
              </Link>
              <Link href={IMPORT_PATH} className="editing__tab" aria-current={onImport ? 'page' : undefined}>
                {te('screen.import')}
              </Link>
              {admin && (
                <Link href={USERS_PATH} className="editing__tab" aria-current={onUsers ? 'page' : undefined}>
                  {te('screen.users')}
                </Link>
              )}
              {admin && (
                <Link href={ACCESS_LOG_PATH} className="editing__tab" aria-current={onAccessLog ? 'page' : undefined}>
                  {te('screen.accessLog')}
                </Link>
              )}
            </nav>
          )}
        </div>
        <AccessGate>
          {() => (
            <Switch>
              <Route path={IMPORT_PATH} component={ImportWizard} />
              <Route path={USERS_PATH} component={UsersPage} />
              <Route path={ACCESS_LOG_PATH} component={AccessLogPage} />
              <Route path="/rediger/ny/:label">{(p) => (isNodeLabel(p.label) ? <NewEntityPage label={p.label} /> : <StartPage />)}</Route>
              <Route path="/rediger/:label/:id">
                {(p) => (isNodeLabel(p.label) ? <EntityPage key={decode(p.id)} label={p.label} id={decode(p.id)} /> : <StartPage />)}
              </Route>
              <Route component={StartPage} />
            </Switch>
          )}
        </AccessGate>
      </div>
    </main>
  );
}
