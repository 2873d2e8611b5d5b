import { useParams } from 'wouter';
import { GuidePage } from './guide-page';
import { MunicipalityList } from './municipality-list';
import './vejviser.css';

/** /vejviser: choose a municipality; /vejviser/:municipalityId: its guide for families (1–2 A4 pages). */
export function VejviserScreen() {
  const { municipalityId } = useParams<{ municipalityId?: string }>();
  return (
    <main id="main" className="screen vejviser" data-testid="vejviser-screen">
      {municipalityId ? <GuidePage municipalityId={decodeURIComponent(municipalityId)} audience="families" /> : <MunicipalityList />}
    </main>
  );
}

/** /vejviser/:municipalityId/fagpersoner: the guide for professionals and GPs (contacts, MedCom, location numbers). */
export function VejviserProfessionalScreen() {
  const { municipalityId } = useParams<{ municipalityId: string }>();
  return (
    <main id="main" className="screen vejviser" data-testid="vejviser-screen">
      <GuidePage municipalityId={decodeURIComponent(municipalityId)} audience="professionals" />
    </main>
  );
}
