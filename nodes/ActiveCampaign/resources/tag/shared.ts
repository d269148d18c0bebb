import { RECORD_KINDS } from '../../shared/records/kinds';
import { recordLocator } from '../../shared/locators/property';

export const tagLocator = recordLocator({
	name: 'tag',
	displayName: 'Tag',
	kind: RECORD_KINDS.tag,
	searchListMethod: 'searchTags',
	byText: 'name',
	description: 'The tag, picked from the list, by ID, or by its name',
});
