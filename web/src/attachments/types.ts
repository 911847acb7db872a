// Files attached to a document revision, a record, an audit's checklist line, a person's competence, a training
// session, a recruitment, a directive or a unit's answer, as the API returns them.
export interface Attachment {
  id: number; owner_type: 'revision' | 'record' | 'checklist_line' | 'competence_holding' | 'training_session' | 'recruitment'
    | 'directive' | 'directive_answer'; owner_id: number; file_name: string;
  /** Read by the server from the file's bytes, not from its name. */
  media_type: string;
  size: number; sha256: string; uploaded_by: number | null; uploaded_at: string; removed_at: string | null;
}
