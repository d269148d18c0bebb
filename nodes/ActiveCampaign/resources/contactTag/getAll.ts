import { returnAllAndLimit, type OperationDefinition } from '../../shared/descriptions';
import { resolveIds } from '../../shared/locators/read';
import { unwrapList } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { singleRoute } from '../../shared/routing/routes';
import { takeLimit } from '../../shared/routing/subLists';

const contactId = resolveIds([{ parameter: 'contactTagContact', kind: RECORD_KINDS.contact }], '/contacts/{contactTagContact}/contactTags');

export const getAll: OperationDefinition = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many tags of a contact',
		description: 'List the tags a contact has (the contact-tag associations, with the tag ID in "tag")',
		routing: singleRoute(
			{ method: 'GET', url: '/contacts/{contactTagContact}/contactTags' },
			{ preSend: [contactId], postReceive: [unwrapList('contactTags'), takeLimit()] },
		),
	},
	fields: returnAllAndLimit('contactTag', 'getAll'),
	simplify: true,
};
