import {
  Button,
  Field,
  Input,
  makeStyles,
  Menu,
  MenuButton,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  Toolbar,
  ToolbarButton,
  ToolbarDivider,
  ToolbarToggleButton,
  tokens,
  Tooltip,
} from '@fluentui/react-components'
import {
  LinkRegular,
  TableAddRegular,
  TableDeleteColumnRegular,
  TableDeleteRowRegular,
  TableDismissRegular,
  TableStackAboveRegular,
  TableStackBelowRegular,
  TableStackLeftRegular,
  TableStackRightRegular,
  TextBoldRegular,
  TextBulletListLtrRegular,
  TextIndentDecreaseLtrRegular,
  TextIndentIncreaseLtrRegular,
  TextItalicRegular,
  TextNumberListLtrRegular,
  TextUnderlineRegular,
} from '@fluentui/react-icons'
import { useEditorState, type Editor } from '@tiptap/react'
import { useState, type FormEvent, type KeyboardEvent, type MouseEvent, type ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { normalizeHref } from './extensions'

const useStyles = makeStyles({
  toolbar: { flexWrap: 'wrap', columnGap: '2px', padding: `2px ${tokens.spacingHorizontalXS}` },
  blockButton: { minWidth: '128px', justifyContent: 'space-between', fontWeight: tokens.fontWeightRegular },
  heading1: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  heading2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  heading3: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  linkForm: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, width: '340px' },
  linkActions: { display: 'flex', justifyContent: 'flex-end', gap: tokens.spacingHorizontalS },
})

type Block = 'paragraph' | 'heading1' | 'heading2' | 'heading3'
const blocks: Block[] = ['paragraph', 'heading1', 'heading2', 'heading3']
const levels = { heading1: 1, heading2: 2, heading3: 3 } as const

/**
 * Shortcuts in `aria-keyshortcuts` form; tooltips show them with "Ctrl". Headings have TipTap's
 * Ctrl+Alt+digit too, but on a Norwegian Windows keyboard that is AltGr (@, £, $), so it is not offered.
 */
const keys = {
  bold: 'Control+B',
  italic: 'Control+I',
  underline: 'Control+U',
  bulletList: 'Control+Shift+8',
  orderedList: 'Control+Shift+7',
  indent: 'Tab',
  outdent: 'Shift+Tab',
  link: 'Control+K',
} as const

const shown = (combo: string) => combo.replace('Control', 'Ctrl')

/** What the toolbar shows: read after every transaction, re-rendered only when it changes. */
function snapshot(editor: Editor) {
  const block: Block | null = editor.isActive('paragraph')
    ? 'paragraph'
    : editor.isActive('heading', { level: 1 })
      ? 'heading1'
      : editor.isActive('heading', { level: 2 })
        ? 'heading2'
        : editor.isActive('heading', { level: 3 })
          ? 'heading3'
          : null
  const active = (['bold', 'italic', 'underline', 'bulletList', 'orderedList', 'link'] as const).filter((name) =>
    editor.isActive(name),
  )
  return {
    block,
    active: active as string[],
    inTable: editor.isActive('table'),
    canIndent: editor.can().sinkListItem('listItem'),
    canOutdent: editor.can().liftListItem('listItem'),
  }
}

interface Props {
  /** The editor's name: each section's toolbar is named after it ("Formatering – Saksopplysninger"). */
  label: string
  editor: Editor
  /** The link popover is opened from here or by Ctrl+K in the text, so its state lives above. */
  linkOpen: boolean
  onLinkOpenChange: (open: boolean) => void
}

