// Importing a framework's correspondences to one ISO standard's clauses from a CSV, JSON or Excel file: a dry run
// that checks without storing, and "replace", where the file is the whole mapping and the pairs it no longer lists
// are removed; the row report of a refusal, or what was imported and removed.
import { useState } from 'react';
import { Button, Checkbox, Modal, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { importBody } from './FrameworkImportModal';
import { FileChooser, ImportOutcome, useImport } from './ImportParts';
import type { Framework, FrameworkImportResult } from './types';

export function MappingImportModal({ open, framework, standardId, standardLabel, onClose, onImported }: {
  open: boolean; framework: Framework; standardId: number | undefined; standardLabel: string;
  onClose: () => void; onImported: () => void;
}) {
  const { t } = useTranslation();
  const F = (k: string, o?: Record<string, unknown>) => t(`frameworks.${k}`, o);
  const [replace, setReplace] = useState(false);
  const state = useImport();
  const run = async (dryRun: boolean) => {
    const r = await state.run(async (file) => api<FrameworkImportResult>(`/frameworks/${framework.id}/correspondences/imports`, {
      method: 'POST', query: { standard: standardId, dry_run: dryRun, replace }, ...(await importBody(file)),
    }), !!standardId);
    if (r && !dryRun) onImported();
  };
  const { result } = state;
  return (
    <Modal
      open={open} title={`${F('mappingImport')} · ${framework.code}:${framework.version} → ${standardLabel}`}
      onCancel={onClose} width={760} destroyOnClose
      footer={[
        <Button key="close" onClick={onClose}>{t('common.close')}</Button>,
        <Button key="dry" data-testid="mapping-dry-run" loading={state.busy} onClick={() => void run(true)}>{F('dryRun')}</Button>,
        <Button key="go" data-testid="mapping-import-submit" type="primary" loading={state.busy} onClick={() => void run(false)}>{F('submit')}</Button>,
      ]}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">{F('mappingHelp')}</Typography.Paragraph>
        <Checkbox checked={replace} onChange={(e) => setReplace(e.target.checked)} data-testid="mapping-replace">
          {F('replace')}
        </Checkbox>
        <FileChooser label={F('file')} file={state.file} onChoose={state.choose} />
        <ImportOutcome
          state={state} testId="mapping-result"
          summary={result?.dry_run ? F('dryRunOk', { count: result.rows.length }) : F('mappingsImported', { count: result?.imported ?? 0 })}
          detail={result?.removed && F(result.dry_run ? 'wouldRemove' : 'removedCount', { count: result.removed.length })}
        >
          {!!result?.removed?.length && (
            <Table size="small" pagination={false} rowKey="id" dataSource={result.removed} caption={F('removedCaption')}
              data-testid="mapping-removed"
              columns={[{ title: t('csv.key'), dataIndex: 'key' }, { title: t('csv.id'), dataIndex: 'id', width: 100 }]} />
          )}
        </ImportOutcome>
      </Space>
    </Modal>
  );
}
