/** Full-text search over every case, from anywhere (Ctrl+K). */
export function SearchDialog(_props: { open: boolean; onClose: () => void }) {
  return null
}
