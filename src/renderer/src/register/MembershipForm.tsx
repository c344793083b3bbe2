import { Button, Caption1, Field, makeStyles, tokens, Tooltip } from '@fluentui/react-components'
import { AddRegular, DeleteRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import { localIsoDate } from '../../../shared/dates'
import type { Body, Membership, SeatRef, SeatRefInput, SeatView } from '../../../shared/register'
import { membershipFunctions } from '../../../shared/vocabulary'
import { CodeDropdown } from '../kit/CodeDropdown'
import { DateField } from '../kit/DateField'
import { EntityPicker } from '../kit/EntityPicker'
import { FieldGrid, FormDialog } from '../kit/FormDialog'
import { TextField } from '../kit/TextField'
import { useForm } from '../kit/use-form'
import { useOrganisationOptions, useRegionOptions } from './options'
import { SeatPicker } from './SeatPicker'

const useStyles = makeStyles({
  deputies: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  deputy: { display: 'grid', gridTemplateColumns: '1fr 32px', gap: tokens.spacingHorizontalS, alignItems: 'end' },
})

const refOf = (seat: SeatView): SeatRef => ({ personId: seat.personId, roleId: seat.roleId })
const noSeat: SeatRef = { personId: null, roleId: null }

interface Props {
  body: Body
  /** null for a new member. */
  membership: Membership | null
  onClose: () => void
}

/** Who sits in a body: the seat, its function and whom it represents, its period and its deputies. */
export function MembershipForm({ body, membership: m, onClose }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const organisations = useOrganisationOptions()
  const regions = useRegionOptions()
  const form = useForm('memberships.save', {
    ...(m ? { id: m.id } : {}),
    bodyId: body.id,
    member: m ? refOf(m.member) : noSeat,
    function: m?.function ?? 'medlem',
    representsOrganisationId: m?.representsOrganisationId ?? null,
    representsRegionId: m?.representsRegionId ?? null,
    fromDate: m?.fromDate ?? localIsoDate(),
    toDate: m?.toDate ?? null,
    personalDeputy: m?.personalDeputy ? refOf(m.personalDeputy) : null,
    deputies: m?.deputies.map(refOf) ?? [],
    notes: m?.notes ?? '',
  })
  const { values, set, fieldError } = form
  const deputies = values.deputies ?? []
  const setDeputy = (index: number, seat: SeatRefInput | null) =>
    set(
      'deputies',
      deputies.map((d, i) => (i === index ? (seat ?? noSeat) : d)),
    )

  return (
    <FormDialog
      title={
        m
          ? t('register.bodies.editMemberTitle', { body: body.name })
          : t('register.bodies.memberTitle', { body: body.name })
      }
      onClose={onClose}
      onSubmit={form.submit}
      error={form.error}
      busy={form.busy}
    >
      <SeatPicker
        label={t('fields.member')}
        required
        value={values.member}
        onChange={(seat) => set('member', seat ?? noSeat)}
        validationMessage={fieldError('member')}
      />
      <FieldGrid>
        <CodeDropdown
          label={t('fields.function')}
          codes={membershipFunctions}
          labelOf={(code) => t(`vocabulary.membershipFunction.${code}`)}
          value={values.function ?? 'medlem'}
          onChange={(code) => code && set('function', code)}
          validationMessage={fieldError('function')}
        />
        <EntityPicker
          label={t('fields.representsOrganisationId')}
          options={organisations}
          {...form.bind('representsOrganisationId')}
        />
        <DateField
          label={t('fields.fromDate')}
          required
          value={values.fromDate}
          onChange={(value) => set('fromDate', value ?? '')}
          validationMessage={fieldError('fromDate')}
        />
        <EntityPicker label={t('fields.representsRegionId')} options={regions} {...form.bind('representsRegionId')} />
        <DateField label={t('fields.toDate')} {...form.bind('toDate')} />
      </FieldGrid>
      <SeatPicker
        label={t('register.bodies.personalDeputy')}
        value={values.personalDeputy ?? null}
        onChange={(seat) => set('personalDeputy', seat)}
        validationMessage={fieldError('personalDeputy')}
      />
      <Field label={t('register.bodies.deputies')} validationMessage={fieldError('deputies')}>
        <div className={styles.deputies}>
          {deputies.length === 0 && <Caption1>{t('register.bodies.noDeputy')}</Caption1>}
          {deputies.map((deputy, index) => (
            <div key={index} className={styles.deputy}>
              <SeatPicker
                label={t('register.bodies.deputyRank', { rank: index + 1 })}
                value={deputy}
                onChange={(seat) => setDeputy(index, seat)}
                validationMessage={fieldError(`deputies.${index}`)}
              />
              <Tooltip content={t('app.remove')} relationship="label">
                <Button
                  icon={<DeleteRegular />}
                  appearance="subtle"
                  onClick={() =>
                    set(
                      'deputies',
                      deputies.filter((_, i) => i !== index),
                    )
                  }
                />
              </Tooltip>
            </div>
          ))}
          <Button
            size="small"
            icon={<AddRegular />}
            style={{ alignSelf: 'flex-start' }}
            onClick={() => set('deputies', [...deputies, noSeat])}
          >
            {t('register.bodies.addDeputy')}
          </Button>
        </div>
      </Field>
      <TextField label={t('fields.notes')} multiline {...form.bind('notes')} />
    </FormDialog>
  )
}
