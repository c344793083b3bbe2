import { useEffect, useRef } from 'react'

type Bindings = Record<string, () => void>

function matches(combo: string, event: KeyboardEvent): boolean {
  const parts = combo.toLowerCase().split('+')
  const key = parts[parts.length - 1]
  if ((event.ctrlKey || event.metaKey) !== parts.includes('ctrl') || event.altKey !== parts.includes('alt'))
    return false
  // Alt+digit types other characters on some layouts; the physical key is steadier.
  const pressed = /^\d$/.test(key) ? event.code.replace(/^Digit/, '') : event.key.toLowerCase()
  return pressed === key
}

/**
 * Binds key combinations such as `Ctrl+N` or `Alt+3` on the window while the component is
 * mounted. Ctrl also matches Cmd on macOS. Shortcuts rest while a dialog has the focus, and for
 * keys the focused component has already handled.
 */
export function useShortcuts(bindings: Bindings) {
  const latest = useRef(bindings)
  useEffect(() => {
    latest.current = bindings
  })
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // A modal traps focus, so a key pressed inside one belongs to it, not to the page behind.
      if (event.target instanceof Element && event.target.closest('[role="dialog"], [role="alertdialog"]')) return
      // A key the focused component already handled is its own (Ctrl+K in the editor makes a link).
      if (event.defaultPrevented) return
      const combo = Object.keys(latest.current).find((c) => matches(c, event))
      if (!combo) return
      event.preventDefault()
      latest.current[combo]()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
