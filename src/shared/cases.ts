/**
 * Cases (saker), agendas, case numbers and minutes: the secretariat's daily work.
 */

/** The sections of a case document (saksfremlegg), in the order they are printed. */
export const caseSectionKeys = ['background', 'facts', 'assessment', 'proposal'] as const
export type CaseSectionKey = (typeof caseSectionKeys)[number]
