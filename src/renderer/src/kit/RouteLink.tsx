import { Link } from '@fluentui/react-components'
import type { ReactNode } from 'react'
import { useHref, useNavigate } from 'react-router'

interface Props {
  to: string
  children: ReactNode
  className?: string
  'aria-label'?: string
  appearance?: 'default' | 'subtle'
}

/** A Fluent link to a route of the app: a real address (opens on Enter) that navigates in place. */
export function RouteLink({ to, children, className, appearance, ...aria }: Props) {
  const href = useHref(to)
  const navigate = useNavigate()
  return (
    <Link
      {...aria}
      href={href}
      className={className}
      appearance={appearance}
      onClick={(event) => {
        // Other buttons and Ctrl/Shift/Alt+click keep the browser's own meaning (a new tab in web mode).
        if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return
        event.preventDefault()
        navigate(to)
      }}
    >
      {children}
    </Link>
  )
}
