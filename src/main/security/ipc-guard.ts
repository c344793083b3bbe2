import { isOwnUrl, type OwnOrigins } from './origin'

/** What the guard needs of a frame; Electron's WebFrameMain has both. */
export interface FrameLike {
  readonly url: string
  readonly parent: FrameLike | null
}

/**
 * May this frame call the API? Only the main window's own top-level frame, showing our own
 * origin. A subframe (even one of ours), another window, a page that navigated elsewhere, or a
 * frame that is already gone (Electron gives null) is refused.
 */
export function isTrustedSender(
  frame: FrameLike | null | undefined,
  mainFrame: FrameLike | null | undefined,
  own: OwnOrigins,
): boolean {
  if (!frame || !mainFrame) return false
  return frame === mainFrame && frame.parent === null && isOwnUrl(frame.url, own)
}
