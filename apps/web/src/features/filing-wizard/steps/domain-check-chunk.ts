// Only ever imported dynamically (domain-check.ts): the domain check and the Public Suffix List behind it.
export { checkDomainName } from '@beian/domain';
