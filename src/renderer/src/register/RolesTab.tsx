import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  tokens,
  Tooltip,
} from '@fluentui/react-components'
import { AddRegular, BriefcaseRegular, DismissRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDate, localIsoDate } from '../../../shared/dates'
import type { Holding, Role } from '../../../shared/register'
import { isValidIsoDate } from '../../../shared/schema-kit'
import { roleKinds, type RoleKind } from '../../../shared/vocabulary'
import { ApiFailure, useApiMutation, useApiQuery } from '../api/hooks'
import { ConfirmDialog } from '../kit/ConfirmDialog'
import { DetailPane, DetailSection } from '../kit/DetailPane'
import { EntityPicker } from '../kit/EntityPicker'
import { FieldGrid, FormDialog } from '../kit/FormDialog'
import { useForm } from '../kit/use-form'
import { HoldingList, MembershipList } from './relations'
import { RegisterTab, type Editing } from './RegisterTab'
import { useOrganisationOptions, usePeopleOptions } from './options'

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3 },
  filter: { width: '220px' },
  holderOn: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  dateInput: { width: '170px' },
})

/**
 * Ids start at 1. The input types have no room for "not chosen yet", so the forms hold 0 until
 * a choice is made and say "… må fylles ut." themselves (the schema would say "minst 1").
 */
const notChosen = 0

interface CodeDropdownProps<C extends string> {
  label: string
  codes: readonly C[]
  labelOf: (code: C) => string
  value: C | null
  onChange: (code: C | null) => void
  /** Offers a first choice meaning "no filter" (null). */
  allLabel?: string
  required?: boolean
  validationMessage?: string
  className?: string
  autoFocus?: boolean
}

