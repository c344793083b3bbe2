import type { ExportedFile, WheelData } from '../../shared/cycle'
import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
import { layoutWheel } from '../../shared/wheel/layout'
import { wheelSvg } from '../../shared/wheel/svg'
import { wheelPng } from './wheel-png'

/** The size the wheel is drawn at for files: large enough for a slide or a printed page. */
const exportSize = 1200

/** The wheel as the screen shows it, as an SVG or PNG file. */
export function exportWheel(data: WheelData, kind: 'svg' | 'png'): ExportedFile {
  const layout = layoutWheel(data, { size: exportSize, monthNames: nb.meetings.monthNames.split(',') })
  const svg = wheelSvg(layout, {
    title: format(nb.wheel.title, { year: data.year }),
    legend: { meeting: nb.wheel.legendMeeting, deadline: nb.wheel.legendDeadline, item: nb.wheel.legendItem },
  })
  const fileName = `arshjul-${data.year}.${kind}`
  if (kind === 'svg') return { fileName, mimeType: 'image/svg+xml', content: svg, encoding: 'utf8' }
  return { fileName, mimeType: 'image/png', content: wheelPng(svg, exportSize).toString('base64'), encoding: 'base64' }
}
