import { Resvg } from '@resvg/resvg-js'

/**
 * Renders the wheel's SVG (from `wheelSvg`) to a PNG `width` px wide, for Word documents, which
 * cannot be trusted with SVG. System fonts are loaded so Segoe UI is used on Windows; DejaVu Sans
 * is the fallback that exists on Linux and draws æ, ø and å.
 */
export function wheelPng(svg: string, width: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(width) },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  })
  return resvg.render().asPng()
}
