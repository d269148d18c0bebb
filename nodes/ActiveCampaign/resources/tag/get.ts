import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { tagLocator } from './shared';

export const tagGetFields: INodeProperties[] = [{ ...tagLocator, displayOptions: showFor('tag', ['get', 'update', 'delete']) }];
