import { Tab, TabList } from '@fluentui/react-components'
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../kit/PageHeader'
import { BodiesTab } from './BodiesTab'
import { OrganisationsTab } from './OrganisationsTab'
import { PeopleTab } from './PeopleTab'
import { RegionsTab } from './RegionsTab'
import { RolesTab } from './RolesTab'

const tabs = [
  { key: 'people', path: 'personer', element: <PeopleTab /> },
  { key: 'roles', path: 'verv', element: <RolesTab /> },
  { key: 'bodies', path: 'utvalg', element: <BodiesTab /> },
  { key: 'organisations', path: 'organisasjoner', element: <OrganisationsTab /> },
  { key: 'regions', path: 'regioner', element: <RegionsTab /> },
] as const

/** The register: who is who, who holds which role, and who sits in which body. */
export function RegisterPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const current = useLocation().pathname.split('/')[2] ?? 'personer'
  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <PageHeader title={t('register.title')}>
        <TabList
          selectedValue={current}
          onTabSelect={(_, data) => navigate(`/register/${String(data.value)}`)}
          size="small"
        >
          {tabs.map((tab) => (
            <Tab key={tab.key} value={tab.path}>
              {t(`register.tabs.${tab.key}`)}
            </Tab>
          ))}
        </TabList>
      </PageHeader>
      <div
        style={{
          flex: 1,
          minHeight: 0,
          display: 'flex',
          background: 'var(--colorNeutralBackground1)',
          borderTop: '1px solid var(--colorNeutralStroke2)',
        }}
      >
        <Routes>
          <Route index element={<Navigate to="personer" replace />} />
          {tabs.map((tab) => (
            <Route key={tab.key} path={tab.path} element={tab.element} />
          ))}
        </Routes>
      </div>
    </div>
  )
}
