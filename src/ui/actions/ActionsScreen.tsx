import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Checkbox,
  Field,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Select,
  TableCell,
  TableRow,
  Text,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens
} from '@fluentui/react-components';
import { ConflictError, DataError } from '../../data/errors';
import type { Action, ActionStatus, Cycle, SitePerson } from '../../data/types';
import type { ActionsStrings } from '../../loc/actions';
import { format } from '../../loc/strings';
import type { ModelPack } from '../../model';
import { useApp } from '../AppContext';
import { RouteLink, useRoute } from '../app/navigation';
import { useSite } from '../app/SiteContext';
import { RowWarnings } from '../readModels/RowWarnings';
import { useScreenStrings } from '../useScreenStrings';
import { DataTable } from '../shared/DataTable';
import { errorText } from '../shared/errorText';
import { useStatusLabels } from '../shared/phases';
import { useKitStrings } from '../shared/useKit';
import { Page, Paragraph, Section, visuallyHidden } from '../shared/layout';
import { usePeople } from '../shared/people/usePeople';
import { QueryView } from '../shared/QueryView';
import { usePack } from '../shared/usePack';
import { useQuery, invalidate } from '../shared/useQuery';
import {
  ALL_STATUSES,
  BOARD_STATUSES,
  canChange,
  filterActions,
  FOLDED_STATUSES,
  isOverdue,
  NO_FILTERS,
  priorityText,
  sortActions,
  today,
  type ListFilters,
  type SortKey
} from './actionModel';
import { DueText, useActionsStrings, useNameOf } from './parts';

export { loadBoardWithPeople } from './boardData';

const useStyles = makeStyles({
  board: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(14rem, 1fr))',
    gap: tokens.spacingHorizontalM,
    minWidth: 0
  },
  column: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2)
  },
  columnOver: {
    ...shorthands.borderColor(tokens.colorBrandStroke1),
    ...shorthands.borderStyle('dashed'),
    '@media (forced-colors: active)': { ...shorthands.borderColor('Highlight') }
  },
  columnHeading: { margin: 0, overflowWrap: 'anywhere' },
  cards: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
    overflowWrap: 'anywhere',
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke1),
    borderLeftWidth: tokens.strokeWidthThickest
  },
  cardOverdue: { borderLeftColor: tokens.colorPaletteRedBorder2, '@media (forced-colors: active)': { borderLeftColor: 'CanvasText' } },
  draggable: { cursor: 'grab' },
  link: { display: 'inline-flex', alignItems: 'center', minHeight: '24px', fontWeight: tokens.fontWeightSemibold },
  detail: { color: tokens.colorNeutralForeground2 },
  move: { alignSelf: 'flex-start', minHeight: '24px', marginTop: tokens.spacingVerticalXXS },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalL },
  filters: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  select: { minWidth: '10rem', maxWidth: '16rem' },
  live: visuallyHidden
});

type Mover = (action: Action, to: ActionStatus) => void;

interface BoardContext {
  s: ActionsStrings;
  /** The statuses' names (src/loc/kit.ts). */
  statuses: Record<ActionStatus, string>;
  on: string;
  pack: ModelPack | null;
  nameOf(id: number | null): string;
  mayMove(action: Action): boolean;
  move: Mover;
  busyId: number | null;
}

interface FullContext extends BoardContext {
  board: Action[];
}

function pillarName(ctx: BoardContext, pillarId: string | null): string | null {
  if (!pillarId) return null;
  return ctx.pack?.pillars.find((p) => p.id === pillarId)?.name ?? format(ctx.s.unknownPillar, { id: pillarId });
}

