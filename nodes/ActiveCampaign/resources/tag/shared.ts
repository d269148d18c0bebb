import { showFor } from '../../shared/descriptions';
import { recordLocator } from '../../shared/locators/property';
import { resolveIds } from '../../shared/locators/read';
import { RECORD_KINDS } from '../../shared/records/kinds';

export const tagLocator = recordLocator({
	name: 'tag',
	displayName: 'Tag',
	kind: RECORD_KINDS.tag,
	byText: 'name',
	description: 'The tag, picked from the list, by ID, or by its name',
});

/** The tag picker of every operation on one tag. */
export const tagSharedFields = [{ ...tagLocator, displayOptions: showFor('tag', ['get', 'update', 'delete']) }];

/** preSend: the picked tag's ID into `/tags/{tag}`. */
export const tagId = resolveIds([{ parameter: 'tag', kind: RECORD_KINDS.tag }], '/tags/{tag}');
