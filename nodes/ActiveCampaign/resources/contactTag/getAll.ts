import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';

/** The contact picker is declared in add.ts (shared by every contactTag operation). */
export const contactTagGetAllFields: INodeProperties[] = [...returnAllAndLimit('contactTag', 'getAll')];
