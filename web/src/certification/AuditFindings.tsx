import { useState } from 'react';
import { Button, List, Spin, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { FindingModal } from './ProjectDialogs';
import type { CertificationAuditDetail } from './types';

/** The findings of one certification audit, each linked to the nonconformity or improvement it raised. */
export function AuditFindings({ projectId, auditId, mayAdd }: { projectId: number; auditId: number; mayAdd: boolean }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const A = (k: string) => t(`certification.audits.${k}`);
  const audit = useQuery({
    queryKey: ['certifications', 'audit', projectId, auditId],
    queryFn: () => api<CertificationAuditDetail>(`/certifications/${projectId}/audits/${auditId}`),
  });
  if (audit.isLoading) return <Spin aria-label={t('common.loading')} />;
  return (
    <>
      <List
        size="small"
        header={A('findings')}
        locale={{ emptyText: A('noFindings') }}
        dataSource={audit.data?.findings ?? []}
        renderItem={(f) => (
          <List.Item>
            <span>
              <Tag color={f.grade === 'major' ? 'red' : f.grade === 'minor' ? 'orange' : 'default'}>{A(`grades.${f.grade}`)}</Tag>
              {f.title}
            </span>
            {f.nonconformity_id && <Link to={`/nonconformities/${f.nonconformity_id}`}>{A('nonconformity')} #{f.nonconformity_id}</Link>}
            {f.improvement_id && <Link to={`/improvements/${f.improvement_id}`}>{A('improvement')} #{f.improvement_id}</Link>}
          </List.Item>
        )}
      />
      {mayAdd && <Button size="small" onClick={() => setAdding(true)}>{A('addFinding')}</Button>}
      {adding && (
        <FindingModal projectId={projectId} auditId={auditId} onClose={() => setAdding(false)}
          onSaved={() => { setAdding(false); void audit.refetch(); }} />
      )}
    </>
  );
}
