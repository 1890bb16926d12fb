import * as React from 'react';
import {
  Field,
  Tag,
  TagPicker,
  TagPickerControl,
  TagPickerGroup,
  TagPickerInput,
  TagPickerList,
  TagPickerOption,
  Text,
  makeStyles,
  tokens,
  type TagPickerProps
} from '@fluentui/react-components';
import { DataError } from '../../../data/errors';
import type { PersonSuggestion, SitePerson } from '../../../data/types';
import { format } from '../../../loc/strings';
import { useApp } from '../../AppContext';
import { errorText } from '../errorText';
import { useKitStrings } from '../useKit';

/**
 * Choosing people of the organisation: a Fluent TagPicker over SharePoint's people search. What is
 * typed is searched after a short pause (two letters at least); choosing a suggestion adds the person
 * to the site's users (`people.ensure`), because person columns store site user ids. Each chosen person
 * is a button that removes them (Enter, Space, Delete or Backspace), named "Remove <name>".
 */
export interface PeoplePickerProps {
  label: string;
  /** Under the label; the kit's "type at least two letters" when absent. */
  hint?: string;
  value: readonly SitePerson[];
  onChange(people: SitePerson[]): void;
  /** From the form: `{...form.field('leaders')}`. */
  validationState?: 'error' | 'none';
  validationMessage?: string;
  required?: boolean;
  disabled?: boolean;
  /** How many suggestions to ask for (10 unless given). */
  limit?: number;
}

/** The pause after the last key before searching, so that a search is not sent for every letter. */
export const SEARCH_DELAY_MS = 300;
const MIN_QUERY = 2;

type Search =
  | { kind: 'idle' }
  | { kind: 'searching'; query: string }
  | { kind: 'found'; query: string; people: PersonSuggestion[] }
  | { kind: 'failed'; query: string; error: unknown };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  control: { minWidth: 0, maxWidth: '36rem' },
  tag: { minHeight: '24px', maxWidth: '100%' },
  tagText: { overflowWrap: 'anywhere', whiteSpace: 'normal' },
  option: { overflowWrap: 'anywhere' },
  status: { minHeight: tokens.lineHeightBase300, color: tokens.colorNeutralForeground2 },
  problem: { color: tokens.colorPaletteRedForeground1, '@media (forced-colors: active)': { color: 'CanvasText' } }
});

const tagValue = (p: SitePerson): string => `id:${p.id}`;
const optionValue = (s: PersonSuggestion): string => `login:${s.loginName}`;

/** Already chosen: the same account, or the same e-mail address. */
function isChosen(s: PersonSuggestion, chosen: readonly SitePerson[]): boolean {
  const login = s.loginName.toLowerCase();
  const email = s.email?.toLowerCase() ?? null;
  return chosen.some((p) => p.loginName.toLowerCase() === login || (email !== null && p.email?.toLowerCase() === email));
}

