import { app, Menu, type MenuItemConstructorOptions } from 'electron'

/** A Norwegian application menu; the standard roles keep the system's own shortcuts. */
export function buildMenu(): Menu {
  const isMac = process.platform === 'darwin'
  const template: MenuItemConstructorOptions[] = [
    ...(isMac
      ? [
          {
            label: app.name,
            submenu: [
              { role: 'about' as const, label: 'Om Sekretariat' },
              { type: 'separator' as const },
              { role: 'quit' as const, label: 'Avslutt Sekretariat' },
            ],
          },
        ]
      : []),
    {
      label: 'Fil',
      submenu: [isMac ? { role: 'close', label: 'Lukk vindu' } : { role: 'quit', label: 'Avslutt' }],
    },
    {
      label: 'Rediger',
      submenu: [
        { role: 'undo', label: 'Angre' },
        { role: 'redo', label: 'Gjør om' },
        { type: 'separator' },
        { role: 'cut', label: 'Klipp ut' },
        { role: 'copy', label: 'Kopier' },
        { role: 'paste', label: 'Lim inn' },
        { role: 'selectAll', label: 'Merk alt' },
      ],
    },
    {
      label: 'Vis',
      submenu: [
        { role: 'resetZoom', label: 'Faktisk størrelse' },
        { role: 'zoomIn', label: 'Zoom inn' },
        { role: 'zoomOut', label: 'Zoom ut' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Fullskjerm' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const, label: 'Utviklerverktøy' }]),
      ],
    },
    {
      label: 'Vindu',
      submenu: [
        { role: 'minimize', label: 'Minimer' },
        { role: 'zoom', label: 'Zoom' },
      ],
    },
    {
      label: 'Hjelp',
      submenu: [{ label: `Sekretariat ${app.getVersion()}`, enabled: false }],
    },
  ]
  return Menu.buildFromTemplate(template)
}
