/** The user, group or role whose policies a form edits. */
export type Owner = { account: string; type: 'user' | 'group' | 'role'; name: string };
