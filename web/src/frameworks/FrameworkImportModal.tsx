// Importing a framework from a CSV, JSON or Excel (.xlsx) file: its identity, the file, a dry run that checks without storing, and
// the row report of a refusal (every fault of every row) or of what was imported.
import { Button, Form, Input, Modal, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { FileChooser, ImportOutcome, useImport } from './ImportParts';
import type { FrameworkImportResult } from './types';

interface Identity { code: string; version: string; title_vi: string; title_en: string; publisher: string; source?: string }

/** The request of an import: a workbook goes as its bytes, a JSON file as JSON (parsed here), anything else as CSV. */
export async function importBody(file: File): Promise<{ xlsx: Blob } | { json: unknown } | { csv: string }> {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx')) return { xlsx: file };
  const text = await file.text();
  return name.endsWith('.json') ? { json: JSON.parse(text) as unknown } : { csv: text };
}

export function FrameworkImportModal({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => void }) {
  const { t } = useTranslation();
  const F = (k: string, o?: Record<string, unknown>) => t(`frameworks.${k}`, o);
  const [form] = Form.useForm<Identity>();
  const state = useImport();
  const run = async (dryRun: boolean) => {
    const identity = await form.validateFields();
    const r = await state.run(async (file) => api<FrameworkImportResult>('/frameworks/imports', {
      method: 'POST', query: { ...identity, dry_run: dryRun }, ...(await importBody(file)),
    }));
    if (r && !dryRun) onImported();
  };

  const required = [{ required: true, message: F('required') }];
  const { result } = state;
  return (
    <Modal
      open={open} title={F('import')} onCancel={onClose} width={820} destroyOnClose
      footer={[
        <Button key="close" onClick={onClose}>{t('common.close')}</Button>,
        <Button key="dry" data-testid="framework-dry-run" loading={state.busy} onClick={() => void run(true)}>{F('dryRun')}</Button>,
        <Button key="go" data-testid="framework-submit" type="primary" loading={state.busy} onClick={() => void run(false)}>{F('submit')}</Button>,
      ]}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">{F('help')}</Typography.Paragraph>
        <Form form={form} layout="vertical" requiredMark>
          <Space wrap>
            <Form.Item name="code" label={F('code')} rules={required} extra={F('codeHelp')}><Input /></Form.Item>
            <Form.Item name="version" label={F('version')} rules={required}><Input /></Form.Item>
          </Space>
          <Form.Item name="title_vi" label={F('titleVi')} rules={required}><Input /></Form.Item>
          <Form.Item name="title_en" label={F('titleEn')} rules={required}><Input /></Form.Item>
          <Form.Item name="publisher" label={F('publisher')} rules={required}><Input /></Form.Item>
          <Form.Item name="source" label={F('source')}><Input /></Form.Item>
        </Form>
        <FileChooser label={F('file')} file={state.file} onChoose={state.choose} />
        <ImportOutcome
          state={state} testId="framework-result"
          summary={result?.dry_run ? F('dryRunOk', { count: result.rows.length }) : F('imported', { count: result?.imported ?? 0 })}
        />
      </Space>
    </Modal>
  );
}
