import { Link } from 'wouter';
import { useDocumentTitle } from '../../../app/page-title';
import { GraphQLRequestError } from '../../../lib/graphql-client';
import { useVejviser } from '../api/get-vejviser';
import { tv } from '../i18n';
import { guideHref, type Audience } from '../lib/guide-href';
import { FamilyGuide } from './family-guide';
import { ProfessionalGuide } from './professional-guide';

/** A failed load in the page's language: an unknown id is told as such, not as the API's words. */
function errorText(error: Error, municipalityId: string): string {
  if (error instanceof GraphQLRequestError && error.code === 'NOT_FOUND') return tv('guide.notFound', { id: municipalityId });
  if (error instanceof GraphQLRequestError && error.code === 'BAD_USER_INPUT') return tv('guide.notMunicipality', { id: municipalityId });
  return tv('guide.error', { message: error.message });
}

/** One municipality's guide, for families (1–2 A4 pages) or for professionals, on screen and on paper. */
export function GuidePage({ municipalityId, audience }: { municipalityId: string; audience: Audience }) {
  const guide = useVejviser(municipalityId);
  const name = guide.status === 'success' ? guide.data.municipality.name : null;
  // The title names the printout too (a PDF saved from the browser takes it as its name).
  useDocumentTitle(name && tv(audience === 'families' ? 'title.family' : 'title.professionals', { name }));
  const other: Audience = audience === 'families' ? 'professionals' : 'families';
  return (
    <div className="screen__column vejviser__inner">
      <div className="vejviser__toolbar">
        <Link href="/vejviser" className="vejviser__back">
          ← {tv('guide.back')}
        </Link>
        {guide.status === 'success' && (
          <span className="vejviser__toolbar-actions">
            <Link href={guideHref(municipalityId, other)} className="vejviser__other" data-testid="other-guide">
              {tv(other === 'families' ? 'guide.toFamilies' : 'guide.toProfessionals')}
            </Link>
            <button type="button" className="text-button text-button--primary" onClick={() => window.print()} data-testid="print-button">
              {tv('guide.print')}
            </button>
          </span>
        )}
      </div>
      {guide.status === 'loading' && (
        <p role="status" data-testid="guide-loading">
          {tv('guide.loading')}
        </p>
      )}
      {guide.status === 'error' && (
        <div className="notice notice--error" role="alert" data-testid="guide-error">
          {errorText(guide.error, municipalityId)}{' '}
          <button type="button" className="text-button" onClick={guide.reload}>
            {tv('guide.retry')}
          </button>
        </div>
      )}
      {guide.status === 'success' && (audience === 'families' ? <FamilyGuide guide={guide.data} /> : <ProfessionalGuide guide={guide.data} />)}
    </div>
  );
}
