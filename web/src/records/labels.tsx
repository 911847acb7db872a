import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { retentionState, type RetentionState } from './retention';
import type { RetainedRecord } from './types';

const STATE_COLOR: Record<RetentionState, string> = { kept: 'blue', due: 'orange', hold: 'red', disposed: 'default' };

/** A coloured tag with the record's retention state: kept, due for disposal, under legal hold or disposed of. */
export function RecordStateTag({ record }: { record: Pick<RetainedRecord, 'disposed_at' | 'legal_hold' | 'due_for_disposal'> }) {
  const { t } = useTranslation();
  const state = retentionState(record);
  return <Tag color={STATE_COLOR[state]} data-testid="record-state">{t(`records.states.${state}`)}</Tag>;
}
