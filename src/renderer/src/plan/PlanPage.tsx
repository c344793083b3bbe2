import { Navigate, Route, Routes, useParams } from 'react-router'
import { PlanStart } from './PlanStart'
import { PlanWorkspace, type PlanView } from './PlanWorkspace'

/**
 * The action plan area: the plans (usually one), and one plan as matrix, summary, comparison
 * between reviews and presentation. The review and the selected row live in the address.
 */
export function PlanPage() {
  return (
    <Routes>
      <Route index element={<PlanStart />} />
      <Route path=":planId" element={<PlanRoute view="matrix" />} />
      <Route path=":planId/oppsummering" element={<PlanRoute view="summary" />} />
      <Route path=":planId/sammenligning" element={<PlanRoute view="compare" />} />
      <Route path=":planId/presentasjon" element={<PlanRoute view="present" />} />
      <Route path="*" element={<Navigate to="/handlingsplan" replace />} />
    </Routes>
  )
}

function PlanRoute({ view }: { view: PlanView }) {
  const id = Number(useParams().planId)
  if (!Number.isInteger(id) || id <= 0) return <Navigate to="/handlingsplan" replace />
  return <PlanWorkspace key={id} planId={id} view={view} />
}
