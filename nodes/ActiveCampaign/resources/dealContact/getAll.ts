import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';

export const dealContactGetAllFields: INodeProperties[] = [...returnAllAndLimit('dealContact', 'getAll')];
