import { Field, Radio, RadioGroup } from '@fluentui/react-components'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { OwnerField } from './OwnerField'
import { substituteRuleKinds } from '../../../shared/invitations'
import { roleKinds } from '../../../shared/vocabulary'
import { CodeDropdown } from '../kit/CodeDropdown'
import { EntityPicker } from '../kit/EntityPicker'
import { FieldGrid, FormDialog } from '../kit/FormDialog'
import { NumberField } from '../kit/NumberField'
import { TextField } from '../kit/TextField'
import { useForm } from '../kit/use-form'
import { useOrganisationOptions, usePeopleOptions } from '../register/options'
import type { RuleOwner } from './RuleDialog'

/**
 * "If the kommunedirektør cannot come, the kommunalsjef comes instead" (a role in the same
 * organisation, or a named person), or "each ordfører may bring one": +N per role kind.
 */
export function SubstituteRuleDialog({ owner, onClose }: { owner: RuleOwner; onClose: () => void }) {
  const { t } = useTranslation()
  const organisations = useOrganisationOptions()
  const people = usePeopleOptions()
  const [by, setBy] = useState<'role' | 'person'>('role')
  const form = useForm('substituteRules.save', {
    bodyId: owner.bodyId,
    meetingId: null,
    kind: 'roleSubstitute',
    label: '',
    roleKind: 'kommunedirektor',
    organisationId: null,
    substituteRoleKind: 'kommunalsjef',
    substitutePersonId: null,
    companions: 0,
  })
  const v = form.values
  const kind = v.kind ?? 'roleSubstitute'
  const roleLabel = (k: (typeof roleKinds)[number]) => t(`vocabulary.roleKind.${k}`)

  const chooseKind = (next: (typeof substituteRuleKinds)[number]) => {
    form.set('kind', next)
    if (next === 'companion') {
      form.set('roleKind', 'ordforer')
      form.set('companions', 1)
      form.set('substituteRoleKind', null)
      form.set('substitutePersonId', null)
    } else {
      form.set('roleKind', 'kommunedirektor')
      form.set('companions', 0)
      form.set('substituteRoleKind', by === 'role' ? 'kommunalsjef' : null)
    }
  }
  const chooseBy = (next: 'role' | 'person') => {
    setBy(next)
    form.set('substituteRoleKind', next === 'role' ? 'kommunalsjef' : null)
    form.set('substitutePersonId', null)
  }

  return (
    <FormDialog
      title={t('invitations.rules.newSubstituteTitle')}
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
      <Field label={t('invitations.rules.substituteKind')}>
        <RadioGroup
          layout="horizontal"
          value={kind}
          onChange={(_, d) => chooseKind(substituteRuleKinds.find((k) => k === d.value) ?? 'roleSubstitute')}
        >
          {substituteRuleKinds.map((k) => (
            <Radio key={k} value={k} label={t(`invitations.rules.substituteKinds.${k}`)} />
          ))}
        </RadioGroup>
      </Field>
      <FieldGrid>
        <CodeDropdown
          label={kind === 'companion' ? t('invitations.rules.companionRoleKind') : t('invitations.rules.roleKind')}
          required
          codes={roleKinds}
          labelOf={roleLabel}
          value={v.roleKind ?? null}
          onChange={(k) => k && form.set('roleKind', k)}
          validationMessage={form.fieldError('roleKind')}
        />
        {kind === 'companion' ? (
          <NumberField
            label={t('invitations.rules.companions')}
            required
            min={1}
            max={10}
            value={v.companions}
            onChange={(n) => form.set('companions', n ?? 0)}
            validationMessage={form.fieldError('companions')}
          />
        ) : (
          <EntityPicker
            label={t('invitations.rules.ruleOrganisation')}
            options={organisations}
            value={v.organisationId}
            onChange={(id) => form.set('organisationId', id)}
            placeholder={t('app.all')}
            validationMessage={form.fieldError('organisationId')}
          />
        )}
      </FieldGrid>
      {kind === 'roleSubstitute' && (
        <>
          <Field label={t('invitations.rules.substituteBy')}>
            <RadioGroup
              layout="horizontal"
              value={by}
              onChange={(_, d) => chooseBy(d.value === 'person' ? 'person' : 'role')}
            >
              <Radio value="role" label={t('invitations.rules.substituteByRole')} />
              <Radio value="person" label={t('invitations.rules.substituteByPerson')} />
            </RadioGroup>
          </Field>
          {by === 'role' ? (
            <CodeDropdown
              label={t('invitations.rules.substituteRoleKind')}
              required
              codes={roleKinds}
              labelOf={roleLabel}
              value={v.substituteRoleKind ?? null}
              onChange={(k) => form.set('substituteRoleKind', k)}
              validationMessage={form.fieldError('substituteRoleKind')}
            />
          ) : (
            <EntityPicker
              label={t('invitations.rules.substitutePersonId')}
              required
              options={people}
              value={v.substitutePersonId}
              onChange={(id) => form.set('substitutePersonId', id)}
              validationMessage={form.fieldError('substitutePersonId') ?? form.fieldError('substituteRoleKind')}
            />
          )}
        </>
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
