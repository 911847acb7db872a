import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { FormModal } from '../components/FormModal';
import { ASSESSMENT_STATUSES, type AssessmentStatus, type ReadinessClause } from './types';

interface Values { status: AssessmentStatus; comment?: string }

/** A unit's self-assessment of one requirement clause (shared with its equal clause of the other standard). */
export function AssessmentModal({ unitId, clause, onClose, onSaved }: {
  unitId: number; clause: ReadinessClause; onClose: () => void; onSaved: () => void;
}) {
  const { t } = useTranslation();
  const send = async (v: Values) => {
    await api(`/readiness/assessments/${unitId}/${clause.clause_id}`, {
      method: 'PUT',
      json: { status: v.status, comment: v.comment?.trim() ?? '', ...(clause.assessment ? { version: clause.assessment.version } : {}) },
    });
    onSaved();
  };
  return (
    <FormModal<Values>
      title={t('certification.readiness.assessTitle', { number: clause.number })}
      fields={['status', 'comment']}
      send={send}
      onClose={onClose}
      onStale={onSaved}
      initialValues={{ status: clause.status, comment: clause.assessment?.comment ?? '' }}
    >
      <Form.Item name="status" label={t('certification.readiness.status')}>
        <Select options={ASSESSMENT_STATUSES.map((s) => ({ value: s, label: t(`certification.readiness.statuses.${s}`) }))} />
      </Form.Item>
      <Form.Item name="comment" label={t('certification.readiness.comment')}>
        <Input.TextArea rows={4} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
