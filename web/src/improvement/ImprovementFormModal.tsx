import { App, Form, Input } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { FormModal } from '../components/FormModal';
import { FormSelect } from '../components/FormSelect';
import { UnitSelect, UserSelect } from '../components/RemoteSelect';
import { IMPROVEMENT_SOURCES, type Improvement } from './types';

interface Values { unit_id?: number; title: string; description?: string; source?: string; expected_benefit?: string; owner_id?: number }

/** Adds an opportunity to the improvement register, or (given one) changes its title, description, benefit and owner. */
export function ImprovementFormModal({
  improvement: i, onClose, onSaved,
}: { improvement?: Improvement; onClose: () => void; onSaved: (i: Improvement) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();

  const send = async (v: Values) => {
    const texts = { title: v.title, description: v.description ?? '', expected_benefit: v.expected_benefit ?? '' };
    let saved: Improvement;
    if (i) {
      const body: Record<string, unknown> = { version: i.version, ...texts };
      if (v.owner_id) body.owner_id = v.owner_id;
      saved = await api<Improvement>(`/improvements/${i.id}`, { method: 'PATCH', json: body });
      message.success(t('common.saved'));
    } else {
      const body: Record<string, unknown> = { ...texts, unit_id: v.unit_id, source: v.source };
      if (v.owner_id) body.owner_id = v.owner_id;
      saved = await api<Improvement>('/improvements', { method: 'POST', json: body });
      message.success(t('improvement.improvements.created', { id: saved.id }));
    }
    await qc.invalidateQueries({ queryKey: ['improvements'] });
    onSaved(saved);
  };

  return (
    <FormModal
      title={i ? t('improvement.improvements.editTitle', { id: i.id }) : t('improvement.improvements.create')}
      fields={['unit_id', 'title', 'description', 'source', 'expected_benefit', 'owner_id']}
      send={send}
      onClose={onClose}
      onStale={i && (() => { void qc.invalidateQueries({ queryKey: ['improvements'] }); onClose(); })}
      initialValues={i ? { ...i, owner_id: i.owner_id ?? undefined } : { source: 'suggestion' }}
    >
      <Form.Item name="title" label={t('improvement.improvements.titleField')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="description" label={t('improvement.improvements.description')}>
        <Input.TextArea rows={3} maxLength={10000} />
      </Form.Item>
      {!i && (
        <>
          <Form.Item name="unit_id" label={t('improvement.improvements.unit')} rules={[{ required: true }]}>
            <UnitSelect />
          </Form.Item>
          <Form.Item name="source" label={t('improvement.improvements.source')} rules={[{ required: true }]}>
            <FormSelect options={IMPROVEMENT_SOURCES.map((s) => ({ value: s, label: t(`improvement.nc.sources.${s}`) }))} />
          </Form.Item>
        </>
      )}
      <Form.Item name="expected_benefit" label={t('improvement.improvements.expectedBenefit')}>
        <Input.TextArea rows={2} maxLength={5000} />
      </Form.Item>
      <Form.Item name="owner_id" label={t('improvement.improvements.owner')}>
        <UserSelect allowClear />
      </Form.Item>
    </FormModal>
  );
}