/** A choice among vocabulary codes (role kinds, organisation kinds), shown by their labels. */
export function CodeDropdown<C extends string>(props: CodeDropdownProps<C>) {
  const { label, codes, labelOf, value, onChange, allLabel } = props
  return (
    <Field label={label} required={props.required} validationMessage={props.validationMessage} className={props.className}>
      <Dropdown
        autoFocus={props.autoFocus}
        value={value === null ? (allLabel ?? '') : labelOf(value)}
        selectedOptions={[value ?? '']}
        onOptionSelect={(_, d) => onChange(codes.find((c) => c === d.optionValue) ?? null)}
      >
        {allLabel !== undefined && <Option value="">{allLabel}</Option>}
        {codes.map((code) => (
          <Option key={code} value={code}>
            {labelOf(code)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  )
}

export function RolesTab() {
  const { t } = useTranslation()
  const styles = useStyles()
  const [search, setSearch] = useState('')
  const [kind, setKind] = useState<RoleKind | null>(null)
  const [organisationId, setOrganisationId] = useState<number | null>(null)
  const organisations = useOrganisationOptions()
  const list = useApiQuery('roles.list', { search, kind: kind ?? undefined, organisationId: organisationId ?? undefined })
  const all = useApiQuery('roles.list', {})
  const kindLabel = (code: RoleKind) => t(`vocabulary.roleKind.${code}`)

  return (
    <RegisterTab<Role>
      label={t('register.tabs.roles')}
      newLabel={t('register.roles.new')}
      emptyTitle={t('register.roles.empty')}
      emptyBody={t('register.roles.emptyBody')}
      emptyIcon={<BriefcaseRegular />}
      rows={list.data}
      total={all.data?.length}
      search={search}
      onSearch={setSearch}
      filtered={kind !== null || organisationId !== null}
      onClearFilters={() => {
        setKind(null)
        setOrganisationId(null)
      }}
      filters={
        <>
          <CodeDropdown
            className={styles.filter}
            label={t('register.filterKind')}
            codes={roleKinds}
            labelOf={kindLabel}
            value={kind}
            onChange={setKind}
            allLabel={t('app.all')}
          />
          <div style={{ width: 240 }}>
            <EntityPicker
              label={t('register.filterOrganisation')}
              value={organisationId}
              options={organisations}
              onChange={setOrganisationId}
              placeholder={t('app.all')}
            />
          </div>
        </>
      }
      columns={[
        { key: 'title', header: t('columns.role'), render: (r) => r.title, width: '22%' },
        { key: 'org', header: t('columns.organisation'), render: (r) => r.organisationName },
        { key: 'kind', header: t('columns.kind'), render: (r) => kindLabel(r.kind), width: '16%' },
        {
          key: 'holder',
          header: t('columns.holder'),
          render: (r) =>
            r.holders.length > 0 ? (
              r.holders.map((h) => h.name).join(', ')
            ) : (
              <span className={styles.muted}>{t('register.roles.vacant')}</span>
            ),
        },
        {
          key: 'since',
          header: t('columns.since'),
          render: (r) => (r.holders.length === 1 ? formatDate(r.holders[0].fromDate) : ''),
          width: '100px',
        },
      ]}
      nameOf={(r) => `${r.title}, ${r.organisationName}`}
      deleteOperation="roles.delete"
      detail={(role, actions) => <RoleDetail role={role} onEdit={actions.edit} onDelete={actions.remove} />}
      form={(editing) => <RoleForm editing={editing} defaults={{ kind, organisationId }} />}
    />
  )
}

function RoleDetail({ role, onEdit, onDelete }: { role: Role; onEdit: () => void; onDelete: () => void }) {
  const { t } = useTranslation()
  const detail = useApiQuery('roles.get', { id: role.id })
  const [assigning, setAssigning] = useState(false)
  const [removing, setRemoving] = useState<Holding | null>(null)
  const remove = useApiMutation('roles.removeHolding')
  const subtitle = [t(`vocabulary.roleKind.${role.kind}`), role.seats > 1 ? `${t('fields.seats')}: ${role.seats}` : '']
    .filter(Boolean)
    .join(' · ')
  const period = (h: Holding) =>
    h.toDate
      ? t('app.fromTo', { from: formatDate(h.fromDate), to: formatDate(h.toDate) })
      : t('app.fromOnly', { from: formatDate(h.fromDate) })

  return (
    <DetailPane title={`${role.title}, ${role.organisationName}`} subtitle={subtitle} onEdit={onEdit} onDelete={onDelete}>
      <HoldingList
        title={t('register.roles.holders')}
        empty={t('register.roles.noHolders')}
        holdings={detail.data?.holdings}
        show="person"
        action={
          <Button size="small" appearance="subtle" icon={<AddRegular />} onClick={() => setAssigning(true)}>
            {t('register.roles.assign')}
          </Button>
        }
        extra={(h) => (
          <Tooltip content={t('register.roles.removeHolding')} relationship="label">
            <Button
              size="small"
              appearance="subtle"
              icon={<DismissRegular />}
              onClick={() => {
                remove.reset()
                setRemoving(h)
              }}
            />
          </Tooltip>
        )}
      />
      <HolderOnDate roleId={role.id} />
      <MembershipList
        title={t('register.roles.memberships')}
        empty={t('register.people.noMemberships')}
        memberships={detail.data?.memberships}
        show="body"
      />
      {assigning && <AssignHolderForm role={role} onClose={() => setAssigning(false)} />}
      <ConfirmDialog
        open={removing !== null}
        title={t('register.deleteTitle', { name: removing ? `${removing.personName} (${period(removing)})` : '' })}
        confirmLabel={t('register.roles.removeHolding')}
        error={remove.error instanceof ApiFailure ? remove.error.message : null}
        busy={remove.isPending}
        onClose={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate({ id: removing.id }, { onSuccess: () => setRemoving(null) })}
      >
        {t('register.deleteBody')}
      </ConfirmDialog>
    </DetailPane>
  )
}

/** "Who held this role on …": the question an invitation list or old minutes raise. */
function HolderOnDate({ roleId }: { roleId: number }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const [date, setDate] = useState(localIsoDate())
  const valid = isValidIsoDate(date)
  const holders = useApiQuery('roles.holdersOn', { roleId, date }, valid)
  const names = holders.data?.map((h) => h.personName).join(', ')
  return (
    <DetailSection title={t('register.roles.holderOn')}>
      <div className={styles.holderOn}>
        <Input
          className={styles.dateInput}
          type="date"
          size="small"
          aria-label={t('fields.date')}
          value={date}
          onChange={(_, d) => setDate(d.value)}
        />
        {valid && names !== undefined && (
          <Caption1 aria-live="polite">
            {names
              ? t('register.roles.holderOnResult', { date: formatDate(date), name: names })
              : t('register.roles.holderOnNone', { date: formatDate(date) })}
          </Caption1>
        )}
      </div>
    </DetailSection>
  )
}

function AssignHolderForm({ role, onClose }: { role: Role; onClose: () => void }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const people = usePeopleOptions()
  const form = useForm('roles.assignHolder', { roleId: role.id, personId: notChosen, fromDate: localIsoDate(), toDate: null })
  const { values, set, fieldError } = form
  const [personMissing, setPersonMissing] = useState(false)

  async function submit() {
    if (values.personId === notChosen) setPersonMissing(true)
    else if (await form.submit()) onClose()
  }

  return (
    <FormDialog
      open
      title={t('register.roles.assignTitle', { role: `${role.title}, ${role.organisationName}` })}
      onClose={onClose}
      onSubmit={() => void submit()}
      error={form.error}
      busy={form.busy}
    >
      <EntityPicker
        label={t('fields.personId')}
        required
        value={values.personId === notChosen ? null : values.personId}
        options={people}
        onChange={(id) => {
          set('personId', id ?? notChosen)
          setPersonMissing(false)
        }}
        validationMessage={
          personMissing ? t('validation.required', { field: t('fields.personId') }) : fieldError('personId')
        }
      />
      <FieldGrid>
        <Field label={t('fields.fromDate')} required validationMessage={fieldError('fromDate')}>
          <Input type="date" value={values.fromDate} onChange={(_, d) => set('fromDate', d.value)} />
        </Field>
        <Field label={t('fields.toDate')} validationMessage={fieldError('toDate')}>
          <Input type="date" value={values.toDate ?? ''} onChange={(_, d) => set('toDate', d.value || null)} />
        </Field>
      </FieldGrid>
      {/* Only a one-seat role has a "previous holder" whose period is closed. */}
      {role.seats === 1 && <Caption1 className={styles.muted}>{t('register.roles.assignHint')}</Caption1>}
    </FormDialog>
  )
}

function RoleForm({
  editing,
  defaults,
}: {
  editing: Editing<Role>
  /** The list's filters, so "Nytt verv" while viewing one organisation starts there. */
  defaults: { kind: RoleKind | null; organisationId: number | null }
}) {
  const { t } = useTranslation()
  const organisations = useOrganisationOptions()
  const r = editing.row
  const form = useForm('roles.save', {
    ...(r ? { id: r.id } : {}),
    title: r?.title ?? '',
    kind: r?.kind ?? defaults.kind ?? 'annet',
    organisationId: r?.organisationId ?? defaults.organisationId ?? notChosen,
    seats: r?.seats ?? 1,
  })
  const { values, set, fieldError } = form
  const [organisationMissing, setOrganisationMissing] = useState(false)
  // Kept as typed so the field can be empty while the user retypes it.
  const [seatsText, setSeatsText] = useState(String(values.seats ?? 1))
  const kindLabel = (code: RoleKind) => t(`vocabulary.roleKind.${code}`)

  function changeKind(kind: RoleKind | null) {
    if (kind === null) return
    // The title follows the kind until the user writes one of their own.
    const title = values.title.trim()
    if (title === '' || title === kindLabel(values.kind)) set('title', kindLabel(kind))
    set('kind', kind)
  }

  async function submit() {
    if (values.organisationId === notChosen) setOrganisationMissing(true)
    else if (await form.submit()) editing.close()
  }

  return (
    <FormDialog
      open
      title={r ? t('register.roles.editTitle') : t('register.roles.newTitle')}
      onClose={editing.close}
      onSubmit={() => void submit()}
      error={form.error}
      busy={form.busy}
    >
      <FieldGrid>
        <CodeDropdown
          autoFocus
          label={t('fields.kind')}
          required
          codes={roleKinds}
          labelOf={kindLabel}
          value={values.kind}
          onChange={changeKind}
          validationMessage={fieldError('kind')}
        />
        <EntityPicker
          label={t('fields.organisationId')}
          required
          value={values.organisationId === notChosen ? null : values.organisationId}
          options={organisations}
          onChange={(id) => {
            set('organisationId', id ?? notChosen)
            setOrganisationMissing(false)
          }}
          validationMessage={
            organisationMissing
              ? t('validation.required', { field: t('fields.organisationId') })
              : fieldError('organisationId')
          }
        />
      </FieldGrid>
      <Field label={t('fields.title')} required validationMessage={fieldError('title')}>
        <Input value={values.title} onChange={(_, d) => set('title', d.value)} />
      </Field>
      <Field label={t('fields.seats')} validationMessage={fieldError('seats')} style={{ maxWidth: 160 }}>
        <Input
          type="number"
          min={1}
          max={99}
          step={1}
          value={seatsText}
          onChange={(_, d) => {
            setSeatsText(d.value)
            set('seats', d.value.trim() === '' ? 0 : Number(d.value))
          }}
        />
      </Field>
    </FormDialog>
  )
}
