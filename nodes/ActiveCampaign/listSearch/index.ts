import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { searchCustomObjectRecords } from '../resources/customObjectRecord/shared';
import { searchEvents } from '../resources/event/shared';
import { searchRecords } from '../shared/locators/search';
import { searchStages } from '../shared/pipelines';
import { searchableKinds } from '../shared/records/kinds';

type ListSearchMethod = (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) => Promise<INodeListSearchResult>;

/**
 * Methods behind the "From List" mode of record pickers: one per record kind that names a searchMethod in the
 * registry (shared/records/kinds.ts), plus stages, which are listed per pipeline.
 */
export const listSearch: Record<string, ListSearchMethod> = {
	...Object.fromEntries(searchableKinds().map((kind) => [kind.searchMethod, searchRecords(kind)])),
	searchStages,
	searchCustomObjectRecords,
	searchEvents,
};
