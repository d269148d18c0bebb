import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { recordLabel, type RecordKind } from '../records/kinds';
import { apiRequest, PAGE_SIZE } from '../transport/request';

/** listSearch for a record kind: searchable, paged by offset. */
export function searchRecords(kind: RecordKind) {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		const offset = Number(paginationToken ?? 0) || 0;
		const query = filter && kind.searchQuery ? kind.searchQuery(filter) : {};
		const page = await apiRequest.call(this, 'GET', kind.path, undefined, { ...query, limit: PAGE_SIZE, offset });
		const records = (page[kind.rootProperty] as IDataObject[] | undefined) ?? [];
		const matches = filter
			? records.filter((record) => recordLabel(kind, record).toLowerCase().includes(filter.toLowerCase()))
			: records;
		return {
			results: matches.map((record) => ({ name: recordLabel(kind, record), value: String(record.id) })),
			paginationToken: records.length === PAGE_SIZE ? String(offset + PAGE_SIZE) : undefined,
		};
	};
}
