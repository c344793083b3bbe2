/** Strings of the global search and the follow-up list; part of the one catalog in ../nb.ts. */
export const search = {} as const

export const followUps = {} as const
