// The building filter: a combobox to type into, since a tenant may have hundreds of room lists.
// Typing narrows the options by building name or city ("Hamburg" finds every building there).
import { Combobox, Option } from '@fluentui/react-components';
import * as React from 'react';
import type { RoomList } from '../../core/model';
import { fold } from '../../core/search';
import { useI18n } from '../i18n/I18nProvider';
import { useBookViewStyles } from './BookView.styles';

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
  const chosen = props.buildings.find((b) => b.email === props.value);
  const words = fold(query ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const shown = words.length
    ? props.buildings.filter((list) => {
        const text = fold(`${list.displayName} ${list.city ?? ''}`);
        return words.every((word) => text.includes(word));
      })
    : props.buildings;
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
    </Combobox>
  );
}
