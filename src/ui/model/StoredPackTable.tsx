import * as React from 'react';
import { Button, TableRow } from '@fluentui/react-components';
import { compareVersions } from '../../model';
import { format } from '../../loc/strings';
import type { ScreenStrings } from '../../loc/screens';
import { DataCell, DataTable } from '../shared/DataTable';
import type { StoredPackSummary } from './types';
import { formatPackDate } from './modelFormat';

export interface StoredPackTableProps {
  packs: StoredPackSummary[];
  strings: ScreenStrings;
  locale: string;
  labelId: string;
  /** The pack being made active, as `id@version`, while the request runs. */
  busyKey?: string;
  onUse: (pack: StoredPackSummary) => void;
}

function statusOf(strings: ScreenStrings, pack: StoredPackSummary): string {
  const parts: string[] = [];
  if (pack.active) parts.push(strings.modelStoredActive);
  if (pack.usedByCycle) parts.push(strings.modelStoredUsedByCycle);
  if (parts.length === 0) parts.push(strings.modelStoredNotUsed);
  return parts.join(strings.modelListSeparator);
}

/** The packs stored on the site, newest version of each id first, with "Use this pack" for new cycles. */
export function StoredPackTable(props: StoredPackTableProps): React.ReactElement {
  const { packs, strings, locale, labelId, busyKey, onUse } = props;
  const sorted = [...packs].sort((a, b) => a.id.localeCompare(b.id) || compareVersions(b.version, a.version));
  return (
    <DataTable
      region
      labelledBy={labelId}
      columns={[
        strings.modelPackTitleLabel,
        strings.modelPackIdLabel,
        strings.modelPackVersionLabel,
        strings.modelStoredImportedOn,
        strings.modelStoredStatus,
        strings.modelStoredAction
      ]}
    >
      {sorted.map((pack) => {
        const key = `${pack.id}@${pack.version}`;
        return (
          <TableRow key={key}>
            <DataCell>{pack.title}</DataCell>
            <DataCell>{pack.id}</DataCell>
            <DataCell>{pack.version}</DataCell>
            <DataCell>
              {pack.builtIn
                ? strings.modelStoredBuiltIn
                : pack.importedOn === undefined
                  ? strings.modelStoredImportedUnknown
                  : formatPackDate(pack.importedOn, locale)}
            </DataCell>
            <DataCell>{statusOf(strings, pack)}</DataCell>
            <DataCell>
              {pack.active ? (
                strings.modelStoredInUse
              ) : (
                <Button
                  onClick={() => onUse(pack)}
                  disabledFocusable={busyKey !== undefined}
                  aria-label={format(strings.modelUseThisPackLabel, { title: pack.title, version: pack.version })}
                >
                  {strings.modelUseThisPack}
                </Button>
              )}
            </DataCell>
          </TableRow>
        );
      })}
    </DataTable>
  );
}
