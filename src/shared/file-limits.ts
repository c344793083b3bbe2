/**
 * Limits on files that come in, where both sides need them: the renderer checks before it reads a
 * file, main checks again on what arrives (any client can call the API).
 */

/** The largest workspace export file (JSON) that is read at all. */
export const maxWorkspaceFileMb = 200
