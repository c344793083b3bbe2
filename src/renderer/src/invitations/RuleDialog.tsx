import { Dropdown, Field, Option, Radio, RadioGroup } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { OwnerField } from './OwnerField'
import { invitationRuleKinds } from '../../../shared/invitations'
import { organisationKinds, roleKinds } from '../../../shared/vocabulary'
import { CodeDropdown } from '../kit/CodeDropdown'
import { EntityPicker } from '../kit/EntityPicker'
import { FieldGrid, FormDialog } from '../kit/FormDialog'
import { TextField } from '../kit/TextField'
import { useForm } from '../kit/use-form'
import { useBodyOptions, useOrganisationOptions, usePeopleOptions, useRegionOptions } from '../register/options'

export interface RuleOwner {
  bodyId: number
  bodyShortCode: string
  meetingId: number
}

interface Props {
  owner: RuleOwner
  /** Who the rule is for at first: the body's standing rules, or this meeting only. */
  initialOrigin: 'body' | 'meeting'
  onClose: () => void
}

/** A new rule of who is invited: a body's members, everyone with certain roles (within limits), or a named person. */
export function RuleDialog({ owner, initialOrigin, onClose }: Props) {
  const { t } = useTranslation()
  const bodies = useBodyOptions()
  const organisations = useOrganisationOptions()
  const regions = useRegionOptions()
  const people = usePeopleOptions()
  const form = useForm('invitationRules.save', {
    bodyId: initialOrigin === 'body' ? owner.bodyId : null,
    meetingId: initialOrigin === 'meeting' ? owner.meetingId : null,
    kind: 'roles',
    label: '',
    memberBodyId: null,
    roleKinds: [],
    roleId: null,
    organisationId: null,
    organisationKind: null,
    regionId: null,
    personId: null,
  })
  const v = form.values
  const kind = v.kind ?? 'roles'
  const chosenKinds = v.roleKinds ?? []
  const roleKindLabel = (k: (typeof roleKinds)[number]) => t(`vocabulary.roleKind.${k}`)

  return (
    <FormDialog
      title={t('invitations.rules.newTitle')}
      onClose={onClose}
      onSubmit={() => form.submit()}
      error={form.error}
      busy={form.busy}
    >
      <OwnerField
        owner={owner}
        bodyId={v.bodyId ?? null}
        onChange={(bodyId, meetingId) => {
          form.set('bodyId', bodyId)
          form.set('meetingId', meetingId)
        }}
      />
      <Field label={t('invitations.rules.kind')}>
        <RadioGroup
          layout="horizontal"
          value={kind}
          onChange={(_, d) => form.set('kind', invitationRuleKinds.find((k) => k === d.value) ?? 'roles')}
        >
          {invitationRuleKinds.map((k) => (
            <Radio key={k} value={k} label={t(`invitations.rules.kinds.${k}`)} />
          ))}
        </RadioGroup>
      </Field>
      {kind === 'members' && (
        <EntityPicker
          label={t('invitations.rules.memberBodyId')}
          options={bodies}
          value={v.memberBodyId}
          onChange={(id) => form.set('memberBodyId', id)}
          placeholder={t('invitations.rules.memberBodyHint')}
          validationMessage={form.fieldError('memberBodyId')}
        />
      )}
      {kind === 'roles' && (
        <>
          <Field label={t('invitations.rules.roleKinds')} required validationMessage={form.fieldError('roleKinds')}>
            <Dropdown
              multiselect
              placeholder={t('invitations.rules.roleKindsPlaceholder')}
              value={chosenKinds.map(roleKindLabel).join(', ')}
              selectedOptions={chosenKinds}
              onOptionSelect={(_, d) =>
                form.set(
                  'roleKinds',
                  roleKinds.filter((k) => d.selectedOptions.includes(k)),
                )
              }
            >
              {roleKinds.map((k) => (
                <Option key={k} value={k}>
                  {roleKindLabel(k)}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <FieldGrid>
            <CodeDropdown
              label={t('invitations.rules.organisationKind')}
              codes={organisationKinds}
              labelOf={(k) => t(`vocabulary.organisationKind.${k}`)}
              allLabel={t('invitations.rules.anyKind')}
              value={v.organisationKind ?? null}
              onChange={(k) => form.set('organisationKind', k)}
              validationMessage={form.fieldError('organisationKind')}
            />
            <EntityPicker
              label={t('invitations.rules.regionId')}
              options={regions}
              value={v.regionId}
              onChange={(id) => form.set('regionId', id)}
              placeholder={t('app.all')}
              validationMessage={form.fieldError('regionId')}
            />
          </FieldGrid>
          <EntityPicker
            label={t('invitations.rules.organisationId')}
            options={organisations}
            value={v.organisationId}
            onChange={(id) => form.set('organisationId', id)}
            placeholder={t('app.all')}
            validationMessage={form.fieldError('organisationId')}
          />
        </>
      )}
      {kind === 'person' && (
        <EntityPicker
          label={t('invitations.rules.personId')}
          required
          options={people}
          value={v.personId}
          onChange={(id) => form.set('personId', id)}
          validationMessage={form.fieldError('personId')}
        />
      )}
      <TextField
        label={t('invitations.rules.label')}
        hint={t('invitations.rules.labelHint')}
        {...form.bind('label')}
        value={v.label ?? ''}
      />
    </FormDialog>
  )
}