/** "Move to…": every status but the current one, by keyboard or pointer (the alternative to dragging). */
function MoveMenu(props: { action: Action; ctx: BoardContext }): React.ReactElement {
  const { action, ctx } = props;
  const styles = useStyles();
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button size="small" className={styles.move} disabled={ctx.busyId === action.id} aria-label={format(ctx.s.moveToNamed, { title: action.title })}>
          {ctx.s.moveTo}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {ALL_STATUSES.filter((st) => st !== action.status && st !== 'carried-over').map((st) => (
            <MenuItem key={st} onClick={() => ctx.move(action, st)}>
              {format(ctx.s.moveToStatus, { status: ctx.statuses[st] })}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function Card(props: { action: Action; ctx: BoardContext }): React.ReactElement {
  const { action, ctx } = props;
  const styles = useStyles();
  const may = ctx.mayMove(action);
  const overdue = isOverdue(action, ctx.on);
  const pillar = pillarName(ctx, action.pillarId);
  return (
    <li
      className={mergeClasses(styles.card, overdue && styles.cardOverdue, may && styles.draggable)}
      draggable={may}
      onDragStart={
        may
          ? (e) => {
              e.dataTransfer.setData('text/plain', String(action.id));
              e.dataTransfer.effectAllowed = 'move';
            }
          : undefined
      }
    >
      <RouteLink to={{ screen: 'action', cycleId: action.cycleId, item: String(action.id) }} className={styles.link}>
        {action.title}
      </RouteLink>
      <Text className={styles.detail}>{format(ctx.s.ownerIs, { name: ctx.nameOf(action.ownerId) })}</Text>
      <DueText action={action} on={ctx.on} />
      <Text className={styles.detail}>{format(ctx.s.priorityIs, { priority: priorityText(ctx.s, action.priority) })}</Text>
      {pillar && <Text className={styles.detail}>{format(ctx.s.servesPillar, { pillar })}</Text>}
      {may && <MoveMenu action={action} ctx={ctx} />}
    </li>
  );
}

function Column(props: { status: ActionStatus; actions: Action[]; ctx: FullContext; level: 'h2' | 'h3' }): React.ReactElement {
  const { status, actions, ctx } = props;
  const styles = useStyles();
  const [over, setOver] = React.useState(false);
  const id = `wpq-col-${status}`;
  const count = actions.length === 1 ? ctx.s.columnCountOne : format(ctx.s.columnCount, { count: actions.length });
  return (
    <section
      aria-labelledby={id}
      className={mergeClasses(styles.column, over && styles.columnOver)}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        if (!over) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const dragged = Number(e.dataTransfer.getData('text/plain'));
        const action = ctx.board.find((a) => a.id === dragged);
        if (action && action.status !== status && ctx.mayMove(action)) ctx.move(action, status);
      }}
      title={format(ctx.s.dropHere, { status: ctx.statuses[status] })}
    >
      <Text as={props.level} size={400} weight="semibold" id={id} className={styles.columnHeading}>
        {ctx.statuses[status]} <Text className={styles.detail}>({count})</Text>
      </Text>
      {actions.length === 0 ? (
        <Text className={styles.detail}>{ctx.s.columnEmpty}</Text>
      ) : (
        <ul className={styles.cards}>
          {actions.map((a) => (
            <Card key={a.id} action={a} ctx={ctx} />
          ))}
        </ul>
      )}
    </section>
  );
}

function Board(props: { actions: Action[]; ctx: FullContext; anyMovable: boolean }): React.ReactElement {
  const { actions, ctx } = props;
  const styles = useStyles();
  const byStatus = (st: ActionStatus): Action[] => sortActions(actions.filter((a) => a.status === st), 'due', ctx.on);
  const folded = actions.filter((a) => FOLDED_STATUSES.includes(a.status));
  return (
    <>
      {props.anyMovable && <Paragraph>{ctx.s.dragHint}</Paragraph>}
      <div className={styles.board}>
        {BOARD_STATUSES.map((st) => (
          <Column key={st} status={st} actions={byStatus(st)} ctx={ctx} level="h2" />
        ))}
      </div>
      {folded.length > 0 && (
        <Accordion collapsible>
          <AccordionItem value="folded">
            <AccordionHeader as="h2">{format(ctx.s.foldedHeading, { count: folded.length })}</AccordionHeader>
            <AccordionPanel>
              <div className={styles.board}>
                {FOLDED_STATUSES.map((st) => (
                  <Column key={st} status={st} actions={byStatus(st)} ctx={ctx} level="h3" />
                ))}
              </div>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </>
  );
}

function ListView(props: { actions: Action[]; ctx: FullContext; people: SitePerson[] }): React.ReactElement {
  const { actions, ctx } = props;
  const { s, statuses } = ctx;
  const styles = useStyles();
  const [filters, setFilters] = React.useState<ListFilters>(NO_FILTERS);
  const [sort, setSort] = React.useState<SortKey>('due');
  const set = <K extends keyof ListFilters>(k: K, v: ListFilters[K]): void => setFilters((f) => ({ ...f, [k]: v }));
  const shown = sortActions(filterActions(actions, filters, ctx.on), sort, ctx.on);
  const pillars = ctx.pack?.pillars ?? [];
  return (
    <Section title={s.filtersHeading}>
      <div className={styles.filters}>
        <Field label={s.filterPillar} className={styles.select}>
          <Select value={filters.pillar} onChange={(_e, d) => set('pillar', d.value)}>
            <option value="">{s.filterAny}</option>
            {pillars.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
            <option value="-">{s.filterNoPillar}</option>
          </Select>
        </Field>
        <Field label={s.filterOwner} className={styles.select}>
          <Select value={filters.owner} onChange={(_e, d) => set('owner', d.value)}>
            <option value="">{s.filterAny}</option>
            {props.people.map((p) => (
              <option key={p.id} value={String(p.id)}>
                {p.title}
              </option>
            ))}
            <option value="-">{s.filterNoOwner}</option>
          </Select>
        </Field>
        <Field label={s.filterStatus} className={styles.select}>
          <Select value={filters.status} onChange={(_e, d) => set('status', d.value as ListFilters['status'])}>
            <option value="">{s.filterAny}</option>
            {ALL_STATUSES.map((st) => (
              <option key={st} value={st}>
                {statuses[st]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={s.filterPriority} className={styles.select}>
          <Select value={filters.priority} onChange={(_e, d) => set('priority', d.value as ListFilters['priority'])}>
            <option value="">{s.filterAny}</option>
            <option value="high">{s.priorityHigh}</option>
            <option value="medium">{s.priorityMedium}</option>
            <option value="low">{s.priorityLow}</option>
          </Select>
        </Field>
        <Checkbox label={s.filterOverdue} checked={filters.overdueOnly} onChange={(_e, d) => set('overdueOnly', d.checked === true)} />
        <Field label={s.sortLabel} className={styles.select}>
          <Select value={sort} onChange={(_e, d) => setSort(d.value as SortKey)}>
            <option value="due">{s.sortDue}</option>
            <option value="priority">{s.sortPriority}</option>
            <option value="status">{s.sortStatus}</option>
            <option value="title">{s.sortTitle}</option>
          </Select>
        </Field>
      </div>
      <Text role="status">{format(s.listShown, { shown: shown.length, total: actions.length })}</Text>
      {shown.length === 0 ? (
        <Paragraph>{s.listNone}</Paragraph>
      ) : (
        <DataTable label={s.listCaption} columns={[s.colTitle, s.colOwner, s.colDue, s.colStatus, s.colPriority, s.colPillar]}>
          {shown.map((a) => (
            <TableRow key={a.id}>
              <TableCell>
                <RouteLink to={{ screen: 'action', cycleId: a.cycleId, item: String(a.id) }} className={styles.link}>
                  {a.title}
                </RouteLink>
              </TableCell>
              <TableCell>{ctx.nameOf(a.ownerId)}</TableCell>
              <TableCell>
                <DueText action={a} on={ctx.on} />
              </TableCell>
              <TableCell>{statuses[a.status]}</TableCell>
              <TableCell>{priorityText(s, a.priority)}</TableCell>
              <TableCell>{pillarName(ctx, a.pillarId) ?? ''}</TableCell>
            </TableRow>
          ))}
        </DataTable>
      )}
    </Section>
  );
}

function isConflict(error: unknown): error is ConflictError<Action> {
  return error instanceof ConflictError || (error instanceof DataError && error.kind === 'conflict' && 'theirs' in error);
}

type Outcome = { kind: 'moved'; text: string } | { kind: 'failed'; title: string; text: string } | null;

function BoardOf(props: { cycle: Cycle; initial: Action[]; warnings: React.ReactNode }): React.ReactElement {
  const { cycle } = props;
  const { services } = useApp();
  const site = useSite();
  const s = useActionsStrings();
  const statuses = useStatusLabels();
  const kit = useKitStrings();
  const styles = useStyles();
  const pack = usePack({ packId: cycle.packId, packVersion: cycle.packVersion });
  const [actions, setActions] = React.useState<Action[]>(props.initial);
  const [view, setView] = React.useState<'board' | 'list'>('board');
  const [busyId, setBusyId] = React.useState<number | null>(null);
  const [outcome, setOutcome] = React.useState<Outcome>(null);
  React.useEffect(() => setActions(props.initial), [props.initial]);

  const ownerIds = React.useMemo(() => [...new Set(actions.map((a) => a.ownerId).filter((id): id is number => id !== null))].sort((a, b) => a - b), [actions]);
  const people = usePeople(ownerIds);
  const peopleList = people.kind === 'loaded' ? people.data : [];
  const byId = React.useMemo(() => new Map(peopleList.map((p) => [p.id, p])), [peopleList]);
  const nameOf = useNameOf(byId);
  const on = today();

  const replace = (next: Action): void => setActions((list) => list.map((a) => (a.id === next.id ? next : a)));
  const move: Mover = (action, to) => {
    if (busyId !== null) return;
    setBusyId(action.id);
    setOutcome(null);
    services.actions.changeStatus(action, to, { id: site.user.id, name: site.user.title }).then(
      (saved) => {
        replace(saved);
        setBusyId(null);
        setOutcome({ kind: 'moved', text: format(s.moved, { title: saved.title, status: statuses[to] }) });
        invalidate(`overview:`);
      },
      (error: unknown) => {
        setBusyId(null);
        if (isConflict(error)) {
          if (error.theirs) replace(error.theirs);
          else setActions((list) => list.filter((a) => a.id !== action.id));
          setOutcome({ kind: 'failed', title: format(s.moveFailed, { title: action.title }), text: format(s.moveConflict, { title: action.title }) });
        } else {
          setOutcome({ kind: 'failed', title: format(s.moveFailed, { title: action.title }), text: errorText(kit, error) });
        }
      }
    );
  };

  const ctx: FullContext = {
    s,
    statuses,
    on,
    pack: pack.kind === 'loaded' ? pack.data : null,
    nameOf,
    mayMove: (a) => canChange(a, site),
    move,
    busyId,
    board: actions
  };
  const anyMovable = actions.some((a) => canChange(a, site));
  const manager = site.access === 'manage';

  return (
    <Page
      title={format(s.boardTitle, { cycle: cycle.title })}
      subtitle={actions.length === 1 ? s.boardSubtitleOne : format(s.boardSubtitle, { count: actions.length })}
      actions={
        manager ? (
          <RouteLink to={{ screen: 'newaction', cycleId: cycle.id }} className={styles.link}>
            {s.planNew}
          </RouteLink>
        ) : undefined
      }
    >
      {props.warnings}
      {!anyMovable && actions.length > 0 && <Paragraph>{s.readOnlyNote}</Paragraph>}
      <div role="status" aria-live="polite" className={outcome?.kind === 'moved' ? undefined : styles.live}>
        {outcome?.kind === 'moved' && (
          <MessageBar intent="success">
            <MessageBarBody>{outcome.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {outcome?.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{outcome.title}</MessageBarTitle>
            {outcome.text}
          </MessageBarBody>
        </MessageBar>
      )}
      {actions.length === 0 ? (
        <Paragraph>{s.boardEmpty}</Paragraph>
      ) : (
        <>
          <div className={styles.toolbar}>
            <Field label={s.viewLabel}>
              <RadioGroup layout="horizontal" value={view} onChange={(_e, d) => setView(d.value as 'board' | 'list')}>
                <Radio value="board" label={s.viewBoard} />
                <Radio value="list" label={s.viewList} />
              </RadioGroup>
            </Field>
          </div>
          {view === 'board' ? <Board actions={actions} ctx={ctx} anyMovable={anyMovable} /> : <ListView actions={actions} ctx={ctx} people={peopleList} />}
        </>
      )}
    </Page>
  );
}


/**
 * The action board of a cycle (route `actions/-/<cycle>`): its actions in columns by status, moved by
 * dragging or by each card's "Move to…" menu, with a list view beside it that filters and sorts.
 * Managers move any action, owners their own; everyone else reads. Two requests: the cycle with its
 * actions, then the owners' names.
 */
export default function ActionsScreen(): React.ReactElement {
  const { services } = useApp();
  const { cycleId } = useRoute();
  const screenStrings = useScreenStrings();
  const id = cycleId ?? 0;
  const query = useQuery(cycleId === null ? null : `actions:${id}`, () => services.actions.readBoard(id));
  return (
    <QueryView query={query}>
      {(read) => (
        <BoardOf cycle={read.data.cycle} initial={read.data.actions} warnings={<RowWarnings strings={screenStrings} warnings={read.warnings} />} />
      )}
    </QueryView>
  );
}
