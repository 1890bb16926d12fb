import * as React from 'react';
import { Button, Input, Label, Text, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { Cycle, PublishedResults } from '../../data/types';
import { format } from '../../loc/strings';
import { enGBPortfolio, portfolioTranslations } from '../../loc/portfolio';
import { useApp } from '../AppContext';
import { RouteLink } from '../app/navigation';
import { useSite } from '../app/SiteContext';
import { errorText } from '../shared/errorText';
import { useKitStrings } from '../shared/useKit';
import { usePhaseLabels, useStatusLabels } from '../shared/phases';
import { useStrings } from '../shared/useStrings';
import { DownloadExcelButton, downloadBytes, safeFileName, type ExcelProgress } from './DownloadExcelButton';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-start', minWidth: 0 },
  summary: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0, maxWidth: '28rem' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  input: { minWidth: 0, flexGrow: 1 },
  link: { minHeight: '32px', display: 'inline-flex', alignItems: 'center' }
});

/**
 * Everything a cycle's data can be taken away as, beside its results: the Excel cycle report (for
 * everyone who can open the results; the leaders' evidence only for managers) and, for managers, the
 * provider summary for commissioners (a small JSON file without names or single answers).
 */
export function ResultsDownloads(props: { cycle: Cycle; results: PublishedResults | null }): React.ReactElement {
  const { cycle, results } = props;
  const strings = useStrings(portfolioTranslations, enGBPortfolio);
  const phases = usePhaseLabels();
  const statuses = useStatusLabels();
  const kit = useKitStrings();
  const styles = useStyles();
  const { services } = useApp();
  const site = useSite();
  const manager = site.access === 'manage';
  const [provider, setProvider] = React.useState(site.title);
  const [summaryStatus, setSummaryStatus] = React.useState('');
  const providerId = useId('provider-name-');
  const hintId = useId('provider-hint-');

  const build = React.useCallback(
    async (onProgress: ExcelProgress): Promise<ArrayBuffer> => {
      const [pack, actions, measures, reviews, serviceList, evidence] = await Promise.all([
        services.settings.readPack(cycle.packId, cycle.packVersion),
        services.actions.listForCycle(cycle.id),
        services.measures.listForService(cycle.serviceId),
        services.reviews.listForCycle(cycle.id),
        services.careServices.list(),
        manager && results ? services.evidence.read(cycle.id) : Promise.resolve(null)
      ]);
      const { buildCycleWorkbook, workbookBytes } = await import(/* webpackChunkName: 'wpq-export' */ './workbook');
      const { evidenceGroups } = await import(/* webpackChunkName: 'wpq-export' */ '../evidence/evidenceModel');
      const wb = await buildCycleWorkbook(
        {
          organisation: site.title,
          serviceName: serviceList.data.find((s) => s.id === cycle.serviceId)?.name ?? '',
          cycle,
          results,
          pack,
          actions: actions.data,
          measures: measures.data,
          reviews: reviews.data,
          evidence: evidence && results ? evidenceGroups({ pack, results, evidence: evidence.data, actions: actions.data, measures: measures.data }) : null,
          generatedAt: new Date(),
          strings,
          phases,
          statuses
        },
        onProgress
      );
      return workbookBytes(wb);
    },
    [services, cycle, results, manager, site.title, strings, phases, statuses]
  );

  const downloadSummary = async (): Promise<void> => {
    try {
      const summary = await services.summaries.exportCycle(cycle.id, { name: provider.trim() || site.title, siteUrl: site.url });
      const file = safeFileName(format(strings.fileNameSummary, { provider: summary.provider.name, service: summary.service.name, cycle: summary.cycle.title }), 'json');
      downloadBytes(JSON.stringify(summary, null, 2), file, 'application/json');
      setSummaryStatus(format(strings.summaryExportDone, { file }));
    } catch (error) {
      setSummaryStatus(format(strings.summaryExportFailed, { reason: errorText(kit, error) }));
    }
  };

  return (
    <div className={styles.root}>
      <DownloadExcelButton fileName={format(strings.fileNameReport, { cycle: cycle.title })} build={build} />
      {results && (
        <RouteLink className={styles.link} to={{ screen: 'evidence', cycleId: cycle.id }}>
          {strings.evidenceLink}
        </RouteLink>
      )}
      {manager && results && (
        <div className={styles.summary}>
          <Label htmlFor={providerId}>{strings.summaryProviderName}</Label>
          <div className={styles.row}>
            <Input id={providerId} className={styles.input} value={provider} onChange={(_, d) => setProvider(d.value)} aria-describedby={hintId} />
            <Button onClick={() => void downloadSummary()}>{strings.summaryExport}</Button>
          </div>
          <Text id={hintId} size={200}>
            {strings.summaryExportHint}
          </Text>
          <Text role="status" aria-live="polite" size={200}>
            {summaryStatus}
          </Text>
        </div>
      )}
    </div>
  );
}
