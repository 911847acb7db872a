// Distribution and acknowledgement of documents as the API returns them.
import type { ControlledDocument, Role } from '../api/types';

/** A unit subtree the document is sent to, optionally only to the holders of one role there. */
export interface DistributionTarget { unit_id: number; role: Role | null }
/** Addressees of one unit (their own unit) and how many acknowledged the revision in force. */
export interface UnitReadership { unit_id: number; unit_name: string; addressees: number; acknowledged: number; percent: number }
export interface PendingReader { user_id: number; full_name: string; unit_id: number }
/** GET/PUT /documents/{id}/distribution: the targets and the readership of the revision in force. */
export interface Readership {
  revision_id: number | null; targets: DistributionTarget[]; addressees: number; acknowledged: number; percent: number;
  units: UnitReadership[];
  /** Who has not acknowledged yet (the first 100). */
  pending: PendingReader[];
}
/** A document of the user's reading list, with when the user acknowledged its revision in force (null: to read). */
export interface ReadingItem extends ControlledDocument { acknowledged_at: string | null }
