// The database enums must hold exactly the domain's states, roles and material kinds, in the same order.
import { ACTOR_ROLES, FILING_STATES, MATERIAL_KINDS } from '@beian/domain';
import { describe, expect, it } from 'vitest';
import { ActorRole, FilingStatus, MaterialKind } from '../generated/prisma/enums.ts';

describe('Prisma enums and @beian/domain', () => {
  it('FilingStatus equals FILING_STATES', () => {
    expect(Object.values(FilingStatus)).toEqual([...FILING_STATES]);
  });

  it('ActorRole equals ACTOR_ROLES', () => {
    expect(Object.values(ActorRole)).toEqual([...ACTOR_ROLES]);
  });

  it('MaterialKind equals MATERIAL_KINDS', () => {
    expect(Object.values(MaterialKind)).toEqual([...MATERIAL_KINDS]);
  });
});
