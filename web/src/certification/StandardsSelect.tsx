import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { api, type Page } from '../api/client';
import { standardLabel, type CatalogueStandard } from './types';

/**
 * The standards picker, searched by label. Only the props it names reach antd's Select: a required form item's
 * aria-required would land on the select's container, where ARIA does not allow it. Certification is to ISO
 * standards: imported frameworks (national accreditation) are not offered.
 */
export function StandardsSelect({ id, value, onChange }: { id?: string; value?: number[]; onChange?: (v: number[]) => void }) {
  const standards = useQuery({ queryKey: ['standards'], queryFn: () => api<Page<CatalogueStandard>>('/standards'), staleTime: 300_000 });
  return (
    <Select id={id} mode="multiple" optionFilterProp="label" value={value} onChange={onChange} loading={standards.isLoading}
      options={(standards.data?.items ?? []).filter((s) => !s.imported).map((s) => ({ value: s.id, label: standardLabel(s) }))} />
  );
}

