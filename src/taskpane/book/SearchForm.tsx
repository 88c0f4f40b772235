// The search filters. Options (buildings, floors, tags) come from the directory already loaded.
import {
  Button,
  Checkbox,
  Dropdown,
  Field,
  Option,
  SearchBox,
  SpinButton,
  Subtitle2,
} from '@fluentui/react-components';
import * as React from 'react';
import type { FeatureName, Room, RoomList, SearchCriteria } from '../../core/model';
import { searchOptions } from '../../core/search';
import type { MessageKey } from '../i18n/en-US';
import { useI18n } from '../i18n/I18nProvider';
import { useBookViewStyles } from './BookView.styles';
import { BuildingPicker } from './BuildingPicker';

const FEATURES: readonly { readonly name: FeatureName; readonly label: MessageKey }[] = [
  { name: 'display', label: 'featureDisplay' },
  { name: 'video', label: 'featureVideo' },
  { name: 'audio', label: 'featureAudio' },
  { name: 'wheelchairAccessible', label: 'featureWheelchairAccessible' },
];

export interface SearchFormProps {
  readonly criteria: SearchCriteria;
  readonly onChange: (criteria: SearchCriteria) => void;
  readonly onSearch: () => void;
  readonly rooms: readonly Room[];
  readonly roomLists: readonly RoomList[];
  readonly searching: boolean;
}

export function SearchForm(props: SearchFormProps): React.JSX.Element {
  const { criteria, onChange } = props;
  const { t } = useI18n();
  const styles = useBookViewStyles();
  const headingId = React.useId();
  const panelId = React.useId();
  // Folded by default, so the results start on the first screen of a 320 px pane.
  const [open, setOpen] = React.useState(false);
  const options = React.useMemo(
    () => searchOptions(props.rooms, props.roomLists, criteria.roomList),
    [props.rooms, props.roomLists, criteria.roomList],
  );
  const building = options.buildings.find((b) => b.email === criteria.roomList);
  const summary = [
    t('capacityAtLeast', { count: criteria.minCapacity }),
    building?.displayName ?? t('allBuildings'),
    ...(criteria.floor ? [t('floorNamed', { floor: criteria.floor })] : []),
    ...FEATURES.filter(({ name }) => criteria.features.includes(name)).map(({ label }) => t(label)),
    ...criteria.tags,
  ];
  const toggleFeature = (name: FeatureName, on: boolean) =>
    onChange({
      ...criteria,
      features: on ? [...criteria.features, name] : criteria.features.filter((f) => f !== name),
    });

  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        props.onSearch();
      }}
    >
      <Subtitle2 as="h2" id={headingId}>
        {t('searchHeading')}
      </Subtitle2>
      <Field label={t('searchText')}>
        <SearchBox
          value={criteria.text}
          placeholder={t('searchPlaceholder')}
          onChange={(_, data) => onChange({ ...criteria, text: data.value })}
        />
      </Field>
      <div className={styles.row}>
        <Button
          appearance="subtle"
          className={styles.summary}
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          <span className={styles.summaryText}>{t('filtersSummary', { summary: summary.join(' · ') })}</span>
        </Button>
      </div>
      {open && (
        <div id={panelId} className={styles.form}>
          <div className={styles.row}>
            <Field label={t('building')} className={styles.grow}>
              <BuildingPicker
                buildings={options.buildings}
                value={criteria.roomList}
                onChange={(roomList) => onChange({ ...criteria, roomList, floor: null })}
              />
            </Field>
            <Field label={t('floor')} className={styles.grow}>
              <Dropdown
                listbox={{ className: styles.listbox }}
                value={criteria.floor ?? t('anyFloor')}
                selectedOptions={[criteria.floor ?? '']}
                onOptionSelect={(_, data) => onChange({ ...criteria, floor: data.optionValue || null })}
              >
                <Option value="">{t('anyFloor')}</Option>
                {options.floors.map((floor) => (
                  <Option key={floor} value={floor}>
                    {floor}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <Field label={t('minCapacity')} className={styles.grow}>
              <SpinButton
                min={1}
                max={500}
                value={criteria.minCapacity}
                onChange={(_, data) => {
                  const value = data.value ?? Number.parseInt(data.displayValue ?? '', 10);
                  if (Number.isFinite(value) && value >= 1)
                    onChange({ ...criteria, minCapacity: Math.round(value) });
                }}
              />
            </Field>
          </div>
          <fieldset className={styles.features}>
            <legend>{t('features')}</legend>
            {FEATURES.map(({ name, label }) => (
              <Checkbox
                key={name}
                label={t(label)}
                checked={criteria.features.includes(name)}
                onChange={(_, data) => toggleFeature(name, data.checked === true)}
              />
            ))}
          </fieldset>
          {options.tags.length > 0 && (
            <Field label={t('tags')}>
              <Dropdown
                listbox={{ className: styles.listbox }}
                multiselect
                value={criteria.tags.join(', ')}
                selectedOptions={[...criteria.tags]}
                onOptionSelect={(_, data) => onChange({ ...criteria, tags: data.selectedOptions })}
              >
                {options.tags.map((tag) => (
                  <Option key={tag} value={tag}>
                    {tag}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          )}
        </div>
      )}
      <Button appearance="primary" type="submit" disabled={props.searching}>
        {t('searchButton')}
      </Button>
    </form>
  );
}
