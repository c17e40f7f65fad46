/**
 * Key figures learners are examined on. Each rule names the lesson that must state the figure
 * (a regular expression over its Markdown) and the AWS page it comes from; `never` patterns
 * are wrong figures that must not appear in any lesson. A wrong number fails the build.
 */
export interface KeyFigure {
  fact: string;
  lesson: string;
  must: RegExp;
  never?: RegExp;
  doc: string;
}

const quotas = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html';

export const keyFigures: KeyFigure[] = [
  {
    fact: 'an IAM user can have at most two access keys',
    lesson: 'iam-users',
    must: /\b(two|2)\b[^.]{0,40}access keys/i,
    never: /\b(three|3|five|5)\s+access keys\b/i,
    doc: quotas,
  },
  {
    fact: 'a user can be in at most 10 groups',
    lesson: 'groups',
    must: /\b(10|ten)\b[^.]{0,30}groups/i,
    never: /\b(5|five|20|twenty)\s+groups per user/i,
    doc: quotas,
  },
  {
    fact: 'groups per account default to 300',
    lesson: 'quotas',
    must: /\b300\b/,
    doc: quotas,
  },
  {
    fact: 'an account can have 5,000 IAM users',
    lesson: 'quotas',
    must: /5,000[^.]{0,40}users|users[^.]{0,60}5,000/i,
    doc: quotas,
  },
  {
    fact: 'up to 8 MFA devices per user',
    lesson: 'iam-users',
    must: /\b(8|eight)\b[^.]{0,40}MFA devices|MFA devices[^.]{0,40}\b(8|eight)\b/i,
    doc: quotas,
  },
  {
    fact: 'a managed policy holds at most 6,144 characters',
    lesson: 'quotas',
    must: /6,144/,
    never: /\bmanaged policy\b[^.;,]{0,30}\b(2,048|5,120|10,240) characters/i,
    doc: quotas,
  },
  {
    fact: 'inline policies of a user total at most 2,048 characters',
    lesson: 'quotas',
    must: /2,048/,
    doc: quotas,
  },
  {
    fact: 'inline policies of a role total at most 10,240 characters',
    lesson: 'quotas',
    must: /10,240/,
    doc: quotas,
  },
  {
    fact: 'role chaining limits a session to one hour',
    lesson: 'roles',
    must: /chain[^.]{0,120}(one hour|1 hour|1-hour|3,600 seconds)/i,
    doc: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html',
  },
  {
    fact: 'a role maximum session duration is 1 to 12 hours',
    lesson: 'roles',
    must: /12 hours/,
    never: /maximum session duration[^.]{0,60}\b(24|36) hours/i,
    doc: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use.html',
  },
  {
    fact: 'an SCP can hold at most 5,120 characters',
    lesson: 'organizations-scp-rcp',
    must: /5,120/,
    doc: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html',
  },
  {
    fact: 'a permissions boundary is one managed policy per user or role',
    lesson: 'permissions-boundaries',
    must: /(one|1|a single)[^.]{0,40}(boundary|managed policy)/i,
    doc: quotas,
  },
];
