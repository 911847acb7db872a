// The context registers as the API returns them (api/openapi.json: ContextIssue, InterestedParty, PartyRequirement,
// UnitScope, PlannedChange).

export const CONTEXT_CATEGORIES = [
  'political', 'economic', 'social', 'technological', 'legal', 'environmental', 'climate', 'market', 'demographic',
  'resources', 'people', 'culture', 'performance', 'knowledge', 'infrastructure', 'governance', 'values',
] as const;
export type ContextCategory = (typeof CONTEXT_CATEGORIES)[number];
export const EFFECTS = ['positive', 'negative'] as const;
export const KINDS = ['internal', 'external'] as const;
export const SWOT = ['strengths', 'weaknesses', 'opportunities', 'threats'] as const;
export type SwotQuadrant = (typeof SWOT)[number];

export interface ContextIssue {
  id: number; unit_id: number; title: string; description: string; kind: (typeof KINDS)[number];
  category: ContextCategory; effect: (typeof EFFECTS)[number]; swot: SwotQuadrant; process_ids: number[];
  clause_ids: number[]; review_date: string | null; version: number; archived_at: string | null;
}

export type Swot = Record<SwotQuadrant, ContextIssue[]> & { truncated: boolean };

export const MONITORING = ['survey', 'meeting', 'complaint_channel', 'report', 'inspection', 'other'] as const;

export interface PartyClass { code: string; mandatory: boolean; name_vi: string; name_en: string }

export interface InterestedParty {
  id: number; unit_id: number; class: string; name: string; needs: string; mandatory: boolean; relevant: boolean;
  relevance_reason: string; version: number;
}

export interface PartyRequirement {
  id: number; party_id: number; text: string; adopted: boolean; compliance_obligation: boolean;
  obligation_reference: string; monitoring: (typeof MONITORING)[number]; monitoring_note: string; version: number;
}

export interface ScopeExclusion {
  clause_id: number; standard_id: number; number: string; title_en: string; title_vi: string; justification: string;
}

export interface UnitScope {
  unit_id: number; statement_vi: string; statement_en: string; sites: string[]; products: string[];
  excluded_clauses: ScopeExclusion[]; version: number;
}

export const CHANGE_STATUSES = ['proposed', 'approved', 'rejected', 'implemented'] as const;

export interface PlannedChange {
  id: number; unit_id: number; title: string; purpose: string; risks: string; resources: string;
  responsibilities: string; planned_on: string | null; status: (typeof CHANGE_STATUSES)[number];
  decision_note: string; version: number;
}
