import { App, Form, Input, InputNumber, Select } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../components/FormModal';
import { FormSelect } from '../components/FormSelect';
import { ProcessesSelect, UnitSelect, UserSelect } from '../components/RemoteSelect';
import { ClauseSelect } from './Clauses';
import { api } from '../api/client';
import { CONFIDENTIALITIES, DOCUMENT_TYPES, type ControlledDocument, type Revision } from '../api/types';
import { errorText } from '../api/problem';

const FIELDS = ['unit_id', 'title', 'type', 'code', 'confidentiality', 'owner_id', 'review_months', 'clause_ids', 'process_ids'];
const EDITABLE = ['title', 'confidentiality', 'owner_id', 'review_months', 'clause_ids', 'process_ids'] as const;

/**
 * Creates a document and opens its first draft, so that its author lands on the editor rather than on an empty
 * document with one more button to find. A draft refused does not undo the document (its page still offers to open
 * one): it comes back as `draftError`, and the form does not stay open to create the document twice.
 */
export async function createWithDraft(given: Record<string, unknown>, changeDescription: string) {
  const created = await api<ControlledDocument>('/documents', { method: 'POST', json: given });
  try {
    const draft = await api<Revision>(`/documents/${created.id}/revisions`, {
      method: 'POST', json: { change_description: changeDescription },
    });
    return { created, draft, draftError: null };
  } catch (e) {
    return { created, draft: null, draftError: e };
  }
}

/**
 * Creates a document, or (given one) edits what may change: title, confidentiality, owner, review period, clauses and
 * the processes it describes.
 */
export function DocumentFormModal({
  document: d, onClose, onSaved,
}: { document?: ControlledDocument; onClose: () => void; onSaved: (d: ControlledDocument) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();

  const send = async (v: Record<string, unknown>) => {
    const given = Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined && x !== null && x !== ''));
    let saved: ControlledDocument;
    if (!d) {
      const { created, draftError } = await createWithDraft(given, t('documents.firstDraft'));
      saved = created;
      message.success(t('documents.created', { code: saved.code }));
      if (draftError) message.warning(errorText(draftError));
    } else {
      const changed: Record<string, unknown> = { version: d.version };
      for (const k of EDITABLE) if (given[k] !== undefined && given[k] !== d[k]) changed[k] = given[k];
      saved = await api<ControlledDocument>(`/documents/${d.id}`, { method: 'PATCH', json: changed });
      message.success(t('common.saved'));
    }
    void qc.invalidateQueries({ queryKey: ['documents'] });
    void qc.invalidateQueries({ queryKey: ['evidence'] });
    onSaved(saved);
  };

  return (
    <FormModal
      title={d ? t('documents.editTitle', { code: d.code }) : t('documents.create')}
      fields={FIELDS}
      send={send}
      onClose={onClose}
      onStale={d && (() => { void qc.invalidateQueries({ queryKey: ['documents'] }); onClose(); })}
      initialValues={d ?? { type: 'procedure', confidentiality: 'internal' }}
    >
      <Form.Item name="title" label={t('documents.titleField')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={300} />
      </Form.Item>
      {!d && (
        <>
          <Form.Item name="type" label={t('documents.type')} rules={[{ required: true }]}>
            <FormSelect options={DOCUMENT_TYPES.map((s) => ({ value: s, label: t(`documents.types.${s}`) }))} />
          </Form.Item>
          <Form.Item name="unit_id" label={t('documents.unit')} rules={[{ required: true }]}>
            <UnitSelect />
          </Form.Item>
          <Form.Item name="code" label={t('documents.code')} extra={t('documents.codeHelp')}>
            <Input maxLength={32} />
          </Form.Item>
        </>
      )}
      <Form.Item name="confidentiality" label={t('documents.confidentiality')}>
        <Select options={CONFIDENTIALITIES.map((c) => ({ value: c, label: t(`documents.confidentialities.${c}`) }))} />
      </Form.Item>
      <Form.Item name="owner_id" label={t('documents.owner')} extra={d ? undefined : t('documents.ownerHelp')}>
        <UserSelect allowClear={!d} />
      </Form.Item>
      <Form.Item name="review_months" label={t('documents.reviewMonths')} extra={d ? undefined : t('documents.reviewMonthsHelp')}>
        <InputNumber min={1} max={120} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="clause_ids" label={t('documents.clauses')} extra={t('documents.clausesHelp')}>
        <ClauseSelect />
      </Form.Item>
      <Form.Item name="process_ids" label={t('documents.processes')} extra={t('documents.processesHelp')}>
        <ProcessesSelect />
      </Form.Item>
    </FormModal>
  );
}
