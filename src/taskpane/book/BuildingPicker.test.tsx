// The building filter of a tenant with 500 buildings: typing finds a building by name or by city,
// and the open list holds a screenful of options, saying how many more typing would reach.
import { Field, FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as React from 'react';
import type { RoomList } from '../../core/model';
import { BuildingPicker, MAX_BUILDING_OPTIONS } from './BuildingPicker';

// userEvent types key by key, each re-rendering the list: slow on a shared machine.
jest.setTimeout(30_000);

const CITIES = ['Berlin', 'Hamburg', 'München', 'Köln', 'Zürich'];

// 500 buildings, 100 in each city, in turn: "Building 7" is in München, "Building 9" in Zürich.
const BUILDINGS: RoomList[] = Array.from({ length: 500 }, (_, i) => ({
  id: `list-${i}`,
  email: `building-${i}@contoso.com`,
  displayName: `Building ${i}`,
  city: CITIES[i % CITIES.length] ?? null,
}));

function renderPicker(value: string | null = null) {
  const onChange = jest.fn<undefined, [string | null]>();
  render(
    <FluentProvider theme={webLightTheme}>
      <Field label="Building">
        <BuildingPicker buildings={BUILDINGS} value={value} onChange={onChange} />
      </Field>
    </FluentProvider>,
  );
  return { onChange, picker: screen.getByRole('combobox', { name: 'Building' }) };
}

const optionNames = () => screen.getAllByRole('option').map((option) => option.textContent);

describe('BuildingPicker with 500 buildings', () => {
  it('lists a screenful of buildings and says how many more typing finds', async () => {
    const user = userEvent.setup();
    const { picker } = renderPicker();

    await user.click(picker);

    const names = optionNames();
    expect(names).toHaveLength(1 + MAX_BUILDING_OPTIONS + 1);
    expect(names[0]).toBe('All buildings');
    expect(names[1]).toBe('Building 0, Berlin');
    const note = screen.getByRole('option', { name: /more buildings/ });
    expect(note).toHaveTextContent(
      `${500 - MAX_BUILDING_OPTIONS} more buildings: type a name or city to find them`,
    );
    expect(note).toHaveAttribute('aria-disabled', 'true');
  });

  it('narrows by name, and by city, and chooses the building found', async () => {
    const user = userEvent.setup();
    const { picker, onChange } = renderPicker();

    await user.type(picker, 'building 437');
    expect(optionNames()).toEqual(['All buildings', 'Building 437, München']);

    await user.clear(picker);
    // Without the umlaut, in any case: "zurich" is Zürich's hundred buildings, "49" a few of them.
    await user.type(picker, 'zurich 49');
    expect(optionNames().slice(1)).toEqual(
      [49, 149, 249, 349, 449, 494, 499].map((n) => `Building ${n}, Zürich`),
    );

    await user.click(screen.getByRole('option', { name: 'Building 499, Zürich' }));
    expect(onChange).toHaveBeenCalledWith('building-499@contoso.com');
  });

  it('says so when nothing matches', async () => {
    const user = userEvent.setup();
    const { picker } = renderPicker();

    await user.type(picker, 'Atlantis');

    expect(optionNames()).toEqual(['All buildings', 'No building or city matches']);
  });

  it('keeps the chosen building among the options, beyond the first screenful', async () => {
    const user = userEvent.setup();
    const { picker } = renderPicker('building-300@contoso.com');
    expect(picker).toHaveValue('Building 300, Berlin');

    await user.click(picker);

    const chosen = screen.getByRole('option', { name: 'Building 300, Berlin' });
    expect(chosen).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('option', { name: /more buildings/ })).toHaveTextContent(
      `${500 - MAX_BUILDING_OPTIONS - 1} more buildings`,
    );
  });
});
