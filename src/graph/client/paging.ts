// One paging shape for every collection Graph returns: `value` plus an optional `@odata.nextLink`.
import { z } from 'zod';

export const pageSchema = <S extends z.ZodType>(item: S) =>
  z.object({
    value: z.array(item),
    '@odata.nextLink': z.string().optional(),
    '@odata.count': z.number().optional(),
  });
