import type { CaseDetail, CaseKind, CaseSectionKey } from '../../../shared/cases'
import type { RichDoc } from '../../../shared/rich-text'

/** Everything the case page writes: what `cases.save` takes, less the id. */
export interface CaseDraft extends Record<CaseSectionKey, RichDoc> {
  bodyId: number
  title: string
  kind: CaseKind
  officerPersonId: number | null
  archiveRef: string
}

export function draftOf(detail: CaseDetail): CaseDraft {
  const s = detail.summary
  return {
    bodyId: s.bodyId,
    title: s.title,
    kind: s.kind,
    officerPersonId: s.officerPersonId,
    archiveRef: s.archiveRef,
    ...detail.sections,
  }
}
