import * as React from 'react';
import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow
} from '@fluentui/react-components';
import { compareVersions } from '../../model';
import { format } from '../../loc/strings';
import type { ScreenStrings } from '../../loc/screens';
import type { StoredPackSummary } from './types';
import { formatPackDate } from './modelFormat';
import { useModelStyles } from './modelStyles';

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
  const styles = useModelStyles();
  const sorted = [...packs].sort((a, b) => a.id.localeCompare(b.id) || compareVersions(b.version, a.version));
  return (
    <div role="region" aria-labelledby={labelId} tabIndex={0} className={styles.scrollRegion}>
      <Table aria-labelledby={labelId} className={styles.table} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{strings.modelPackTitleLabel}</TableHeaderCell>
            <TableHeaderCell>{strings.modelPackIdLabel}</TableHeaderCell>
            <TableHeaderCell>{strings.modelPackVersionLabel}</TableHeaderCell>
            <TableHeaderCell>{strings.modelStoredImportedOn}</TableHeaderCell>
            <TableHeaderCell>{strings.modelStoredStatus}</TableHeaderCell>
            <TableHeaderCell>{strings.modelStoredAction}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {sorted.map((pack) => {
            const key = `${pack.id}@${pack.version}`;
            return (
              <TableRow key={key}>
                <TableCell className={styles.cell}>{pack.title}</TableCell>
                <TableCell className={styles.cell}>{pack.id}</TableCell>
                <TableCell className={styles.cell}>{pack.version}</TableCell>
                <TableCell className={styles.cell}>
                  {pack.builtIn
                    ? strings.modelStoredBuiltIn
                    : pack.importedOn === undefined
                      ? strings.modelStoredImportedUnknown
                      : formatPackDate(pack.importedOn, locale)}
                </TableCell>
                <TableCell className={styles.cell}>{statusOf(strings, pack)}</TableCell>
                <TableCell className={styles.cell}>
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
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
