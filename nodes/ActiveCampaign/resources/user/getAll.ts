import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';

export const userGetAllFields: INodeProperties[] = [...returnAllAndLimit('user', 'getAll')];
