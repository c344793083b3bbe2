/** A4 with 2.5 cm margins, in twips (1/20 pt; 567 to the centimetre). */
export const a4 = { width: 11906, height: 16838 }
export const margin = 1417
export const headerDistance = 567
export const footerDistance = 567

export type Orientation = 'portrait' | 'landscape'

/** The width between the margins: what a full-width table spans. */
export const textWidth = (orientation: Orientation = 'portrait') =>
  (orientation === 'portrait' ? a4.width : a4.height) - 2 * margin
