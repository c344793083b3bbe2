/**
 * Runs `then` once a Fluent dialog has finished closing. A dialog removed from the page while
 * still open leaves everything behind it marked aria-hidden (Fluent UI issue #35139), which
 * hides the app from screen readers. So a dialog is closed first, and it is removed, or the
 * screen under it replaced, only once Fluent has given the page back: after the exit motion,
 * when the app's root is no longer aria-hidden. Pass the result as `surfaceMotion`.
 */
export function afterExit(then: (() => void) | undefined) {
  return {
    onMotionFinish: (_: null, data: { direction: 'enter' | 'exit' }) => {
      if (data.direction === 'exit' && then) whenPageRestored(then)
    },
  }
}

// Fluent restores the page a moment after the surface has gone; a second is far more than it takes.
const patienceMs = 1000

function whenPageRestored(then: () => void) {
  const started = performance.now()
  const check = () => {
    const hidden = document.getElementById('root')?.getAttribute('aria-hidden') === 'true'
    if (!hidden || performance.now() - started > patienceMs) then()
    else setTimeout(check, 20)
  }
  check()
}
