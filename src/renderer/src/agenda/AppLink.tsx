import { Link } from '@fluentui/react-components'
import type { MouseEvent, ReactNode } from 'react'
import { useHref, useNavigate } from 'react-router'

/** A Fluent link to a route inside the app: a real address (copyable, Ctrl+click), navigated in place. */
export function AppLink({ to, children, className }: { to: string; children: ReactNode; className?: string }) {
  const href = useHref(to)
  const navigate = useNavigate()
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    navigate(to)
  }
  return (
    <Link href={href} onClick={onClick} className={className}>
      {children}
    </Link>
  )
}
