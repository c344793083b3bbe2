import { ClockRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '../kit/EmptyState'
import { PageHeader } from '../kit/PageHeader'

/** An area the navigation already names but a later issue builds. */
export function ComingSoon({ area }: { area: string }) {
  const { t } = useTranslation()
  return (
    <>
      <PageHeader title={area} />
      <EmptyState icon={<ClockRegular />} title={t('app.comingTitle', { area })} body={t('app.comingBody')} />
    </>
  )
}
