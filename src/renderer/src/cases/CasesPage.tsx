/** The cases area: every case, the queue per body, and one case's document. */
export function CasesPage() {
  return null
}
