/** Strings of the editor area; part of the one catalog in ../nb.ts. */
export const editor = {} as const
