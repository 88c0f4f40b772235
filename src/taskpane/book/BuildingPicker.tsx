// The building filter: a combobox to type into, since a tenant may have hundreds of room lists.
// Typing narrows the options by building name or city ("Hamburg" finds every building there). The
// list shows at most a screenful of them at once and says how many more typing would reach: hundreds
// of options would all render whenever the field has focus, and nobody scrolls through them.
import { Combobox, Option } from '@fluentui/react-components';
import * as React from 'react';
import type { RoomList } from '../../core/model';
import { fold } from '../../core/search';
import { useI18n } from '../i18n/I18nProvider';
import { useBookViewStyles } from './BookView.styles';

/** Buildings listed at once; the rest are a few letters away. */
export const MAX_BUILDING_OPTIONS = 50;

export interface BuildingPickerProps {
  readonly buildings: readonly RoomList[];
  /** The chosen room list's address, or null for all buildings. */
  readonly value: string | null;
  readonly onChange: (roomList: string | null) => void;
}

export function BuildingPicker(props: BuildingPickerProps): React.JSX.Element {
  const { t } = useI18n();
  const styles = useBookViewStyles();
  // What the user is typing; null while they are not, so the field shows the choice.
  const [query, setQuery] = React.useState<string | null>(null);
  const label = (list: RoomList) =>
    list.city ? t('buildingInCity', { building: list.displayName, city: list.city }) : list.displayName;
  // Folded once per directory, not once per keystroke.
  const searchable = React.useMemo(
    () => props.buildings.map((list) => ({ list, text: fold(`${list.displayName} ${list.city ?? ''}`) })),
    [props.buildings],
  );
  const chosen = props.buildings.find((b) => b.email === props.value);
  const words = fold(query ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const matches = searchable
    .filter(({ text }) => words.every((word) => text.includes(word)))
    .map(({ list }) => list);
  const shown = matches.slice(0, MAX_BUILDING_OPTIONS);
  // The chosen building stays an option, so the open list shows it selected.
  if (chosen && matches.includes(chosen) && !shown.includes(chosen)) shown.push(chosen);
  const more = matches.length - shown.length;
  return (
    <Combobox
      listbox={{ className: styles.listbox }}
      // "All buildings" is the placeholder, so the user types into an empty field to narrow it.
      value={query ?? (chosen ? label(chosen) : '')}
      placeholder={t('allBuildings')}
      selectedOptions={[props.value ?? '']}
      onChange={(event) => setQuery(event.target.value)}
      onOpenChange={(_, data) => {
        if (!data.open) setQuery(null);
      }}
      onOptionSelect={(_, data) => {
        // Fluent re-selects the current option while the user types: only a new choice counts (the
        // list closing clears the typed text).
        const next = data.optionValue === undefined ? props.value : data.optionValue || null;
        if (next === props.value) return;
        setQuery(null);
        props.onChange(next);
      }}
    >
      <Option value="">{t('allBuildings')}</Option>
      {shown.map((list) => (
        <Option key={list.email} value={list.email}>
          {label(list)}
        </Option>
      ))}
      {/* Fluent's own way to say something inside the list: an option that cannot be chosen. */}
      {more > 0 && (
        <Option disabled value={MORE_VALUE} text="">
          {t('buildingsMore', { count: more })}
        </Option>
      )}
      {matches.length === 0 && (
        <Option disabled value={MORE_VALUE} text="">
          {t('buildingsNone')}
        </Option>
      )}
    </Combobox>
  );
}

/** The value of the list's note; never an address, and never chosen (the option is disabled). */
const MORE_VALUE = 'roombook:note';
