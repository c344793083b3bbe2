import { Navigate, Route, Routes, useParams } from 'react-router'
import { CaseListPage } from './CaseListPage'
import { CasePage } from './CasePage'

/** The cases area: every case, the queue per body, the follow-ups, and one case's document. */
export function CasesPage() {
  // A key per tab: each tab's list starts from its own query, never showing the other's rows meanwhile.
  return (
    <Routes>
      <Route index element={<CaseListPage key="all" tab="all" />} />
      <Route path="ko" element={<CaseListPage key="queue" tab="queue" />} />
      <Route path="oppfolging" element={<CaseListPage key="followUps" tab="followUps" />} />
      <Route path=":caseId" element={<CaseRoute />} />
      <Route path="*" element={<Navigate to="/saker" replace />} />
    </Routes>
  )
}

function CaseRoute() {
  const id = Number(useParams().caseId)
  if (!Number.isInteger(id) || id <= 0) return <Navigate to="/saker" replace />
  // One page per case: the autosave must never carry one case's text into another.
  return <CasePage key={id} id={id} />
}
