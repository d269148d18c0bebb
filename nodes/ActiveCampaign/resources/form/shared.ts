import { recordLocator } from '../../shared/locators/property';
import { RECORD_KINDS } from '../../shared/records/kinds';

/** The form picker of Form > Get. */
export const formLocator = recordLocator({
	name: 'form',
	displayName: 'Form',
	kind: RECORD_KINDS.form,
	byText: 'name',
	description: 'The form, picked from the list, by ID, or by its name',
});
