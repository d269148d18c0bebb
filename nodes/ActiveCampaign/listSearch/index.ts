import { searchRecords } from '../shared/locators';
import { RECORD_KINDS } from '../shared/recordKinds';

/** Methods behind the "From List" mode of record pickers. */
export const listSearch = {
	searchContacts: searchRecords(RECORD_KINDS.contact),
	searchLists: searchRecords(RECORD_KINDS.list),
	searchTags: searchRecords(RECORD_KINDS.tag),
};
