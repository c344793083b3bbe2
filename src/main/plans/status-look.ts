import type { MeasureStatus } from '../../shared/action-plan'
import type { StatusKey } from '../../shared/plan-summary'
import { nb } from '../../shared/strings/nb'

/**
 * How a status looks outside the app (Word, Excel, the overview picture): the same colours
 * everywhere, and always the word beside the colour, so a grey print or a colour-blind reader
 * loses nothing.
 */

/** Light fills for table cells: black text on them keeps at least 7:1 contrast. */
export const cellFill: Record<StatusKey, string> = {
  red: 'F4A6A3',
  yellow: 'FFE38A',
  green: 'A8D5A2',
  dropped: 'D9D9D9',
  none: 'FFFFFF',
}

/** Strong fills for the overview's bars, with the text colour that reads on each. */
export const barFill: Record<StatusKey, { fill: string; text: string }> = {
  red: { fill: 'C4314B', text: 'FFFFFF' },
  yellow: { fill: 'F2C811', text: '000000' },
  green: { fill: '2E7D32', text: 'FFFFFF' },
  dropped: { fill: '8A8886', text: 'FFFFFF' },
  none: { fill: 'EDEBE9', text: '323130' },
}

export const statusWord = (status: MeasureStatus | null): string => nb.planText.status[status ?? 'none']
