import { useParams } from 'wouter';
import { GuidePage } from './guide-page';
import { MunicipalityList } from './municipality-list';
import './vejviser.css';

/** /vejviser: choose a municipality; /vejviser/:municipalityId: its printable guide. */
export function VejviserScreen() {
  const { municipalityId } = useParams<{ municipalityId?: string }>();
  return (
    <main id="main" className="screen vejviser" data-testid="vejviser-screen">
      {municipalityId ? <GuidePage municipalityId={decodeURIComponent(municipalityId)} /> : <MunicipalityList />}
    </main>
  );
}