export function PeoplePicker(props: PeoplePickerProps): React.ReactElement {
  const { label, value, onChange, limit } = props;
  const { services } = useApp();
  const kit = useKitStrings();
  const styles = useStyles();

  const [query, setQuery] = React.useState('');
  const [search, setSearch] = React.useState<Search>({ kind: 'idle' });
  const [adding, setAdding] = React.useState<string[]>([]);
  const [problem, setProblem] = React.useState<string | null>(null);
  const [announcement, setAnnouncement] = React.useState('');
  const [open, setOpen] = React.useState(false);

  // The latest value, for choices that finish after the person chose or removed someone else.
  const valueRef = React.useRef(value);
  valueRef.current = value;
  const live = React.useRef(true);
  React.useEffect(
    () => () => {
      live.current = false;
    },
    []
  );

  const trimmed = query.trim().replace(/\s+/g, ' ');
  React.useEffect(() => {
    if (trimmed.length < MIN_QUERY) {
      setSearch({ kind: 'idle' });
      return undefined;
    }
    let current = true;
    setSearch({ kind: 'searching', query: trimmed });
    const timer = setTimeout(() => {
      services.people.search(trimmed, { limit }).then(
        (people) => current && setSearch({ kind: 'found', query: trimmed, people }),
        (error: unknown) => current && setSearch({ kind: 'failed', query: trimmed, error })
      );
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [trimmed, services, limit]);

  const suggestions = search.kind === 'found' ? search.people.filter((s) => !isChosen(s, value)) : [];

  const choose = (suggestion: PersonSuggestion): void => {
    setQuery('');
    setProblem(null);
    setAdding((a) => [...a, suggestion.title]);
    setAnnouncement(format(kit.peopleAdding, { name: suggestion.title }));
    services.people.ensure(suggestion.loginName).then(
      (person) => {
        if (!live.current) return;
        setAdding((a) => a.filter((n) => n !== suggestion.title));
        const now = valueRef.current;
        if (!now.some((p) => p.id === person.id)) onChange([...now, person]);
        setAnnouncement(format(kit.peopleAdded, { name: person.title }));
      },
      (error: unknown) => {
        if (!live.current) return;
        setAdding((a) => a.filter((n) => n !== suggestion.title));
        setAnnouncement('');
        setProblem(
          error instanceof DataError && error.kind === 'not-found'
            ? format(kit.peopleNotInDirectory, { name: suggestion.title })
            : format(kit.peopleAddFailed, { name: suggestion.title, reason: errorText(kit, error) })
        );
      }
    );
  };

  const remove = (id: number): void => {
    const person = value.find((p) => p.id === id);
    onChange(value.filter((p) => p.id !== id));
    if (person) setAnnouncement(format(kit.peopleRemoved, { name: person.title }));
  };

  const onOptionSelect: TagPickerProps['onOptionSelect'] = (_event, data) => {
    if (data.value.startsWith('id:')) {
      remove(Number(data.value.slice(3)));
      return;
    }
    const suggestion = suggestions.find((s) => optionValue(s) === data.value);
    if (suggestion) choose(suggestion);
  };

  let status = '';
  if (adding.length > 0) status = format(kit.peopleAdding, { name: adding.join(', ') });
  else if (search.kind === 'searching') status = kit.peopleSearching;
  else if (search.kind === 'found' && suggestions.length === 0) status = format(kit.peopleNoMatch, { query: search.query });
  const failed = search.kind === 'failed' ? format(kit.peopleSearchFailed, { reason: errorText(kit, search.error) }) : null;

  return (
    <div className={styles.root}>
      <Field
        label={label}
        hint={props.hint ?? kit.peopleSearchHint}
        required={props.required}
        validationState={props.validationState ?? 'none'}
        validationMessage={props.validationMessage}
      >
        <TagPicker
          selectedOptions={value.map(tagValue)}
          onOptionSelect={onOptionSelect}
          disabled={props.disabled}
          inline
          open={open && suggestions.length > 0}
          onOpenChange={(_event, data) => setOpen(data.open)}
        >
          <TagPickerControl className={styles.control}>
            <TagPickerGroup role="group" aria-label={format(kit.peopleChosen, { label })}>
              {value.map((person) => (
                <Tag
                  key={person.id}
                  value={tagValue(person)}
                  shape="rounded"
                  className={styles.tag}
                  aria-label={format(kit.peopleRemove, { name: person.title })}
                  title={person.email ?? undefined}
                  primaryText={{ className: styles.tagText }}
                >
                  {person.title}
                </Tag>
              ))}
            </TagPickerGroup>
            <TagPickerInput
              value={query}
              onChange={(e) => {
                setQuery(e.target.value);
                setProblem(null);
                setOpen(true);
              }}
              autoComplete="off"
            />
          </TagPickerControl>
          <TagPickerList>
            {suggestions.map((s) => (
              <TagPickerOption
                key={s.loginName}
                value={optionValue(s)}
                text={s.title}
                className={styles.option}
                secondaryContent={[s.email, s.jobTitle].filter(Boolean).join(' · ') || undefined}
              >
                {s.title}
              </TagPickerOption>
            ))}
          </TagPickerList>
        </TagPicker>
      </Field>
      <Text as="p" size={200} role="status" className={styles.status}>
        {status || announcement}
      </Text>
      {(failed || problem) && (
        <Text as="p" size={200} role="alert" className={styles.problem}>
          {failed ?? problem}
        </Text>
      )}
    </div>
  );
}
