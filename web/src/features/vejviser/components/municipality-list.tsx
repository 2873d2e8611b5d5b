import { useId, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { DanishText } from '../../../i18n/danish-text';
import { collator } from '../../../lib/collator';
import { useMunicipalities, type MunicipalityOption } from '../api/get-municipalities';
import { tv } from '../i18n';
import { foldText } from '../../../lib/fold-text';

/** The municipalities by health cluster, each a link to its guide; a filter for the impatient. */
export function MunicipalityList() {
  const id = useId();
  const municipalities = useMunicipalities();
  const [text, setText] = useState('');

  const groups = useMemo(() => {
    if (municipalities.status !== 'success') return [];
    const wanted = foldText(text.trim());
    const byCluster = new Map<string, MunicipalityOption[]>();
    for (const m of municipalities.data) {
      if (wanted && !foldText(m.name).includes(wanted)) continue;
      const key = m.cluster ?? tv('pick.noCluster');
      byCluster.set(key, [...(byCluster.get(key) ?? []), m]);
    }
    return [...byCluster.entries()]
      .sort(([a], [b]) => collator.compare(a, b))
      .map(([cluster, list]) => ({ cluster, list: list.sort((a, b) => collator.compare(a.name, b.name)) }));
  }, [municipalities, text]);

  return (
    <div className="screen__column vejviser__inner">
      <h2 className="vejviser__title">{tv('pick.heading')}</h2>
      <p className="vejviser__lead">{tv('pick.intro')}</p>
      {municipalities.status === 'loading' && <p role="status">{tv('pick.loading')}</p>}
      {municipalities.status === 'error' && (
        <div className="notice notice--error" role="alert">
          {tv('pick.error', { message: municipalities.error.message })}{' '}
          <button type="button" className="text-button" onClick={municipalities.reload}>
            {tv('guide.retry')}
          </button>
        </div>
      )}
      {municipalities.status === 'success' && (
        <>
          <div className="vejviser-filter">
            <label htmlFor={`${id}-filter`}>{tv('pick.filter')}</label>
            <input id={`${id}-filter`} type="search" value={text} onChange={(e) => setText(e.target.value)} data-testid="municipality-filter" />
          </div>
          {groups.length === 0 && <p className="notice">{tv('pick.none', { text })}</p>}
          <div className="vejviser-clusters" data-testid="municipality-list">
            {groups.map((g) => (
              <section key={g.cluster} className="vejviser-cluster" aria-label={g.cluster}>
                <h3>{g.cluster === tv('pick.noCluster') ? g.cluster : <DanishText>{g.cluster}</DanishText>}</h3>
                <ul>
                  {g.list.map((m) => (
                    <li key={m.id}>
                      <Link href={`/vejviser/${encodeURIComponent(m.id)}`} data-id={m.id}>
                        <DanishText>{m.name}</DanishText>
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
