import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { noteLocator } from './shared';

export const noteGetFields: INodeProperties[] = [{ ...noteLocator, displayOptions: showFor('note', ['get', 'update', 'delete']) }];
