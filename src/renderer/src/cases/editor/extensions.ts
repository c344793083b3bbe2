import { Extension, generateJSON, type JSONContent } from '@tiptap/core'
import { TableKit } from '@tiptap/extension-table'
import { Plugin } from '@tiptap/pm/state'
import StarterKit from '@tiptap/starter-kit'
import type { RichDoc, RichNode } from '../../../../shared/rich-text'

/** Link targets the app will store: the web and e-mail, nothing that runs or reads local files. */
const allowedSchemes = new Set(['http', 'https', 'mailto'])
const schemePattern = /^([a-z][a-z0-9+.-]*):/i

/** Browsers ignore whitespace and control characters inside a scheme ("java\tscript:"), so do we. */
function visible(text: string): string {
  return Array.from(text)
    .filter((c) => {
      const code = c.codePointAt(0) ?? 0
      return code > 0x20 && (code < 0x7f || code > 0xa0) && !/[\s\u200b-\u200f\u2028-\u202f\ufeff]/u.test(c)
    })
    .join('')
}

const hostPattern = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(:\d+)?([/?#]\S*)?$/u
const emailPattern = /^[^\s@/:]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/u

/**
 * The link's address as it will be stored, or null when it is not one we allow. A bare host
 * ("helse-sorlandet.no/om") becomes https, a bare e-mail address becomes mailto. Empty stays empty.
 */
export function normalizeHref(input: string): string | null {
  const text = input.trim()
  if (text === '') return ''
  const scheme = schemePattern.exec(visible(text))?.[1]?.toLowerCase()
  if (scheme !== undefined && !hostPattern.test(text)) {
    if (!allowedSchemes.has(scheme)) return null
    if (scheme === 'mailto') return /^mailto:\S+$/i.test(text) ? text : null
    if (/\s/.test(text)) return null
    try {
      return new URL(text).hostname ? text : null
    } catch {
      return null
    }
  }
  if (emailPattern.test(text)) return `mailto:${text}`
  if (hostPattern.test(text)) return `https://${text}`
  return null
}

/**
 * The Link extension's gate for autolinked, pasted, parsed and set addresses. Autolink asks about
 * the bare text as typed ("www.vg.no") before adding the default protocol, so bare hosts pass too.
 */
const isAllowedUri = (uri: string | null | undefined) => !!uri && normalizeHref(uri) !== null

/**
 * Tab in a list indents the item; where it cannot (the first item), the key is kept so the
 * caret does not jump out of the editor in the middle of writing a list.
 */
const KeepTabInLists = Extension.create({
  name: 'keepTabInLists',
  priority: 50,
  addKeyboardShortcuts() {
    return {
      Tab: () => this.editor.isActive('listItem'),
      'Shift-Tab': () => this.editor.isActive('listItem'),
    }
  },
})

/**
 * Text typed right after a link is plain text, as in Word. TipTap makes links "inclusive" when
 * autolink is on, so "Se rapporten" + "." would otherwise pull the full stop into the link.
 * Typing inside a link still extends it.
 */
const LinkEndsAtCaret = Extension.create({
  name: 'linkEndsAtCaret',
  priority: 50,
  addProseMirrorPlugins() {
    const link = this.editor.schema.marks.link
    return [
      new Plugin({
        props: {
          handleTextInput(view, from, to, text) {
            if (!link || view.state.storedMarks) return false
            const $from = view.state.doc.resolve(from)
            const before = link.isInSet($from.nodeBefore?.marks ?? [])
            const after = link.isInSet(view.state.doc.resolve(to).nodeAfter?.marks ?? [])
            if (!before || (after && after.eq(before))) return false
            view.dispatch(view.state.tr.insertText(text, from, to).removeMark(from, from + text.length, link))
            return true
          },
        },
      }),
    ]
  },
})

/** The one extension list: the editor and the HTML import read and write the same schema. */
export const extensions = [
  StarterKit.configure({
    // Word documents bring three heading levels worth keeping; deeper ones become level 3 on import.
    heading: { levels: [1, 2, 3] },
    // Not used in case papers, and the Word export need not map them.
    code: false,
    codeBlock: false,
    strike: false,
    horizontalRule: false,
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      // Only http, https and mailto: the gate replaces the extension's longer default list.
      isAllowedUri,
    },
  }),
  // Column widths are left to Word: resizing would store pixel widths that mean little there.
  TableKit.configure({ table: { resizable: false } }),
  KeepTabInLists,
  LinkEndsAtCaret,
]

/** The editor's JSON in the stored shape: always a doc with a content array. */
export function toRichDoc(json: JSONContent): RichDoc {
  return { type: 'doc', content: (json.content ?? []) as RichNode[] }
}

/**
 * Tidies HTML from a Word import before it is parsed: headings below level 3 become level 3,
 * links we do not allow lose their address (the text stays), and allowed ones are normalised.
 */
function tidy(html: string): string {
  const dom = new DOMParser().parseFromString(html, 'text/html')
  for (const deep of Array.from(dom.body.querySelectorAll('h4, h5, h6'))) {
    const h3 = dom.createElement('h3')
    h3.append(...Array.from(deep.childNodes))
    deep.replaceWith(h3)
  }
  for (const anchor of Array.from(dom.body.querySelectorAll('a'))) {
    const href = normalizeHref(anchor.getAttribute('href') ?? '')
    if (href) anchor.setAttribute('href', href)
    else anchor.replaceWith(...Array.from(anchor.childNodes))
  }
  return dom.body.innerHTML
}

/** HTML (from a .docx import or the clipboard) as a stored document, through the editor's own schema. */
export function htmlToDoc(html: string): RichDoc {
  return toRichDoc(generateJSON(tidy(html), extensions) as JSONContent)
}
