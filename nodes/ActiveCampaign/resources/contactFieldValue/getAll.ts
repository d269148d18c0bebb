import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';

/** The contact picker is declared in set.ts (shared by Set and Get Many). */
export const contactFieldValueGetAllFields: INodeProperties[] = [...returnAllAndLimit('contactFieldValue', 'getAll')];
