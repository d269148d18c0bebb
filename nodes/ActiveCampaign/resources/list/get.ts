import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { listLocator } from './shared';

/** The list picker of Get, Update and Delete. */
export const listGetFields: INodeProperties[] = [{ ...listLocator, displayOptions: showFor('list', ['get', 'update', 'delete']) }];
