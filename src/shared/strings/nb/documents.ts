/** Strings of the Word documents themselves and their errors; part of the one catalog in ../nb.ts. */
export const documents = {} as const

/** Strings of the document and archive screens; part of the one catalog in ../nb.ts. */
export const documentsUi = {} as const
