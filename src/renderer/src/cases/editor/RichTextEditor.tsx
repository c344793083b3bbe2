import { makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components'
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react'
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react'
import type { RichDoc } from '../../../../shared/rich-text'
import { EditorToolbar } from './EditorToolbar'
import { extensions, toRichDoc } from './extensions'

const useStyles = makeStyles({
  // A thin box like Fluent's Textarea: grey frame, darker bottom edge, brand underline on focus.
  root: {
    position: 'relative',
    display: 'flex',
    flexDirection: 'column',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    ':hover': {
      ...shorthands.borderColor(tokens.colorNeutralStroke1Hover),
      borderBottomColor: tokens.colorNeutralStrokeAccessibleHover,
    },
    // Fluent's own focus mark for text fields: a brand line that grows from the middle of the bottom edge.
    '::after': {
      content: '""',
      position: 'absolute',
      left: '-1px',
      right: '-1px',
      bottom: '-1px',
      height: `max(2px, ${tokens.borderRadiusMedium})`,
      borderBottomLeftRadius: tokens.borderRadiusMedium,
      borderBottomRightRadius: tokens.borderRadiusMedium,
      borderBottom: `2px solid ${tokens.colorCompoundBrandStroke}`,
      clipPath: 'inset(calc(100% - 2px) 0 0 0)',
      transform: 'scaleX(0)',
      transitionProperty: 'transform',
      transitionDuration: tokens.durationUltraFast,
      transitionTimingFunction: tokens.curveAccelerateMid,
      pointerEvents: 'none',
      '@media (prefers-reduced-motion: reduce)': { transitionDuration: '0.01ms' },
    },
    ':focus-within::after': {
      transform: 'scaleX(1)',
      transitionDuration: tokens.durationNormal,
      transitionTimingFunction: tokens.curveDecelerateMid,
    },
  },
  readOnly: {
    ...shorthands.borderColor(tokens.colorNeutralStroke2),
    ':hover': { ...shorthands.borderColor(tokens.colorNeutralStroke2) },
    '::after': { display: 'none' },
    '& .ProseMirror a': { cursor: 'pointer' },
  },
  // Stays in view while a long text scrolls past under it.
  toolbar: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderTopLeftRadius: tokens.borderRadiusMedium,
    borderTopRightRadius: tokens.borderRadiusMedium,
  },
  body: { position: 'relative', flex: 1 },
  placeholder: {
    position: 'absolute',
    top: tokens.spacingVerticalS,
    left: tokens.spacingHorizontalM,
    right: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground4,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    pointerEvents: 'none',
    userSelect: 'none',
  },
  content: {
    '& .ProseMirror': {
      outline: 'none',
      padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
      fontFamily: tokens.fontFamilyBase,
      fontSize: tokens.fontSizeBase300,
      lineHeight: tokens.lineHeightBase300,
      color: tokens.colorNeutralForeground1,
    },
    '& .ProseMirror > :first-child': { marginTop: 0 },
    '& .ProseMirror > :last-child': { marginBottom: 0 },
    '& .ProseMirror p': { margin: `0 0 ${tokens.spacingVerticalS}` },
    '& .ProseMirror h1, & .ProseMirror h2, & .ProseMirror h3': {
      fontWeight: tokens.fontWeightSemibold,
      margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalXS}`,
    },
    '& .ProseMirror h1': { fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600 },
    '& .ProseMirror h2': { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
    '& .ProseMirror h3': { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
    '& .ProseMirror ul, & .ProseMirror ol': {
      margin: `0 0 ${tokens.spacingVerticalS}`,
      paddingLeft: '24px',
    },
    // Nested lists indent one step further and sit tight under their parent item.
    '& .ProseMirror li > ul, & .ProseMirror li > ol': { margin: 0 },
    '& .ProseMirror li > p': { margin: `0 0 ${tokens.spacingVerticalXXS}` },
    '& .ProseMirror ul': { listStyleType: 'disc' },
    '& .ProseMirror ul ul': { listStyleType: 'circle' },
    '& .ProseMirror ul ul ul': { listStyleType: 'square' },
    '& .ProseMirror ol': { listStyleType: 'decimal' },
    '& .ProseMirror ol ol': { listStyleType: 'lower-alpha' },
    '& .ProseMirror ol ol ol': { listStyleType: 'lower-roman' },
    '& .ProseMirror blockquote': {
      margin: `0 0 ${tokens.spacingVerticalS}`,
      paddingLeft: tokens.spacingHorizontalM,
      borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
      color: tokens.colorNeutralForeground2,
    },
    '& .ProseMirror a': { color: tokens.colorBrandForegroundLink, textDecoration: 'underline' },
    '& .ProseMirror .tableWrapper': { overflowX: 'auto', margin: `0 0 ${tokens.spacingVerticalS}` },
    '& .ProseMirror table': { borderCollapse: 'collapse', tableLayout: 'fixed', width: '100%', margin: 0 },
    '& .ProseMirror td, & .ProseMirror th': {
      position: 'relative',
      minWidth: '1em',
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
      verticalAlign: 'top',
      textAlign: 'left',
    },
    '& .ProseMirror th': { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
    '& .ProseMirror td > p, & .ProseMirror th > p': { margin: 0 },
    '& .ProseMirror .selectedCell': { backgroundColor: tokens.colorBrandBackground2 },
  },
})

interface Props {
  value: RichDoc
  onChange: (doc: RichDoc) => void
  /** Names the text area for screen readers and tests; the caller shows its own visible heading. */
  label: string
  readOnly?: boolean
  /** Shown in an empty editor while it can be written in. */
  placeholder?: string
  /** Height of the writing area in pixels before it grows with the text. */
  minHeight?: number
  /** Given to the editable element, for `aria-labelledby`/`aria-describedby` and scrolling to it. */
  id?: string
}

/** The value last given to or sent from the editor; its JSON is taken only when needed. */
interface Seen {
  doc: RichDoc
  json: string | null
}

/** Whether a stored document says the same as the editor holds now. */
function sameContent(editor: Editor, doc: RichDoc): boolean {
  try {
    const incoming = editor.schema.nodeFromJSON(doc)
    const current = editor.state.doc
    if (incoming.eq(current)) return true
    // A stored empty document has no blocks; the editor always holds one empty paragraph.
    return incoming.childCount === 0 && current.childCount === 1 && current.firstChild?.content.size === 0
  } catch {
    return false
  }
}

/**
 * The rich-text editor of the case papers: TipTap with a Fluent toolbar. Every edit calls
 * `onChange` with the whole document (the caller debounces and saves). A `value` whose content
 * differs from what was last given or sent replaces the text without calling `onChange`.
 */
export function RichTextEditor({ value, onChange, label, readOnly = false, placeholder, minHeight = 160, id }: Props) {
  const styles = useStyles()
  const [linkOpen, setLinkOpen] = useState(false)
  const toolbarRef = useRef<HTMLDivElement>(null)
  const seen = useRef<Seen | null>(null)
  // The editor takes its content once; later values go through the effect below.
  const [initialContent] = useState(value)

  // Stable between renders: TipTap re-applies its options whenever one of them changes.
  const editorProps = useMemo(
    () => ({
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        'aria-readonly': String(readOnly),
        ...(placeholder && !readOnly ? { 'aria-placeholder': placeholder } : {}),
        ...(id ? { id } : {}),
        style: `min-height: ${minHeight}px`,
        spellcheck: 'true',
      },
    }),
    [label, readOnly, placeholder, id, minHeight],
  )

  const editor = useEditor({
    extensions,
    content: initialContent,
    editable: !readOnly,
    editorProps,
    onUpdate: ({ editor: current }) => {
      const doc = toRichDoc(current.getJSON())
      seen.current = { doc, json: null }
      onChange(doc)
    },
  })

  useEffect(() => {
    if (editor.isEditable !== !readOnly) editor.setEditable(!readOnly, false)
  }, [editor, readOnly])

  // A new value from outside (an import, another case) replaces the text; echoes of our own
  // edits and re-renders with equal content do not, so the caret and undo history stay put.
  useEffect(() => {
    const last = seen.current
    if (last?.doc === value) return
    const json = JSON.stringify(value)
    seen.current = { doc: value, json }
    if (last && (last.json ?? JSON.stringify(last.doc)) === json) return
    if (editor.isDestroyed || sameContent(editor, value)) return
    editor.commands.setContent(value, { emitUpdate: false })
  }, [editor, value])

  const isEmpty = useEditorState({ editor, selector: ({ editor: current }) => current.isEmpty })

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys typed in the link popover bubble here through the React tree; they are not ours.
    if (!event.currentTarget.contains(event.target as Node)) return
    const mod = event.ctrlKey || event.metaKey
    if (mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'k' && !readOnly) {
      event.preventDefault()
      setLinkOpen(true)
    } else if (event.altKey && event.key === 'F10' && !readOnly) {
      // The usual way from the text to its toolbar; Esc in the toolbar comes back.
      event.preventDefault()
      toolbarRef.current?.querySelector<HTMLElement>('button')?.focus()
    }
  }

  // Ctrl+click opens a link while writing; a read-only text opens it on a plain click (target _blank).
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (readOnly || !(event.ctrlKey || event.metaKey)) return
    const anchor = (event.target as Element).closest?.('a[href]')
    if (!anchor) return
    event.preventDefault()
    window.open(anchor.getAttribute('href') ?? '', '_blank', 'noopener')
  }

  return (
    <div className={mergeClasses(styles.root, readOnly && styles.readOnly)} onKeyDown={onKeyDown} onClick={onClick}>
      {!readOnly && (
        <div className={styles.toolbar} ref={toolbarRef}>
          <EditorToolbar editor={editor} label={label} linkOpen={linkOpen} onLinkOpenChange={setLinkOpen} />
        </div>
      )}
      <div className={styles.body}>
        {isEmpty && placeholder && !readOnly && (
          <div className={styles.placeholder} aria-hidden="true">
            {placeholder}
          </div>
        )}
        <EditorContent editor={editor} className={styles.content} />
      </div>
    </div>
  )
}
