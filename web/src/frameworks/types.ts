// The shapes of /api/v1/frameworks (api/openapi.json: Framework, FrameworkNode, FrameworkImportResult).
import type { Principal } from '../api/types';

export interface Framework {
  id: number; urn: string; code: string; version: string; title_vi: string; title_en: string; publisher: string;
  source: string; node_count: number; imported_by: number | null; imported_by_name: string; imported_at: string;
}
export interface FrameworkNode {
  id: number; number: string; parent_id: number | null; parent: string;
  type: 'standard' | 'criterion' | 'indicator' | 'requirement';
  title_vi: string; title_en: string; evidence_vi: string; evidence_en: string; position: number;
}
export interface FrameworkTree extends Framework { nodes: FrameworkNode[] }
export interface FrameworkImportResult {
  dry_run: boolean; framework: Framework | null; imported: number;
  rows: { row: number; key: string; id: number | null }[];
  /** Only for a correspondence import with replace=true: the pairs removed (a dry run: that would be). */
  removed?: { key: string; id: number }[];
}

/** The catalogue is the whole organisation's: frameworks are changed with manage_frameworks at its top unit. */
export function canManageFrameworks(user: Principal | null): boolean {
  return !!user?.grants.some(
    (g) => g.permissions.includes('manage_frameworks') && g.unit_path.split('/').filter(Boolean).length === 1,
  );
}