/** The formatting toolbar above the case editor. */
export function EditorToolbar({ editor, label, linkOpen, onLinkOpenChange }: Props) {
  const styles = useStyles()
  const { t } = useTranslation()
  const state = useEditorState({ editor, selector: ({ editor: current }) => snapshot(current) })
  const run = () => editor.chain().focus()

  const blockLabel = (block: Block) => t(`editor.block.${block}`)
  const applyBlock = (block: Block) => {
    if (block === 'paragraph') run().setParagraph().run()
    else run().setHeading({ level: levels[block] }).run()
  }

  // A tooltip names the button and its shortcut; the name itself is the button's aria-label.
  const tip = (label: string, combo: string | undefined, button: ReactElement) => (
    <Tooltip
      content={combo ? t('editor.withShortcut', { label, shortcut: shown(combo) }) : label}
      relationship="inaccessible"
    >
      {button}
    </Tooltip>
  )
  const toggle = (name: keyof typeof keys, icon: ReactElement, onClick?: () => void) => {
    const label = t(`editor.${name === 'link' ? 'link.button' : name}`)
    return tip(
      label,
      keys[name],
      <ToolbarToggleButton
        name="format"
        value={name}
        icon={icon}
        aria-label={label}
        aria-keyshortcuts={keys[name]}
        onClick={onClick}
      />,
    )
  }
  const action = (label: string, icon: ReactElement, onClick: () => void, disabled = false, combo?: string) =>
    tip(
      label,
      combo,
      <ToolbarButton
        icon={icon}
        aria-label={label}
        aria-keyshortcuts={combo}
        disabledFocusable={disabled}
        onClick={onClick}
      />,
    )

  // Mouse clicks leave the caret and selection in the text; keyboard users move focus themselves.
  const keepFocus = (event: MouseEvent<HTMLDivElement>) => {
    if (event.currentTarget.contains(event.target as Node) && (event.target as Element).closest('button'))
      event.preventDefault()
  }
  // Esc goes back to the text (Alt+F10 comes here); menus and popovers handle their own Esc first.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && event.currentTarget.contains(event.target as Node)) {
      event.preventDefault()
      editor.commands.focus()
    }
  }

  const setLinkOpen = (open: boolean) => {
    onLinkOpenChange(open)
    if (!open) editor.commands.focus()
  }

  return (
    <Toolbar
      aria-label={t('editor.toolbarOf', { label })}
      size="small"
      className={styles.toolbar}
      checkedValues={{ format: state.active }}
      onMouseDown={keepFocus}
      onKeyDown={onKeyDown}
    >
      <Menu
        checkedValues={{ block: state.block ? [state.block] : [] }}
        onCheckedValueChange={(_, data) => applyBlock(data.checkedItems[0] as Block)}
      >
        <MenuTrigger disableButtonEnhancement>
          <MenuButton
            appearance="subtle"
            size="small"
            className={styles.blockButton}
            aria-label={
              state.block ? t('editor.block.button', { style: blockLabel(state.block) }) : t('editor.block.label')
            }
          >
            {state.block ? blockLabel(state.block) : t('editor.block.label')}
          </MenuButton>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {blocks.map((block) => (
              <MenuItemRadio
                key={block}
                name="block"
                value={block}
                className={block === 'paragraph' ? undefined : styles[block]}
              >
                {blockLabel(block)}
              </MenuItemRadio>
            ))}
          </MenuList>
        </MenuPopover>
      </Menu>
      <ToolbarDivider />
      {toggle('bold', <TextBoldRegular />, () => run().toggleBold().run())}
      {toggle('italic', <TextItalicRegular />, () => run().toggleItalic().run())}
      {toggle('underline', <TextUnderlineRegular />, () => run().toggleUnderline().run())}
      <ToolbarDivider />
      {toggle('bulletList', <TextBulletListLtrRegular />, () => run().toggleBulletList().run())}
      {toggle('orderedList', <TextNumberListLtrRegular />, () => run().toggleOrderedList().run())}
      {action(
        t('editor.outdent'),
        <TextIndentDecreaseLtrRegular />,
        () => run().liftListItem('listItem').run(),
        !state.canOutdent,
        keys.outdent,
      )}
      {action(
        t('editor.indent'),
        <TextIndentIncreaseLtrRegular />,
        () => run().sinkListItem('listItem').run(),
        !state.canIndent,
        keys.indent,
      )}
      <ToolbarDivider />
      <Popover
        open={linkOpen}
        onOpenChange={(_, data) => setLinkOpen(data.open)}
        trapFocus
        withArrow
        positioning="below-start"
      >
        <PopoverTrigger disableButtonEnhancement>{toggle('link', <LinkRegular />)}</PopoverTrigger>
        <PopoverSurface aria-label={t('editor.link.title')}>
          <LinkForm editor={editor} onDone={() => setLinkOpen(false)} />
        </PopoverSurface>
      </Popover>
      {action(
        t('editor.table.insert'),
        <TableAddRegular />,
        () => run().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
        state.inTable,
      )}
      {state.inTable && (
        <>
          <ToolbarDivider />
          {action(t('editor.table.rowAbove'), <TableStackAboveRegular />, () => run().addRowBefore().run())}
          {action(t('editor.table.rowBelow'), <TableStackBelowRegular />, () => run().addRowAfter().run())}
          {action(t('editor.table.columnBefore'), <TableStackLeftRegular />, () => run().addColumnBefore().run())}
          {action(t('editor.table.columnAfter'), <TableStackRightRegular />, () => run().addColumnAfter().run())}
          {action(t('editor.table.deleteRow'), <TableDeleteRowRegular />, () => run().deleteRow().run())}
          {action(t('editor.table.deleteColumn'), <TableDeleteColumnRegular />, () => run().deleteColumn().run())}
          {action(t('editor.table.deleteTable'), <TableDismissRegular />, () => run().deleteTable().run())}
        </>
      )}
    </Toolbar>
  )
}

/** Sets, changes or removes the link at the caret; with nothing selected the address becomes the text. */
function applyLink(editor: Editor, href: string, typed: string) {
  const chain = editor.chain().focus()
  if (href === '') {
    chain.extendMarkRange('link').unsetLink().run()
  } else if (editor.state.selection.empty && !editor.isActive('link')) {
    const text = href.startsWith('mailto:') ? href.slice('mailto:'.length) : typed
    chain.insertContent({ type: 'text', text, marks: [{ type: 'link', attrs: { href } }] }).run()
  } else {
    chain.extendMarkRange('link').setLink({ href }).run()
  }
}

/** The popover's form; mounted each time the popover opens, so it starts from the current link. */
function LinkForm({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const styles = useStyles()
  const { t } = useTranslation()
  const [address, setAddress] = useState(() => String(editor.getAttributes('link').href ?? ''))
  const [error, setError] = useState<string | null>(null)
  const [hasLink] = useState(() => editor.isActive('link'))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const href = normalizeHref(address)
    if (href === null) {
      setError(t('editor.link.invalid'))
      return
    }
    applyLink(editor, href, address.trim())
    onDone()
  }
  const remove = () => {
    applyLink(editor, '', '')
    onDone()
  }

  return (
    <form className={styles.linkForm} onSubmit={submit} noValidate>
      <Field
        label={t('editor.link.address')}
        validationMessage={error ?? undefined}
        hint={error ? undefined : t('editor.link.hint')}
      >
        <Input
          value={address}
          placeholder={t('editor.link.placeholder')}
          onChange={(_, data) => {
            setAddress(data.value)
            setError(null)
          }}
        />
      </Field>
      <div className={styles.linkActions}>
        {hasLink && <Button onClick={remove}>{t('editor.link.remove')}</Button>}
        <Button onClick={onDone}>{t('editor.link.cancel')}</Button>
        <Button appearance="primary" type="submit">
          {t('editor.link.apply')}
        </Button>
      </div>
    </form>
  )
}
