// The objectives and indicators the API returns (api/openapi.json: Objective, Indicator, Measurement, IndicatorComparison).
export const DIRECTIONS = ['higher', 'lower'] as const;
export const FREQUENCIES = ['month', 'term', 'school_year', 'year'] as const;
export const SOURCES = ['manual', 'import', 'computed'] as const;
export const METRICS = ['nonconformities_closed_on_time', 'nonconformity_days_to_close', 'survey_satisfaction_index'] as const;
export const AGGREGATIONS = ['sum', 'mean', 'weighted_mean'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export type Frequency = (typeof FREQUENCIES)[number];
export type Source = (typeof SOURCES)[number];
export type Aggregation = (typeof AGGREGATIONS)[number];
export type Rag = 'green' | 'amber' | 'red';

export interface Objective {
  id: number; unit_id: number; title: string; policy_link: string; plan_what: string; resources: string;
  responsible_id: number | null; due_date: string | null; evaluation: string; version: number;
  created_by: number | null; created_at: string; updated_at: string; archived_at: string | null;
}

export interface Measurement {
  id: number; indicator_id: number; period: string; value: number; weight: number | null; status: Rag; note: string;
  recorded_by: number | null; recorded_at: string; superseded_at: string | null;
  raised: { type: 'improvement' | 'nonconformity'; id: number } | null;
}

export interface Indicator {
  id: number; objective_id: number; unit_id: number; code: string; name: string; measure_unit: string;
  direction: Direction; target: number; warning: number; frequency: Frequency; owner_id: number | null;
  source: Source; metric: string | null; aggregation: Aggregation; breach_raises: 'improvement' | 'nonconformity';
  version: number; created_by: number | null; created_at: string; updated_at: string; archived_at: string | null;
  latest?: Measurement | null;
}

export interface ComparisonItem {
  unit_id: number; unit_code: string; unit_name: string; indicator_id: number;
  direction: Direction; target: number; warning: number; value: number | null; weight: number | null; status: Rag | null;
}

export interface Comparison {
  code: string; period: string; reference: Indicator | null; aggregation: Aggregation | null;
  aggregate: { value: number | null; status: Rag | null; measured: number; units: number };
  items: ComparisonItem[];
}
