// Narrows the list's reason and instruction strings (plain strings in the contract) to the codes the domain names.
import { MATERIAL_INSTRUCTIONS, MATERIAL_REASONS, type MaterialInstruction, type MaterialReason } from '@beian/domain';

export const isMaterialReason = (code: string): code is MaterialReason =>
  (MATERIAL_REASONS as readonly string[]).includes(code);

export const isMaterialInstruction = (code: string): code is MaterialInstruction =>
  (MATERIAL_INSTRUCTIONS as readonly string[]).includes(code);
