import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../api/client';
import { useSession } from '../session';
import type { Complaint } from './types';

/**
 * The complaint or appeal a nonconformity was raised from, linked back to it (GET /complaints?nonconformity_id=):
 * for those who see that complaint; nothing for anyone else, who may not learn there was one.
 */
export function RaisedFrom({ nonconformityId }: { nonconformityId: number }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const found = useQuery({
    queryKey: ['complaints', 'nonconformity', nonconformityId], enabled: can('handle_complaints'),
    queryFn: () => api<Page<Complaint>>('/complaints', { query: { nonconformity_id: nonconformityId, limit: 1 } }),
  });
  const c = found.data?.items[0];
  if (!c) return null;
  return (
    <> — <Link to={`/complaint-register/${c.id}`} data-testid="nc-complaint">
      {`${t(`complaints.kinds.${c.kind}`)} #${c.id} (${t(`complaints.categories.${c.category}`)}, ${c.received_on})`}
    </Link></>
  );
}
