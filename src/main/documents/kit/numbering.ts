import { AlignmentType, LevelFormat, type ILevelsOptions, type NumberingDefinition } from 'docx'

/**
 * Lists as Word numbers them: one bullet and one decimal definition with real levels, and a
 * fresh numbering instance for every list, so each numbered list counts from its own start and
 * a second list never carries on from the first.
 */

/** How far each level's text is indented, in twips; the number hangs in the space before (level 0's at the margin). */
const hanging = 357
export const listIndent = (level: number) => hanging * (level + 1)
export const maxListLevel = 8

const bulletChars = ['•', '–', '▪']
const orderedFormats: { format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: (n: number) => string }[] = [
  { format: LevelFormat.DECIMAL, text: (n) => `%${n}.` },
  { format: LevelFormat.LOWER_LETTER, text: (n) => `%${n})` },
  { format: LevelFormat.LOWER_ROMAN, text: (n) => `%${n}.` },
]

const levelStyle = (level: number) => ({
  paragraph: { indent: { left: listIndent(level), hanging } },
})

const bulletLevels: ILevelsOptions[] = Array.from({ length: maxListLevel + 1 }, (_, level) => ({
  level,
  format: LevelFormat.BULLET,
  text: bulletChars[level % bulletChars.length],
  alignment: AlignmentType.LEFT,
  style: levelStyle(level),
}))

const orderedLevels = (start: number): ILevelsOptions[] =>
  Array.from({ length: maxListLevel + 1 }, (_, level) => {
    const f = orderedFormats[level % orderedFormats.length]
    return {
      level,
      format: f.format,
      text: f.text(level + 1),
      alignment: AlignmentType.LEFT,
      start: level === 0 ? start : 1,
      style: levelStyle(level),
    }
  })

export const bulletDefinition: NumberingDefinition = { reference: 'kit-bullet', levels: bulletLevels }

const orderedDefinitions = new Map<number, NumberingDefinition>()

/** "1." / "a)" / "i.", starting at `start` on the first level. */
export function orderedDefinition(start = 1): NumberingDefinition {
  const from = Number.isInteger(start) && start >= 0 && start <= 32767 ? start : 1
  let found = orderedDefinitions.get(from)
  if (!found) {
    found = { reference: from === 1 ? 'kit-ordered' : `kit-ordered-from-${from}`, levels: orderedLevels(from) }
    orderedDefinitions.set(from, found)
  }
  return found
}

/** What a paragraph in a list gives docx: `new Paragraph({ numbering: list.at(level) })`. */
export interface ListRef {
  reference: NumberingDefinition
  instance: number
  at: (level: number) => { reference: NumberingDefinition; instance: number; level: number }
}

/** Hands out one numbering instance per list. Make one per document. */
export interface ListAllocator {
  bullet: () => ListRef
  ordered: (start?: number) => ListRef
}

export function listAllocator(): ListAllocator {
  let next = 0
  const make = (reference: NumberingDefinition): ListRef => {
    const instance = next++
    return {
      reference,
      instance,
      at: (level) => ({ reference, instance, level: Math.max(0, Math.min(maxListLevel, level)) }),
    }
  }
  return { bullet: () => make(bulletDefinition), ordered: (start = 1) => make(orderedDefinition(start)) }
}
